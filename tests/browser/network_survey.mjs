// network_survey.mjs: the tie survey on a member's web link in headless
// Chromium, as a French-speaking member of PCCP (the demo): from the
// welcome page to the organisations page (French; the member's own
// organisation not listed), a tampered level comes back with the error at
// its question and nothing saved; the member rates two organisations and
// leaves one at 0, continues to trust and value (asked only for the two),
// answers them and saves. `network list` then has exactly those ties with
// those values, and the page shows them when opened again. Then, signed
// in as the demo evaluator, the partnership page of the workspace shows
// the network map and the synergy of core and periphery (CHRP). axe-core
// finds no WCAG 2.1 A/AA violation on any page; no page logs an error or
// requests anything elsewhere; the forms work without script (none is
// loaded). Screenshots at 375 and 1280 px: $BUILD_DIR/artifacts/ties-*.png.
// Exit 77 (skipped) when Chromium, playwright-core or axe-core is missing.
import { startServe } from './lib/serve.mjs';

const h = await startServe('ties', {
  locale: 'fr-CA',
  setup: (syn) => {
    syn('demo');
    syn('wave', 'add', 'PCCP', 'web', '--opens', '2018-12-01', '--closes', '2019-01-31');
    syn('token', 'issue', 'PCCP', 'web');
  },
});
const { syn, base, context, fail } = h;
const axe = (page, what) => h.axe(page, what);
const shoot = (page, name) => h.shoot(page, name);
const tokens = syn('token', 'export', 'PCCP', 'web', '--format', 'csv').trim().split('\n').slice(1).map((l) => l.split(','));
const [token, member] = tokens[0];
const ownOrg = syn('member', 'list', 'PCCP', '--format', 'csv').split('\n').find((l) => l.startsWith(member + ','));
const tieRows = () => syn('network', 'list', 'PCCP', '--wave', 'web', '--format', 'csv').trim().split('\n').slice(1);

