// coding.mjs: the coding workspace in headless Chromium. An evaluator signs
// in and adds a coder on the users page; the coder signs in, opens a French
// interview holding an emoji, a combining mark and a <script> payload,
// selects a passage with the mouse across the emoji, codes it with a code
// typed in the type-ahead, sees the stripe and its label, reloads (still
// there), recodes it from the panel of the passage, then removes it; on the
// way `synergist segment list` and `synergist agreement` see the segment at
// the code points Python counts in the stored text. Keyboard coding: a
// selection made with Shift+arrows coded with key 1 (the most recent code),
// then Ctrl+Z undoes it. A long source opens at its first part, the next
// is added on scrolling, and a keyboard selection across the two is coded
// at the right code points. A viewer gets 403 on the transcript. The text and
// a code name holding <script> show as text (no dialog). axe-core finds no
// WCAG 2.1 A/AA violation on the workspace pages; no page requests anything
// elsewhere or logs an error. Screenshots of the source view at 375 and
// 1280 px go to $BUILD_DIR/artifacts/coding-*.png.
// Exit 77 (skipped) when Chromium, playwright-core or axe-core is missing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServe } from './lib/serve.mjs';

// The interview: an emoji (two UTF-16 units) before the passage's end, a
// combining circumflex on an x (no precomposed form: two code points even
// in NFC) before the keyboard's passage, a script payload.
const text = 'Entretien PCCP 011 <script>alert(1)</script>\n' +
  'Intervieweuse : Comment les décisions se prennent-elles ?\n' +
  '011 : Au début on se méfiait. Maintenant on se fait confiance 😀 vraiment, le x\u0302 marche bien.\n' +
  'Intervieweuse : Et les réunions ?\n' +
  '011 : Elles sont régulières, tous les mois, avec le comité.\n';
if (text.normalize('NFC') !== text) throw new Error('the test text must be NFC, as stored');
// A long interview (about 100,000 characters: three parts of the view).
const long = Array.from({ length: 180 }, (_, i) => `P${i} : ` + Array.from({ length: 90 }, (_, k) =>
  ['budget', 'comité', 'école', 'ville', '😀', 'santé'][(i * 7 + k * 3) % 6]).join(' ') + '.').join('\n') + '\n';

const h = await startServe('coding', {
  locale: 'fr-CA',
  setup: (syn, { synIn, dir }) => {
    syn('demo');
    synIn('evaluator-pass\n', 'user', 'add', 'evan', '--role', 'evaluator', '--partnership', 'PCCP');
    synIn('viewer-pass-01\n', 'user', 'add', 'vic', '--role', 'viewer', '--partnership', 'PCCP');
    writeFileSync(join(dir, 'entretien.txt'), text);
    syn('source', 'import', join(dir, 'entretien.txt'), '--partnership', 'PCCP', '--kind', 'interview',
        '--participant', '011', '--language', 'fr', '--name', 'pccp_fr_emoji');
    writeFileSync(join(dir, 'long.txt'), long);
    syn('source', 'import', join(dir, 'long.txt'), '--partnership', 'PCCP', '--kind', 'interview',
        '--language', 'fr', '--name', 'pccp_long');
    syn('code', 'add', '<img src=x onerror=alert(2)>', '--parent', 'external environment');
    // A second coder's segment, so that `agreement` compares the two on this source.
    syn('code', 'apply', '--source', 'pccp_fr_emoji', '--code', 'trust', '--coder', 'ana', '--quote', 'on se méfiait');
  },
});
const { syn, base, fail } = h;
const axe = (page, what) => h.axe(page, what);
// Expected code points of "confiance 😀 vraiment" (the text is already NFC).
const cps = [...text];
const cpIndex = (s) => [...text.slice(0, text.indexOf(s))].length;
const wantStart = cpIndex('confiance'), wantEnd = cpIndex('vraiment') + [...'vraiment'].length;
if (cps.slice(wantStart, wantEnd).join('') !== 'confiance 😀 vraiment') fail('bad expected span');
// cora's segments of a source as CSV rows (a row per segment: its text may span lines).
const cliSegment = (source = 'pccp_fr_emoji') => syn('segment', 'list', '--source', source, '--coder', 'cora', '--names', '--format', 'csv')
  .split(/\n(?=\d+,)/).slice(1).filter(Boolean);

