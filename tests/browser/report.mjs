// report.mjs: opens the partnership report in headless Chromium and checks
// that it is self-contained and complete: no console error, no request other
// than the file itself, every main section present by its heading id, the
// SVG charts present with <title> and <desc>, in English and in French.
// The briefing (first section) prints on one A4 page for the demo's two
// partnerships; the default report prints on at most 12 A4 pages in each
// language (printed to PDF by Chromium, pages counted) at 100% scale (in
// print media nothing is wider than the A4 text width, which would make
// Chromium shrink every page); no SVG text runs outside its SVG (boxes on
// the page against the SVG's; every <svg>, charts and network maps, and a
// network map of organisations with long names) and no label is cut short
// ("..." or "\u2026" at its end), in the
// report and in the programme overview (report --programme) of the demo
// and of a generated programme of 12 partnerships, whose synergy
// distribution chart draws a bar per wave and quartile. The programme
// overviews (the French one too) and the full report (report --full, every
// table in the page) print at 100% scale as well.
// The French report with today's date (no SYNERGIST_TODAY) prints on as
// many pages as at the fixed date: nothing grows with the calendar.
// Saves screenshots to $BUILD_DIR/artifacts/ (kept artefacts; build/ for
// make test and so for .ci/run): report.png (the whole English page, screen
// media), report-first-page.png (the English first page as printed: print
// media in an A4 page with its margins) and report-briefing-fr.png (the
// French briefing, screen media); not in the sanitizer
// build (SYNERGIST_TEST_SANITIZED=1: pictures of a file already written run
// none of our C code; make test takes them).
// Exit 77 (skipped) when Chromium or playwright-core is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CHROMIUM = '/usr/bin/chromium';
const SYN = process.env.SYN;
const BUILD_DIR = process.env.BUILD_DIR || '.';
const SOURCE_DIR = process.env.SOURCE_DIR || process.cwd();
const SANITIZED = process.env.SYNERGIST_TEST_SANITIZED === '1';
const require = createRequire(join(SOURCE_DIR, 'package.json'));
let chromium;
try { ({ chromium } = require('playwright-core')); } catch { console.log('skip: playwright-core missing'); process.exit(77); }
if (!existsSync(CHROMIUM)) { console.log('skip: ' + CHROMIUM + ' missing'); process.exit(77); }
if (!SYN) { console.error('SYN is not set'); process.exit(1); }

const dir = mkdtempSync(join(tmpdir(), 'syn-report-'));
const env = { ...process.env, SYNERGIST_TODAY: '2018-12-31', LC_ALL: 'C.UTF-8', LANGUAGE: '' };
const syn = (...args) => execFileSync(SYN, ['--study', join(dir, 'study.db'), ...args], { env, encoding: 'utf8' });

let failures = 0;
const fail = (msg) => { console.error('FAIL: ' + msg); failures++; };

if (SANITIZED) console.log('sanitizer build: screenshots left to make test');
else mkdirSync(join(BUILD_DIR, 'artifacts'), { recursive: true });
// A study with the demo programme (roster, surveys and qualitative sources).
syn('demo');
const SECTIONS = ['briefing', 'model', 'partnerships', 'scores', 'profile', 'benefits', 'membership', 'findings', 'qualitative', 'methods'];

