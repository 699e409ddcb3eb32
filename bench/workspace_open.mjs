// workspace_open.mjs: for bench/workspace.sh, the time to open the source
// view in Chromium: from the start of navigation to the end of the load
// event (server time, transfer, parsing, styles, layout and first paint of
// the whole page), and the first contentful paint; median of N loads.
// Usage: node workspace_open.mjs URL COOKIE N   (COOKIE "a=b; c=d")
// Prints: open_ms=X fcp_ms=Y
import { createRequire } from 'node:module';
import { join } from 'node:path';
const require = createRequire(join(process.env.SOURCE_DIR || process.cwd(), 'package.json'));
const { chromium } = require('playwright-core');
const [url, cookie, n] = [process.argv[2], process.argv[3], Number(process.argv[4] || 5)];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const u = new URL(url);
await context.addCookies(cookie.split(';').map((kv) => kv.trim()).filter(Boolean).map((kv) => {
  const i = kv.indexOf('=');
  return { name: kv.slice(0, i), value: kv.slice(i + 1), domain: u.hostname, path: '/' };
}));
const page = await context.newPage();
const open = [], fcp = [];
for (let i = 0; i < n + 1; i++) {
  await page.goto(url, { waitUntil: 'load' });
  // Paint entries are queued after the frame is presented, which can be
  // later than the load event: wait for the entry (buffered) up to 5 s.
  const t = await page.evaluate(() => new Promise((resolve) => {
    const done = (fcp) => resolve({ load: performance.getEntriesByType('navigation')[0].loadEventEnd, fcp });
    const timer = setTimeout(() => done(NaN), 5000);
    new PerformanceObserver((list) => {
      const p = list.getEntriesByName('first-contentful-paint')[0];
      if (p) { clearTimeout(timer); done(p.startTime); }
    }).observe({ type: 'paint', buffered: true });
  }));
  if (i === 0) continue;               // the first load warms the caches
  open.push(t.load); fcp.push(t.fcp);
}
const med = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(`open_ms=${med(open).toFixed(0)} fcp_ms=${med(fcp).toFixed(0)}`);
await browser.close();
