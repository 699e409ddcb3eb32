// serve.mjs: what the browser tests of `synergist serve` share (imported
// by tests/browser/*.mjs; this folder holds no test of its own).
//   const h = await startServe('survey', { locale: 'fr-CA', setup: (syn) => { syn('demo'); } });
// exits 77 (skipped) when Chromium, playwright-core or axe-core is
// missing; makes a study in a temporary folder (h.syn runs the binary on
// it), runs setup(syn, { synIn, dir }), starts the server on a free loopback port (h.base; its
// log in h.log()), launches headless Chromium (h.context, a first browser
// context; h.newContext(options) makes others, e.g. one per user; h.synIn(
// input, ...args) runs the binary with a standard input). h.axe(page,
// what) fails on any WCAG 2.1 A/AA violation; h.watch(page, what, rIgnore)
// fails on console errors (but those matching rIgnore), page errors,
// alerts and requests elsewhere; h.shoot(page, name) keeps screenshots at 375 and
// 1280 px in $BUILD_DIR/artifacts/PREFIX-NAME-WIDTH.png; h.fail(msg)
// counts a failure; h.finish(okMessage) stops everything and exits.
// In the sanitizer build (SYNERGIST_TEST_SANITIZED=1, make asan) h.axe and
// h.shoot do nothing: they read pages already served, so they run none of
// our C code, and make test runs them on the same pages (a third of the
// time of these tests under a sanitizer's load).
export const SANITIZED = process.env.SYNERGIST_TEST_SANITIZED === '1';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM = '/usr/bin/chromium';

export async function startServe(prefix, { locale = 'en-GB', setup = () => {} } = {}) {
  const SYN = process.env.SYN;
  const BUILD_DIR = process.env.BUILD_DIR || '.';
  const require = createRequire(join(process.env.SOURCE_DIR || process.cwd(), 'package.json'));
  let chromium, axeSource;
  try { ({ chromium } = require('playwright-core')); } catch { console.log('skip: playwright-core missing'); process.exit(77); }
  try { axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'); } catch { console.log('skip: axe-core missing'); process.exit(77); }
  if (!existsSync(CHROMIUM)) { console.log('skip: ' + CHROMIUM + ' missing'); process.exit(77); }
  if (!SYN) { console.error('SYN is not set'); process.exit(1); }

  const dir = mkdtempSync(join(tmpdir(), `syn-${prefix}-`));
  const study = join(dir, 'study.db');
  const env = { ...process.env, SYNERGIST_TODAY: '2018-12-31', LC_ALL: 'C.UTF-8', LANGUAGE: '' };
  const syn = (...args) => execFileSync(SYN, ['--study', study, ...args], { env, encoding: 'utf8' });
  const synIn = (input, ...args) => execFileSync(SYN, ['--study', study, ...args], { env, encoding: 'utf8', input });
  const artifacts = join(BUILD_DIR, 'artifacts');
  mkdirSync(artifacts, { recursive: true });
  let failures = 0;
  const fail = (msg) => { console.error('FAIL: ' + msg); failures++; };
  setup(syn, { synIn, dir });

  const portFile = join(dir, 'port');
  const server = spawn(SYN, ['--study', study, 'serve', '--port', '0', '--port-file', portFile], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let serverLog = '';
  server.stderr.on('data', (d) => { serverLog += d; });
  // The file appears before its number is written: wait for the number (up
  // to 30 s: a loaded machine can be slow to start the server).
  const portOf = () => (existsSync(portFile) ? readFileSync(portFile, 'utf8').trim() : '');
  for (let i = 0; i < 600 && !/^\d+$/.test(portOf()); i++) await new Promise((r) => setTimeout(r, 50));
  if (!/^\d+$/.test(portOf())) fail('the server wrote no port');
  const base = 'http://127.0.0.1:' + portOf();
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const newContext = (opts = {}) => browser.newContext({ locale, viewport: { width: 1280, height: 900 }, ...opts });
  const context = await newContext();
  if (SANITIZED) console.log('sanitizer build: axe-core and screenshots left to make test');

  return {
    syn, base, context, newContext, fail,
    synIn, dir,
    log: () => serverLog,
    async axe(page, what) {
      if (SANITIZED) return;
      await page.evaluate(axeSource + '\n;0');
      // Violations only: axe-core then skips collecting the passes.
      const r = await page.evaluate(() => window.axe.run(document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], resultTypes: ['violations'] }));
      for (const v of r.violations) fail(`${what}: axe ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    },
    watch(page, what, rIgnore = /status of 4\d\d/) {
      page.on('console', (m) => { if (m.type() === 'error' && !rIgnore.test(m.text())) fail(`${what}: console: ${m.text()}`); });
      page.on('pageerror', (e) => fail(`${what}: ${e}`));
      page.on('request', (r) => { if (!r.url().startsWith(base)) fail(`${what}: request to ${r.url()}`); });
      // An alert is a payload that ran; other dialogs are dismissed as by default.
      page.on('dialog', (d) => { if (d.type() === 'alert') fail(`${what}: an alert ran: ${d.message()}`); d.dismiss(); });
    },
    async shoot(page, name) {
      if (SANITIZED) return;
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await page.screenshot({ path: join(artifacts, `${prefix}-${name}-${width}.png`), fullPage: true, timeout: 60000 });
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    },
    // Close the browser, stop the server (SIGTERM), remove the study.
    async stop() {
      await browser.close();
      server.kill('SIGTERM');
      await new Promise((r) => server.on('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
    failures: () => failures,
  };
}