async function newUser(name, password) {
  const context = await h.newContext();
  const page = await context.newPage();
  h.watch(page, name);
  await page.goto(`${base}/signin`);
  await page.fill('#name', name);
  await page.fill('#password', password);
  await Promise.all([page.waitForNavigation(), page.click('form[action="/signin"] button[type=submit]')]);
  return page;
}
// Select from the first character of `from` to the last of `to` with the mouse.
async function mouseSelect(page, from, to) {
  const box = await page.evaluate(([from, to]) => {
    const rect = (s, last) => {
      const w = document.createTreeWalker(document.getElementById('doc'), NodeFilter.SHOW_TEXT);
      for (let n; (n = w.nextNode());) {
        const i = n.data.indexOf(s);
        if (i < 0) continue;
        const r = document.createRange();
        const k = last ? i + s.length - 1 : i;
        r.setStart(n, k); r.setEnd(n, k + 1);
        return r.getBoundingClientRect();
      }
      return null;
    };
    const a = rect(from, false), b = rect(to, true);
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
  }, [from, to]);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}
const shoot = (page, name) => h.shoot(page, name);

try {
  // The evaluator adds the coder on the users page.
  const eva = await newUser('evan', 'evaluator-pass');
  await eva.goto(`${base}/users`);
  await eva.fill('#u-name', 'cora');
  await eva.selectOption('#u-role', 'coder');
  await eva.check('input[name=partnership][value=PCCP]');
  await eva.fill('#u-pw', 'coder-pass-01');
  await Promise.all([eva.waitForNavigation(), eva.click('form[action="/users/add"] button[type=submit]')]);
  if (!syn('user', 'list', '--format', 'csv').includes('cora,coder,PCCP')) fail('the evaluator did not add the coder');

  // The coder opens the interview from the list of sources.
  const page = await newUser('cora', 'coder-pass-01');
  await page.goto(`${base}/w/sources`);
  await axe(page, 'sources');
  await Promise.all([page.waitForNavigation(), page.click('a[href="/w/source?s=pccp_fr_emoji"]')]);
  const docText = await page.textContent('#doc');
  if (!docText.includes('<script>alert(1)</script>')) fail('the script payload is not shown as text');
  if (await page.$('#doc script')) fail('the script payload became an element');
  await axe(page, 'source view');

  // Mouse selection across the emoji, coded with a code typed in the type-ahead.
  await mouseSelect(page, 'confiance', 'vraiment');
  const selected = await page.evaluate(() => window.getSelection().toString());
  if (selected !== 'confiance 😀 vraiment') fail('selected "' + selected + '"');
  await page.fill('#codein', 'determinants/relationships among partners/trust');
  await Promise.all([page.waitForNavigation(), page.click('#codeform button[type=submit]')]);
  let rows = cliSegment();
  if (rows.length !== 1) fail('segment list has ' + rows.length + ' segments of cora');
  const [id] = (rows[0] || '').split(',');
  if (!rows[0] || !rows[0].includes(`,cora,${wantStart},${wantEnd},confiance 😀 vraiment,`)) {
    fail(`segment list sees ${rows[0]}, expected [${wantStart},${wantEnd})`);
  }
  const agreement = syn('agreement', '--coders', 'cora,ana', '--source', 'pccp_fr_emoji', '--disagreements', '--format', 'csv');
  if (!agreement.includes(`pccp_fr_emoji,determinants/relationships among partners/trust,${wantStart},${wantEnd},cora`)) {
    fail('agreement does not list the span cora alone coded: ' + agreement);
  }
  const stripe = async () => ({ label: await page.$(`#g${id}`), bar: await page.$('.bars .st'), shade: await page.$(`span.g[data-s~="${id}"]`) });
  let s = await stripe();
  if (!s.label || !s.bar || !s.shade) fail('no stripe, label or shading after coding');
  else if (!(await s.label.textContent()).includes('trust')) fail('the label does not name the code');
  await shoot(page, 'coded');
  await page.reload();
  s = await stripe();
  if (!s.label || !s.bar) fail('the stripe is gone after a reload');

  // The panel of the passage: recode.
  await page.click(`span.g[data-s~="${id}"]`);
  await page.waitForSelector('.panel');
  await axe(page, 'panel');
  await page.fill('.panel input[name=code]', 'enabling processes/operational/leadership');
  await Promise.all([page.waitForNavigation(), page.click('.panel form[action="/w/segment/recode"] button[type=submit]')]);
  rows = cliSegment();
  if (!rows[0] || !rows[0].includes(`leadership,cora,${wantStart},${wantEnd}`)) fail('not recoded: ' + rows[0]);
  if (!(await page.textContent(`#g${id}`)).includes('leadership')) fail('the label does not show the new code');
  // And remove.
  await page.click(`span.g[data-s~="${id}"]`);
  await page.waitForSelector('.panel');
  await Promise.all([page.waitForNavigation(), page.click('.panel form[action="/w/segment/remove"] button[type=submit]')]);
  if (cliSegment().length !== 0) fail('the segment was not removed');
  if (await page.$(`#g${id}`)) fail('the stripe is still there after removal');

  // Keyboard: Shift+arrows select "Elles", key 1 codes it with the most recent code; Ctrl+Z undoes.
  await page.focus('#doc');
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('p.t')].find((x) => x.textContent.includes('Elles sont'));
    const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n; (n = w.nextNode());) {
      const i = n.data.indexOf('Elles');
      if (i >= 0) { window.getSelection().collapse(n, i); break; }
    }
  });
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
  const kbSel = await page.evaluate(() => window.getSelection().toString());
  if (kbSel !== 'Elles') fail('keyboard selection is "' + kbSel + '"');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('1')]);
  rows = cliSegment();
  const elles = cpIndex('Elles');
  if (rows.length !== 1 || !rows[0].includes(`,cora,${elles},${elles + 5},Elles,`)) fail('key 1 did not code the keyboard selection: ' + rows);
  await page.focus('#doc');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Control+z')]);
  if (cliSegment().length !== 0) fail('Ctrl+Z did not undo the keyboard coding');
  await shoot(page, 'view');

  // A long source opens with its first part; the next is added as the reader
  // nears the end, and a keyboard selection across the two is coded at the
  // right code points.
  await page.goto(`${base}/w/source?s=pccp_long`);
  if ((await page.locator('#doc .part').count()) !== 1) fail('the long source did not open with one part');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForSelector('.part[data-part="1"]', { timeout: 20000 }).catch(() => fail('the second part was not added'));
  const edge = await page.evaluate(() => {
    const last = [...document.querySelectorAll('.part[data-part="0"] p.t')].pop();
    const next = document.querySelector('.part[data-part="1"] p.t');
    last.scrollIntoView();
    return { a: Number(last.getAttribute('data-cp')), b: Number(next.getAttribute('data-cp')) };
  });
  await page.focus('#doc');
  await page.evaluate(() => { const p = [...document.querySelectorAll('.part[data-part="0"] p.t')].pop(); const t = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode(); window.getSelection().collapse(t, 0); });
  for (let i = 0; i < 20; i++) await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+End');
  const across = await page.evaluate(() => window.getSelection().toString());
  if (!across.includes('\n')) fail('the keyboard selection did not cross a paragraph: ' + JSON.stringify(across.slice(0, 80)));
  await Promise.all([page.waitForNavigation(), page.keyboard.press('1')]);
  const longRows = cliSegment('pccp_long');
  const [, , , , , , ga, gb] = (longRows[0] || '').split(',');
  if (longRows.length !== 1 || Number(ga) !== edge.a || Number(gb) <= edge.b) {
    fail(`the selection across parts was coded as ${longRows} (expected from ${edge.a} past ${edge.b})`);
  }
  if (!page.url().includes(`at=${edge.a}`)) fail('not back at the part of the new segment: ' + page.url());
  const gid = (longRows[0] || '').split(',')[0];
  if (!(await page.$(`#g${gid}`))) fail('no label for the segment across parts');
  await axe(page, 'long source');

  // Other workspace pages, as the evaluator: no axe violation, names as text.
  for (const [path, what] of [['/w/codebook', 'codebook'], ['/w/search?q=confiance', 'search'], ['/w/matrix', 'matrix'],
                              ['/w/agreement?a=ana&b=ben', 'agreement'], ['/w/segment?id=1', 'segment']]) {
    await eva.goto(base + path);
    await axe(eva, what);
  }
  await eva.goto(`${base}/w/codebook`);
  if (!(await eva.textContent('main')).includes('<img src=x onerror=alert(2)>')) fail('the code name is not shown as text');
  if (await eva.$('main img')) fail('the code name became an element');

  // A viewer cannot open a transcript.
  const vic = await newUser('vic', 'viewer-pass-01');
  const resp = await vic.goto(`${base}/w/source?s=pccp_fr_emoji`);
  if (resp.status() !== 403) fail('a viewer opened the transcript: ' + resp.status());
  if ((await vic.content()).includes('confiance')) fail('the 403 page shows the text');
} finally {
  await h.stop();
}
if (h.failures()) process.exit(1);
console.log('ok: mouse and keyboard coding at the right code points, stripe, recode, remove, undo; a long source in parts; 403 for a viewer; no axe violation');