// Pages of a PDF: its page objects.
const pdfPages = (buf) => (buf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
const MAX_PAGES = 12;
const pages = {};
// An A4 page in CSS pixels (96 per inch).
const A4 = { width: Math.round(210 * 96 / 25.4), height: Math.round(297 * 96 / 25.4) };

// No SVG text outside its SVG's box and no label cut short, in every
// <svg> of the page (charts and network maps); a network map's key names
// every organisation its circles number (the circle's <title> "N. name (").
async function svgOverflow(page, what) {
  const over = await page.$$eval('svg', (svgs) => {
    const out = [];
    for (const svg of svgs) {
      // Compared without white space: a name wraps at spaces and after hyphens.
      const words = [...svg.querySelectorAll('text')].map((t) => t.textContent).join('').replace(/\s+/g, '');
      for (const c of svg.querySelectorAll('circle > title')) {
        const m = /^\d+\. (.+?) \(/.exec(c.textContent);
        if (m && !words.includes(m[1].replace(/\s+/g, ''))) out.push(`${svg.closest('section')?.id}: "${m[1]}" not named in the map's key`);
      }
      // Boxes on the page, so that rotated labels (axis titles) count as drawn.
      const box = svg.getBoundingClientRect();
      for (const t of svg.querySelectorAll('text')) {
        const b = t.getBoundingClientRect();
        if (b.width === 0) continue;
        if (b.left < box.left - 1 || b.top < box.top - 1 || b.right > box.right + 1 || b.bottom > box.bottom + 1) {
          out.push(`${svg.closest('section')?.id}: "${t.textContent}" [${(b.left - box.left).toFixed(0)},${(b.top - box.top).toFixed(0)} ${b.width.toFixed(0)}x${b.height.toFixed(0)}] outside ${box.width.toFixed(0)}x${box.height.toFixed(0)}`);
        }
        if (/(\.\.\.|\u2026)$/.test(t.textContent.trim())) out.push(`${svg.closest('section')?.id}: "${t.textContent}" cut short`);
      }
    }
    return out;
  });
  for (const o of over) fail(`${what}: SVG text overflows: ${o}`);
}

// The A4 text width in CSS pixels: 210 mm less the two 14 mm margins of
// report.css's @page, at 96 px per inch.
const TEXT_WIDTH = Math.floor((210 - 2 * 14) * 96 / 25.4);
// In print media and a window as wide as the printed text, nothing may be
// wider than it: Chromium would shrink every printed page to fit.
async function printWidth(page, what) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: TEXT_WIDTH, height: size.height });
  const wide = await page.evaluate((w) => {
    const out = [];
    for (const e of document.querySelectorAll('main *')) {
      const r = e.getBoundingClientRect();
      if (r.width > 0 && r.right > w + 1 && out.length < 5) out.push(`${e.closest('section')?.id} ${e.tagName.toLowerCase()} to ${r.right.toFixed(0)}px`);
    }
    return out.length ? out : (document.documentElement.scrollWidth > w + 1 ? [`page ${document.documentElement.scrollWidth}px`] : []);
  }, TEXT_WIDTH);
  await page.setViewportSize(size);
  for (const o of wide) fail(`${what}: wider than the A4 text width (${TEXT_WIDTH}px) in print: ${o}`);
}

