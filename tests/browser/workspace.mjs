// workspace.mjs: the evaluators' workspace in headless Chromium. The demo
// evaluator "eva" opens the programme page, is sent to the sign-in page,
// signs in, sees the programme dashboard, adds a coder of PCCP on the
// users page (then `user list` has the coder, and `audit` names eva),
// gives the coder a new password on her edit page (audited; the old one no
// longer signs her in, the new one does), opens the partnership page (the report's sections), survey
// administration and the tokens of a wave, and signs out. The coder then
// signs in and cannot open the users page (403). axe-core finds no WCAG
// 2.1 A/AA violation on any page; no page logs an error or requests
// anything elsewhere (the Content-Security-Policy included). Screenshots
// at 375 and 1280 px go to $BUILD_DIR/artifacts/workspace-*.png.
// Exit 77 (skipped) when Chromium, playwright-core or axe-core is missing.
import { startServe } from './lib/serve.mjs';

const h = await startServe('workspace', {
  locale: 'en-GB',
  setup: (syn) => {
    syn('demo');
    syn('wave', 'add', 'PCCP', 'web', '--opens', '2018-12-01', '--closes', '2019-01-31');
    syn('token', 'issue', 'PCCP', 'web');
  },
});
const { syn, base, fail } = h;
const axe = (page, what) => h.axe(page, what);
const shoot = (page, name) => h.shoot(page, name);
// A 403 page is expected once; the browser's own /favicon.ico request gets 404.
function watch(page, what) {
  h.watch(page, what, /status of 40[34]/);
  page.on('response', (r) => { if (r.status() === 404 && !r.url().endsWith('/favicon.ico')) fail(`${what}: 404 for ${r.url()}`); });
}
async function signIn(page, name, password) {
  await page.fill('#name', name);
  await page.fill('#password', password);
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
}

try {
  let page = await h.context.newPage();
  watch(page, 'evaluator');
  await page.goto(`${base}/programme`);
  if (!page.url().includes('/signin?next=%2Fprogramme')) fail('not sent to the sign-in page: ' + page.url());
  await axe(page, 'sign-in');
  await shoot(page, 'signin');
  await signIn(page, 'eva', 'wrong-password');
  if (!(await page.textContent('main')).includes('The user name or the password is wrong.')) fail('no message for a wrong password');
  await axe(page, 'sign-in refused');
  await signIn(page, 'eva', 'demo-evaluator-2026');
  if (!page.url().endsWith('/programme')) fail('not on the programme page after sign-in: ' + page.url());
  if (!(await page.textContent('header')).includes('eva (evaluator)')) fail('the header does not name the user');
  if ((await page.locator('main a[href="/partnership/PCCP"]').count()) !== 1) fail('the programme does not link PCCP');
  if (!(await page.textContent('main')).includes('Programme portfolio')) fail('no portfolio table');
  await axe(page, 'programme');
  await shoot(page, 'programme');

  // The users page: add a coder of PCCP.
  await Promise.all([page.waitForNavigation(), page.click('header nav >> text=Users')]);
  await axe(page, 'users');
  await page.fill('#u-name', 'carla');
  await page.selectOption('#u-role', 'coder');
  await page.check('input[name=partnership][value=PCCP]');
  await page.fill('#u-pw', 'carla-coder-pass');
  await Promise.all([page.waitForNavigation(), page.click('text=Add the user')]);
  if (!(await page.textContent('main')).includes('User added: carla')) fail('no confirmation of the new user');
  if (!(await page.textContent('table')).includes('carla')) fail('the new coder is not listed');
  await axe(page, 'users after add');
  await shoot(page, 'users');
  if (!syn('user', 'list', '--format', 'csv').includes('carla,coder,PCCP,set,')) fail('user list has no coder carla');
  if (!syn('audit', '--action', 'user', '--format', 'csv').includes(',eva,user add,carla,')) fail('the audit trail does not name eva');
  // Her edit page: a new password (she signs in with it below).
  await Promise.all([page.waitForNavigation(), page.click('main a[href="/users/carla/edit"]')]);
  await axe(page, 'user edit');
  await page.fill('#e-pw', 'carla-new-pass-2');
  await Promise.all([page.waitForNavigation(), page.click('text=Set the password')]);
  if (!(await page.textContent('main')).includes('User changed: carla')) fail('no confirmation of the new password');
  if (!syn('audit', '--action', 'user', '--format', 'csv').includes(',eva,user password,carla,')) fail('the new password is not audited under eva');

  // The partnership page, survey administration, tokens.
  await page.goto(`${base}/programme`);
  await Promise.all([page.waitForNavigation(), page.click('main a[href="/partnership/PCCP"]')]);
  if ((await page.locator('section#findings').count()) !== 1) fail('no findings section on the partnership page');
  await axe(page, 'partnership');
  await shoot(page, 'partnership');
  await Promise.all([page.waitForNavigation(), page.click('text=Survey administration')]);
  if (!(await page.textContent('main')).includes('Live response rates')) fail('no response rates');
  await axe(page, 'survey administration');
  await Promise.all([page.waitForNavigation(), page.click('main a[href="/partnership/PCCP/tokens?wave=web"]')]);
  if (!(await page.textContent('main')).includes('not started')) fail('no token status');
  await axe(page, 'tokens');
  await shoot(page, 'tokens');

  await Promise.all([page.waitForNavigation(), page.click('header >> text=Sign out')]);
  if (!page.url().includes('/signin')) fail('not on the sign-in page after sign-out');
  await page.goto(`${base}/users`);
  if (!page.url().includes('/signin')) fail('the users page opened after sign-out');
  await page.close();

  // The new coder signs in; the users page is not theirs.
  page = await h.context.newPage();
  watch(page, 'coder');
  await page.goto(`${base}/signin`);
  await signIn(page, 'carla', 'carla-coder-pass');
  if (!page.url().includes('/signin')) fail('the old password still signs in');
  await signIn(page, 'carla', 'carla-new-pass-2');
  const resp = await page.goto(`${base}/users`);
  if (resp.status() !== 403) fail('a coder opened the users page: ' + resp.status());
  await axe(page, 'forbidden');
  await page.close();
} finally {
  await h.stop();
}
if (/carla-coder-pass|carla-new-pass-2|demo-evaluator-2026/.test(h.log())) fail('the server log holds a password');
if (h.failures()) process.exit(1);
console.log('ok: sign-in, programme, a coder added and given a new password, partnership, survey administration, sign-out; no axe violation');