try {
  const page = await context.newPage();
  h.watch(page, 'tie survey');
  await page.goto(`${base}/s/${token}`);
  await Promise.all([page.waitForNavigation(), page.click(`a[href="/s/${token}/network"]`)]);
  if (await page.getAttribute('html', 'lang') !== 'fr') fail('the tie survey is not in French');
  if (!(await page.textContent('h1')).includes('Organisations avec lesquelles votre organisation travaille')) fail('French title missing');
  if (await page.locator('script').count()) fail('the page loads a script');
  const orgs = await page.$$eval('fieldset.org > input[type=hidden]', (l) => l.map((i) => i.value));
  if (orgs.length < 3) fail('fewer than 3 organisations asked about: ' + orgs);
  if (ownOrg && orgs.some((o) => ownOrg.includes(',' + o + ','))) fail("the member's own organisation is listed");
  await axe(page, 'levels');
  await shoot(page, 'levels');

  // A tampered level: the page comes back with the problem at its question, nothing saved.
  await page.evaluate(() => { const i = document.querySelector('input[name=c0]'); i.value = '8'; i.checked = true; });
  await Promise.all([page.waitForNavigation(), page.click('button[value=next]')]);
  if (!(await page.$('.errsum[role=alert]'))) fail('no error summary after a bad level');
  const described = await page.getAttribute('fieldset.item.invalid', 'aria-describedby');
  if (!described || !(await page.textContent('#' + described)).includes('Choisissez un niveau de 0 à 5')) fail('the error is not at its question');
  if (tieRows().length) fail('a refused answer saved ties: ' + tieRows());
  await axe(page, 'levels with an error');
  await shoot(page, 'error');

  // Levels by their labels: 4 (coalition) weekly, 2 (cooperation) monthly, 0.
  const choose = async (i, field, v) => page.click(`fieldset#org-${i} input[name=${field}${i}][value="${v}"] + span`);
  await choose(0, 'c', 4); await choose(0, 'f', 4);
  await choose(1, 'c', 2); await choose(1, 'f', 3);
  await choose(2, 'c', 0);
  await Promise.all([page.waitForNavigation(), page.click('button[value=next]')]);
  if (!page.url().endsWith('/network/ratings')) fail('the levels did not lead to the ratings: ' + page.url());
  const rated = await page.$$eval('fieldset.org > input[type=hidden]', (l) => l.map((i) => i.value));
  if (rated.join('|') !== [orgs[0], orgs[1]].join('|')) fail('trust and value asked for ' + rated);
  await axe(page, 'ratings');
  await shoot(page, 'ratings');
  for (const i of [0, 1]) {
    const sets = await page.$$(`fieldset#org-${i} fieldset.item`);
    if (sets.length !== 6) fail(`organisation ${i}: ${sets.length} rating questions, expected 6`);
    for (let k = 0; k < sets.length; k++) await (await sets[k].$$('.choices label'))[i === 0 ? 3 : k % 4].click();
  }
  await Promise.all([page.waitForNavigation(), page.click('button[value=next]')]);
  if (!page.url().endsWith('/network/saved')) fail('the ratings did not lead to the saved page: ' + page.url());
  await axe(page, 'saved');

  const want = [
    `PCCP,web,${member},`, `,${orgs[0]},4,4,4,4,4,4,4,4`,
    `PCCP,web,${member},`, `,${orgs[1]},2,3,1,2,3,4,1,2`,
    `PCCP,web,${member},`, `,${orgs[2]},0,,,,,,,`,
  ];
  const rows = tieRows();
  if (rows.length !== 3) fail('network list has ' + rows.length + ' ties: ' + rows);
  for (let k = 0; k < 3; k++) {
    const r = rows.find((l) => l.endsWith(want[2 * k + 1])) || '';
    if (!r.startsWith(want[2 * k])) fail(`network list lacks ${want[2 * k + 1]}: ${rows}`);
  }
  await page.goto(`${base}/s/${token}/network`);
  if (!(await page.isChecked('input[name=c1][value="2"]'))) fail('the saved level is not shown again');
  await page.close();

  // The workspace's partnership page: the network map and the synergy by position.
  const ws = await context.newPage();
  h.watch(ws, 'workspace', /status of 40[34]/);
  await ws.goto(`${base}/signin?lang=en`);
  await ws.fill('#name', 'eva');
  await ws.fill('#password', 'demo-evaluator-2026');
  await Promise.all([ws.waitForNavigation(), ws.click('main button[type=submit]')]);
  await ws.goto(`${base}/partnership/CHRP`);
  if (!(await ws.$('#network svg[role=img]'))) fail('the partnership page has no network map');
  const cap = await ws.locator('caption', { hasText: 'Synergy of core and peripheral organisations by wave' }).count();
  if (cap !== 1) fail('the partnership page has no synergy by network position');
  const cli = syn('network', 'synergy', 'CHRP', '--wave', 'baseline', '--format', 'csv').trim().split('\n')[1].split(',');
  const row = await ws.locator('table:has(caption:has-text("Synergy of core")) tr:has(th:text-is("baseline")) td').allTextContents();
  // The page gives means to two decimals and each 95% CI in one cell
  // ("3.22 to 3.91"): its first eleven numbers are the command's n, mean,
  // CI bounds of the core, the periphery and their difference, rounded.
  const nums = row.join(' ').match(/-?\d+(?:\.\d+)?/g) || [];
  const cliSyn = cli.slice(2, 13).map(Number);
  const same = nums.length >= 11 && cliSyn.every((v, i) => Math.abs(Number(nums[i]) - v) <= 0.0051);
  if (!same) fail(`synergy row ${row} differs from network synergy ${cli}`);
  await axe(ws, 'partnership page');
  await ws.close();
} finally {
  await h.stop();
}
if (h.log().includes(token)) fail('the server log holds a whole token');
if (h.failures()) process.exit(1);
console.log('ok: French tie survey, error at its field, ties stored as answered, network on the partnership page; no axe violation');
