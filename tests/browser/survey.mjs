// survey.mjs: the web survey in headless Chromium, as a French-speaking
// member: finds the workspace sign-in from the start page, opens the link
// (French from the browser's language), answers the
// first pages, closes the page halfway, comes back with the same link,
// goes on where it stopped, reviews and submits; `score` then counts the
// answer set and the link shows the thank-you page. A closed wave and an
// unknown token show their pages. axe-core finds no WCAG 2.1 A/AA violation
// on any page (start, welcome, form, form with an error, review, thank-you,
// closed, unknown), no page makes a request elsewhere or logs an error
// (the Content-Security-Policy included). Screenshots at 375 and 1280 px
// wide go to $BUILD_DIR/artifacts/survey-*.png (kept artefacts).
// Exit 77 (skipped) when Chromium, playwright-core or axe-core is missing.
import { startServe } from './lib/serve.mjs';

const h = await startServe('survey', {
  locale: 'fr-CA',
  setup: (syn) => {
    syn('demo');
    syn('wave', 'add', 'PCCP', 'web', '--opens', '2018-12-01', '--closes', '2019-01-31');
    syn('wave', 'add', 'CHRP', 'old', '--opens', '2018-01-01', '--closes', '2018-02-01');
    syn('token', 'issue', 'PCCP', 'web');
    syn('token', 'issue', 'CHRP', 'old');
  },
});
const { syn, base, context, fail } = h;
const axe = (page, what) => h.axe(page, what);
const watch = (page, what) => h.watch(page, what);
const shoot = (page, name) => h.shoot(page, name);
const tokenOf = (p, w) => syn('token', 'export', p, w, '--format', 'csv').split('\n')[1].split(',')[0];
const token = tokenOf('PCCP', 'web');
const closedToken = tokenOf('CHRP', 'old');
const statusOf = () => syn('token', 'export', 'PCCP', 'web', '--format', 'csv').split('\n')
  .find((l) => l.startsWith(token + ',')).split(',')[4];

// Answer every question of the form on screen with its fourth choice (by its label).
async function answerPage(page) {
  const sets = await page.$$('fieldset.item');
  for (const fs of sets) {
    const labels = await fs.$$('.choices label');
    await labels[Math.min(3, labels.length - 1)].click();
  }
  return sets.length;
}

try {
  // The start page (a code can be typed there) leads evaluators to the workspace sign-in.
  let page = await context.newPage();
  watch(page, 'start page');
  await page.goto(`${base}/`);
  await axe(page, 'start page');
  await Promise.all([page.waitForNavigation(), page.click('a[href="/signin"]')]);
  if (!page.url().endsWith('/signin')) fail('the start page does not lead to the sign-in: ' + page.url());
  if (!(await page.textContent('h1')).includes('Se connecter')) fail('the sign-in page is not in French');
  await page.close();

  // First visit: French welcome, start, two pages, then the page is closed.
  page = await context.newPage();
  watch(page, 'first visit');
  await page.goto(`${base}/s/${token}`);
  if (await page.getAttribute('html', 'lang') !== 'fr') fail('welcome is not in French');
  if (!(await page.textContent('main')).includes('Vos réponses sont confidentielles')) fail('French welcome text missing');
  await axe(page, 'welcome');
  await shoot(page, 'welcome');
  await Promise.all([page.waitForNavigation(), page.click('text=Commencer')]);
  if (!page.url().endsWith('/p/1')) fail('start did not lead to page 1: ' + page.url());
  await axe(page, 'page 1');
  await shoot(page, 'page');
  // A tampered answer: the page comes back with the error next to its question, announced.
  await page.evaluate(() => { const i = document.querySelector('fieldset.item input[type=radio]'); i.value = '77'; i.checked = true; });
  await Promise.all([page.waitForNavigation(), page.click('button[value=next]')]);
  if (!(await page.$('.errsum[role=alert]'))) fail('no error summary after a bad answer');
  const described = await page.getAttribute('fieldset.invalid', 'aria-describedby');
  if (!described || !(await page.$('#' + described))) fail('the error is not tied to its question');
  await axe(page, 'page with an error');
  await shoot(page, 'error');
  let answered = await answerPage(page);
  await Promise.all([page.waitForNavigation(), page.click('button[value=next]')]);
  if (!page.url().endsWith('/p/2')) fail('page 1 did not lead to page 2: ' + page.url());
  answered += await answerPage(page);
  await Promise.all([page.waitForNavigation(), page.click('button[value=next]')]);
  await page.close();
  if (statusOf() !== 'partial') fail('after two pages the status is ' + statusOf());

  // Back with the same link: continue at page 3, to the end.
  page = await context.newPage();
  watch(page, 'second visit');
  await page.goto(`${base}/s/${token}`);
  const cont = await page.textContent('a.button');
  if (cont !== 'Continuer') fail('the welcome page offers "' + cont + '", not Continuer');
  await Promise.all([page.waitForNavigation(), page.click('a.button')]);
  if (!page.url().endsWith('/p/3')) fail('continue did not lead to page 3: ' + page.url());
  for (let i = 0; i < 20 && /\/p\/\d+$/.test(page.url()); i++) {
    answered += await answerPage(page);
    await Promise.all([page.waitForNavigation(), page.click('button[value=next]')]);
  }
  if (!page.url().endsWith('/review')) fail('the last page did not lead to the review: ' + page.url());
  await axe(page, 'review');
  await shoot(page, 'review');
  if (answered !== 61) fail(`answered ${answered} questions, expected 61`);
  await Promise.all([page.waitForNavigation(), page.click('text=Envoyer mes réponses')]);
  if (!(await page.textContent('h1')).includes('Merci')) fail('no thank-you page after submit');
  await axe(page, 'thank-you');
  await shoot(page, 'thanks');
  if (statusOf() !== 'complete') fail('after submit the status is ' + statusOf());
  const score = syn('score', '--instrument', 'psf', '--wave', 'web', '--no-suppress', '--format', 'csv');
  // Every agreement item at "Plutôt d'accord" (4): the synergy scale (reverse items scored 2) of one respondent.
  const synergy = score.split('\n').find((l) => l.startsWith('PCCP,web,synergy,'));
  if (!synergy || synergy.split(',')[3] !== '1') fail('score does not count the web answer set: ' + synergy);
  await page.goto(`${base}/s/${token}`);
  if (!(await page.textContent('h1')).includes('Merci')) fail('the link does not show the thank-you page after submit');
  await page.close();

  // A closed wave and an unknown token, switched to English on the way.
  page = await context.newPage();
  watch(page, 'closed');
  await page.goto(`${base}/s/${closedToken}`);
  if (!(await page.textContent('h1')).includes('fermée')) fail('closed wave page missing');
  if (!(await page.textContent('main')).includes('2018-02-01')) fail('closed page without its date');
  await axe(page, 'closed');
  await shoot(page, 'closed');
  await Promise.all([page.waitForNavigation(), page.click('text=English')]);
  if (await page.getAttribute('html', 'lang') !== 'en') fail('the switch did not give English');
  await page.goto(`${base}/s/AAAAAAAAAAAAAAAAAAAAAA`);
  if (!(await page.textContent('h1')).includes('Link not recognised')) fail('unknown token page missing (English kept by the cookie)');
  await axe(page, 'unknown token');
  await shoot(page, 'unknown');
  await page.close();
} finally {
  await h.stop();
}
if (h.log().includes(token)) fail('the server log holds a whole token');
if (h.failures()) process.exit(1);
console.log('ok: French partial, resume and submit; closed and unknown pages; no axe violation');
