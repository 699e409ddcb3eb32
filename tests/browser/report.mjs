// report.mjs: opens the partnership report in headless Chromium and checks
// that it is self-contained and complete: no console error, no request other
// than the file itself, every main section present by its heading id, the
// SVG charts present with <title> and <desc>, in English and in French.
// Saves a screenshot to $BUILD_DIR/artifacts/report.png (a kept artefact).
// Exit 77 (skipped) when Chromium or playwright-core is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CHROMIUM = '/usr/bin/chromium';
const SYN = process.env.SYN;
const BUILD_DIR = process.env.BUILD_DIR || '.';
const require = createRequire(join(process.env.SOURCE_DIR || process.cwd(), 'package.json'));
let chromium;
try { ({ chromium } = require('playwright-core')); } catch { console.log('skip: playwright-core missing'); process.exit(77); }
if (!existsSync(CHROMIUM)) { console.log('skip: ' + CHROMIUM + ' missing'); process.exit(77); }
if (!SYN) { console.error('SYN is not set'); process.exit(1); }

const dir = mkdtempSync(join(tmpdir(), 'syn-report-'));
const env = { ...process.env, SYNERGIST_TODAY: '2018-12-31', LC_ALL: 'C.UTF-8', LANGUAGE: '' };
const syn = (...args) => execFileSync(SYN, ['--study', join(dir, 'study.db'), ...args], { env, encoding: 'utf8' });

let failures = 0;
const fail = (msg) => { console.error('FAIL: ' + msg); failures++; };

// A study with the demo programme (roster, surveys and qualitative sources).
syn('demo');
const SECTIONS = ['model', 'partnerships', 'scores', 'profile', 'benefits', 'membership', 'findings', 'qualitative', 'methods'];

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
    syn('report', '--out', file, '--lang', lang);
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
    if (lang === 'en') {
      mkdirSync(join(BUILD_DIR, 'artifacts'), { recursive: true });
      // A full-page screenshot of the long report can take over the default
      // 30 s on a busy machine; it is an artifact, not a check.
      await page.screenshot({ path: join(BUILD_DIR, 'artifacts', 'report.png'), fullPage: true, timeout: 180000 });
    }
    await page.close();
  }
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
if (failures) process.exit(1);
console.log('ok: report opens offline with every section and chart');