// A new empty profile directory for this run only.
const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1100, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const lang of ['en', 'fr']) {
    const file = join(dir, `report-${lang}.html`);
    syn('report', '--all', '--out', file, '--lang', lang);
    const url = pathToFileURL(file).href;
    const page = await context.newPage();
    const errors = [], requests = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => { if (r.url() !== url) requests.push(r.url()); });
    await page.goto(url, { waitUntil: 'load' });

    if (errors.length) fail(`${lang}: console errors: ${errors.join(' | ')}`);
    if (requests.length) fail(`${lang}: network requests: ${requests.join(' ')}`);
    const htmlLang = await page.getAttribute('html', 'lang');
    if (htmlLang !== lang) fail(`${lang}: html lang is ${htmlLang}`);
    for (const id of SECTIONS) {
      const h = await page.$(`section#${id} > h2#${id}-h`);
      if (!h) fail(`${lang}: section ${id} has no heading`);
    }
    if ((await page.$$('h1')).length !== 1) fail(`${lang}: expected one h1`);
    // Charts: the model figure and the membership steps at least, each accessible.
    const charts = await page.$$eval('svg.chart', (a) => a.map((s) => ({
      role: s.getAttribute('role'), title: s.querySelector('title')?.textContent || '',
      desc: s.querySelector('desc')?.textContent || '', w: s.getBoundingClientRect().width,
      section: s.closest('section')?.id })));
    for (const id of ['model', 'membership']) {
      if (!charts.some((c) => c.section === id)) fail(`${lang}: no chart in section ${id}`);
    }
    for (const c of charts) {
      if (c.role !== 'img' || !c.title || !c.desc) fail(`${lang}: chart in ${c.section} lacks role, title or desc`);
      if (c.w < 300) fail(`${lang}: chart in ${c.section} is only ${c.w}px wide`);
    }
    // Tables have column headers with scope.
    const badTh = await page.$$eval('thead th', (a) => a.filter((t) => t.getAttribute('scope') !== 'col').length);
    if (badTh) fail(`${lang}: ${badTh} column headers without scope`);
    const h2 = await page.textContent('section#membership > h2');
    const want = lang === 'fr' ? 'Dynamique' : 'Membership';
    if (!h2.includes(want)) fail(`${lang}: membership heading is "${h2}"`);
    // The briefing comes first: one article per partnership, each with its
    // synergy, trend arrow, findings, actions and how sure we are.
    const first = await page.$eval('main section.report-section', (s) => s.id);
    if (first !== 'briefing') fail(`${lang}: the first section is ${first}, not the briefing`);
    const briefs = await page.$$eval('section#briefing article.brief', (a) => a.map((b) => ({
      num: b.querySelector('.brief-num')?.textContent || '', arrow: b.querySelector('.brief-arrow')?.textContent || '',
      findings: b.querySelectorAll('ul.brief-findings li').length, actions: b.querySelectorAll('ul.brief-actions li').length,
      sure: b.querySelector('.brief-sure')?.textContent || '' })));
    if (briefs.length !== 2) fail(`${lang}: expected 2 briefings, got ${briefs.length}`);
    for (const b of briefs) {
      if (!/^\d[.,]\d\d$/.test(b.num)) fail(`${lang}: briefing synergy "${b.num}"`);
      if (!['\u2191', '\u2193', '\u2192'].includes(b.arrow)) fail(`${lang}: briefing arrow "${b.arrow}"`);
      if (b.findings < 2 || b.findings > 3) fail(`${lang}: briefing has ${b.findings} findings`);
      if (b.actions < 1) fail(`${lang}: briefing has no action`);
      if (!/\d+ %|\d+%/.test(b.sure)) fail(`${lang}: briefing "how sure" lacks the response rate: ${b.sure}`);
    }
    // Findings: a <details> per finding, closed, no script on the page.
    const det = await page.$$eval('section#findings li.finding', (a) => a.map((li) => !!li.querySelector(':scope > details:not([open])')));
    if (!det.length || det.some((x) => !x)) fail(`${lang}: every finding needs a closed <details>`);
    if ((await page.$$('script')).length) fail(`${lang}: the page has a script`);
    await svgOverflow(page, lang);
    // Printed: at 100% scale (nothing wider than the A4 text width, else
    // Chromium shrinks every page to fit it), the whole report on at most
    // MAX_PAGES A4 pages; the briefing alone (the rest hidden) on one.
    await page.emulateMedia({ media: 'print' });
    await printWidth(page, lang);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const nPages = pdfPages(pdf);
    pages[lang] = nPages;
    console.log(`${lang}: ${nPages} printed pages`);
    if (nPages < 2 || nPages > MAX_PAGES) fail(`${lang}: the report prints on ${nPages} A4 pages (at most ${MAX_PAGES})`);
    if (lang === 'en' && !SANITIZED) {
      // The first page as printed: print media in an A4 page (at 96 px per
      // inch) with report.css's 14 mm margins, the bottom margin covering
      // what the next page would start with.
      const size = page.viewportSize();
      await page.setViewportSize(A4);
      const tag = await page.addStyleTag({ content: 'html { padding: 14mm !important; } ' +
        'body::after { content: ""; position: fixed; left: 0; right: 0; bottom: 0; height: 14mm; background: #fff; }' });
      await page.screenshot({ path: join(BUILD_DIR, 'artifacts', 'report-first-page.png'), clip: { x: 0, y: 0, ...A4 } });
      await tag.evaluate((e) => e.remove());
      await page.setViewportSize(size);
    }
    await page.addStyleTag({ content: 'main > section:not(#briefing), main > nav, footer { display: none !important; }' });
    const nBrief = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    if (nBrief !== 1) fail(`${lang}: the briefing prints on ${nBrief} pages, not one`);
    if (SANITIZED) { await page.close(); continue; }
    await page.emulateMedia({ media: 'screen' });
    if (lang === 'fr') {
      const brief = await page.$('section#briefing');
      await brief.screenshot({ path: join(BUILD_DIR, 'artifacts', 'report-briefing-fr.png') });
    } else {
      await page.reload({ waitUntil: 'load' });
      // A full-page screenshot can take over the default 30 s on a busy
      // machine; it is an artifact, not a check.
      await page.screenshot({ path: join(BUILD_DIR, 'artifacts', 'report.png'), fullPage: true, timeout: 180000 });
    }
    await page.close();
  }

  // The French report with today's date (no SYNERGIST_TODAY): it must not
  // grow with the calendar (the retention table once added a row per year
  // up to today), so it prints on as many pages as at 2018-12-31.
  {
    const file = join(dir, 'report-fr-today.html');
    const envNow = { ...env };
    delete envNow.SYNERGIST_TODAY;
    execFileSync(SYN, ['--study', join(dir, 'study.db'), 'report', '--all', '--out', file, '--lang', 'fr'], { env: envNow, encoding: 'utf8' });
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const n = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    console.log(`fr, today's date: ${n} printed pages`);
    if (n > MAX_PAGES) fail(`fr with today's date: the report prints on ${n} A4 pages (at most ${MAX_PAGES})`);
    if (n !== pages.fr) fail(`fr with today's date: ${n} printed pages, ${pages.fr} at 2018-12-31: the report grows with the calendar`);
    await page.close();
  }

  // A network map with long organisation names (one of 112 characters, one
  // hyphenated word of 70): the key wraps them within the SVG in a real
  // browser's font, and nothing is cut.
  {
    const ldb = join(dir, 'long.db');
    const lsyn = (...args) => execFileSync(SYN, ['--study', ldb, ...args], { env, encoding: 'utf8' });
    lsyn('demo');
    lsyn('organisation', 'edit', 'Provincial Ministry of Health', '--name',
      'Provincial Ministry of Health and Social Services, Directorate of Primary Care Networks and Community Partnerships');
    lsyn('organisation', 'edit', 'Université du Littoral', '--name', 'Université-du-Littoral-Faculté-de-médecine-et-des-sciences-de-la-santé');
    for (const to of [[], ['--to', 'followup2']]) {
      const file = join(dir, `long-${to.length}.svg`);
      lsyn('network', 'map', 'PCCP', '--wave', 'baseline', ...to, '--output', file);
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await svgOverflow(page, `network map with long names${to.length ? ', two waves' : ''}`);
      await page.close();
    }
  }

  // The programme overview (report --programme): of the demo's two
  // partnerships in both languages, and of a programme of 12 partnerships x
  // 4 waves (bench/programme_gen.py, imported with the import commands):
  // the synergy distribution chart is drawn (a box per wave, dots for the demo's two)
  // and no SVG text overflows.
  const gen = join(dir, 'programme');
  const gdb = join(dir, 'programme.db');
  const gsyn = (...args) => execFileSync(SYN, ['--study', gdb, ...args], { env, encoding: 'utf8' });
  gsyn('init');
  mkdirSync(gen, { recursive: true });
  writeFileSync(join(gen, 'items.csv'), gsyn('--format', 'csv', 'instrument', 'show', 'psf'));
  execFileSync('/usr/bin/python3', [join(SOURCE_DIR, 'bench', 'programme_gen.py'), gen, join(gen, 'items.csv'), '12', '4', '12']);
  for (const k of ['partnership', 'member', 'wave', 'meeting']) gsyn(k, 'import', join(gen, `${k}s.csv`));
  gsyn('response', 'import', join(gen, 'answers.csv'), '--instrument', 'psf');
  for (const [what, run, waves] of [['demo en', syn, 3], ['demo fr', syn, 3], ['12 partnerships', gsyn, 4]]) {
    const file = join(dir, `programme-${what.replace(/ /g, '-')}.html`);
    run('report', '--programme', '--out', file, '--lang', what.endsWith('fr') ? 'fr' : 'en');
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    if (!(await page.$('section#programme'))) fail(`programme ${what}: no overview section`);
    // A box per wave with 5 partnerships or more, else a dot per partnership.
    const boxes = await page.$$eval('section#programme svg.chart rect.spread-box', (a) =>
      a.filter((r) => r.querySelector('title') && +r.getAttribute('width') > 0).length);
    const dots = await page.$$eval('section#programme svg.chart circle.spread-point', (a) => a.length);
    const [wantBoxes, wantDots] = what.startsWith('demo') ? [0, 2 * waves] : [waves, 0];
    if (boxes !== wantBoxes || dots !== wantDots) fail(`programme ${what}: ${boxes} boxes and ${dots} dots, expected ${wantBoxes} and ${wantDots}`);
    await svgOverflow(page, `programme ${what}`);
    // Printed at 100% scale too: the portfolio's columns in French fit.
    await page.emulateMedia({ media: 'print' });
    await printWidth(page, `programme ${what}`);
    await page.close();
  }

  // The full report (report --full: every table in the page, for
  // evaluators) prints at 100% scale too, in both languages.
  for (const lang of ['en', 'fr']) {
    const file = join(dir, `full-${lang}.html`);
    syn('report', '--all', '--full', '--out', file, '--lang', lang);
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    await printWidth(page, `full ${lang}`);
    await page.close();
  }
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
if (failures) process.exit(1);
console.log('ok: report opens offline with every section and chart');
