// Journey: Math Monster. A child signs in on a phone, opens the level map, plays level 1 to
// the end with every answer right and gets the server's three stars and coins; level 2 opens.
// Level 2 is played with the network gone at the end: the round waits in the phone and is sent
// when the network is back. A visitor plays on a computer with the keys and is told nothing is
// kept. Screens in uz, ru and en at 360×740 and 1280×800.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api } from '../helpers/api.mjs';
import { DESKTOP, PHONE, launchBrowser, login, openPage, shot } from '../helpers/browser.mjs';
import { startServer } from '../helpers/server.mjs';

let server;
let browser;
before(async () => {
  server = await startServer({ admin: 'none' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const PASSWORD = 'yashil olma 5';
const total = (terms) => terms.reduce((s, t) => s + t, 0);

/** Answers the round's questions on the page, right unless `wrong(i)`; `last` runs before the last tap. */
async function answer(page, questions, { wrong = () => false, key = false, last } = {}) {
  await page.locator('#math-monster[data-state="playing"]').waitFor();
  for (let i = 0; i < questions.length; i++) {
    await page.locator(`[data-dots] li:nth-child(${i + 1}).mm-dot-now`).waitFor({ state: 'attached' });
    await page.locator('[data-option="0"]:not([disabled])').waitFor();
    const q = questions[i];
    const right = q.options.indexOf(total(q.terms));
    const pick = wrong(i) ? (right + 1) % 4 : right;
    if (i === questions.length - 1 && last) await last();
    if (key) await page.keyboard.press(String(pick + 1));
    else await page.locator(`[data-option="${pick}"]`).click();
  }
  await page.locator('[data-result]:not([hidden])').waitFor();
}

function started(page) {
  return page.waitForResponse((r) => r.request().method() === 'POST'
    && new URL(r.url()).pathname === '/api/v1/games/math-monster/rounds').then(async (r) => {
    assert.equal(r.status(), 201, await r.text());
    return r.json();
  });
}

function finished(page) {
  return page.waitForResponse((r) => r.request().method() === 'POST'
    && /\/api\/v1\/games\/rounds\/\d+\/finish$/.test(new URL(r.url()).pathname)).then((r) => r.json());
}

test('a child plays a level to the end, gets the server\'s stars and coins, and an offline round is sent later', async () => {
  const a = api(server);
  const parent = await a.register('parent', 'Malika Karimova', 'malika-mm@e2e.test', 'parent pass 1');
  const created = await a.post('/api/v1/family/children', parent.token,
    { name: 'Bekzod', birth_year: new Date().getFullYear() - 7, avatar: '🐼', password: PASSWORD }, 201);
  const page = await openPage(browser, server, { viewport: PHONE });
  await login(page, created.child.id, PASSWORD);

  await page.goto('/games/math-monster');
  await shot(page, 'games-mm-map-uz-child');
  assert.equal(await page.locator('a.mm-level').count(), 1, 'only level 1 is open at first');
  assert.equal(await page.locator('[data-visitor]').count(), 0);
  const round = started(page);
  await Promise.all([page.waitForNavigation(), page.locator('a.mm-level[data-level="1"]').click()]);
  const { config } = await round;
  assert.equal(config.questions.length, 10);
  assert.ok(config.questions.every((q) => !('answer' in q)), 'the answers do not come with the questions');
  await shot(page, 'games-mm-play-uz-child');
  const done = finished(page);
  await answer(page, config.questions);
  const result = await done;
  assert.deepEqual([result.score, result.stars, result.passed, result.coins], [100, 3, true, 20]);
  await page.locator('#math-monster[data-saved="true"]').waitFor();
  assert.equal(await page.locator('[data-result-stars]').textContent(), '★★★');
  assert.match(await page.locator('[data-result-coins]').textContent(), /\+20/);
  await shot(page, 'games-mm-result-uz-child');
  page.checkErrors();

  // Level 2, with the network gone before the last answer.
  const round2 = started(page);
  await Promise.all([page.waitForNavigation(), page.locator('[data-next]').click()]);
  const second = await round2;
  assert.equal(second.level, 2);
  await answer(page, second.config.questions, {
    wrong: (i) => i < 3,
    last: () => page.context().setOffline(true),
  });
  await page.locator('[data-result-status]').filter({ hasText: 'Internet' }).waitFor();
  const waiting = await page.evaluate(() => JSON.parse(localStorage.getItem('alif24.games.pending')));
  assert.equal(waiting.length, 1, 'the round waits in the phone');
  const sent = finished(page);
  await page.context().setOffline(false);
  const later = await sent;
  assert.deepEqual([later.score, later.stars, later.passed], [70, 2, true]);
  const me = await a.login(created.child.id, PASSWORD);
  const progress = await a.call('GET', '/api/v1/games/me/progress', { token: me.token, expect: 200 });
  const levels = progress.json.levels.filter((l) => l.game === 'math-monster').map((l) => [l.level, l.stars]);
  assert.deepEqual(levels, [[1, 3], [2, 2]]);

  await page.goto('/games/math-monster');
  await shot(page, 'games-mm-map-uz-child-after');
  assert.equal(await page.locator('a.mm-level[data-level="1"] .mm-level-stars').textContent(), '★★★');
  assert.equal(await page.locator('a.mm-level').count(), 3, 'levels 1–3 are open');
  page.checkErrors();
});

test('a visitor plays a level with the keys and is told nothing is kept', async () => {
  for (const [lang, locale, words] of [['en', 'en-US', /guest/], ['ru', 'ru-RU', /гость/], ['uz', 'uz-UZ', /mehmon/]]) {
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await openPage(browser, server, { viewport, locale });
      const size = viewport === PHONE ? 'phone' : 'desktop';
      await page.goto('/games/math-monster');
      await shot(page, `games-mm-map-${lang}-${size}`);
      await page.goto('/games/math-monster/12');
      assert.match(await page.locator('[data-visitor]').textContent(), words);
      const questions = await page.evaluate(() => JSON.parse(document.getElementById('mm-data').textContent).questions);
      assert.equal(questions.length, 10);
      assert.equal(questions[0].terms.length, 3, 'level 12 asks a ± b ± c');
      await shot(page, `games-mm-play-${lang}-${size}`);
      await answer(page, questions, { key: viewport === DESKTOP, wrong: (i) => i % 2 === 0 });
      assert.equal(await page.locator('[data-result-stars]').textContent(), '★☆☆');
      await shot(page, `games-mm-result-${lang}-${size}`);
      page.checkErrors();
      await page.context().close();
    }
  }
});

test('the longest questions of the hard range fit a phone', async () => {
  const page = await openPage(browser, server, { viewport: PHONE, locale: 'ru-RU' });
  for (const seedTry of [1, 2, 3]) {
    await page.goto(`/games/math-monster/150?try=${seedTry}`);
    const questions = await page.evaluate(() => JSON.parse(document.getElementById('mm-data').textContent).questions);
    assert.ok(questions.every((q) => q.terms.length === 3 && q.terms[0] >= 100));
    await page.locator('#math-monster[data-state="playing"]').waitFor();
    // The widest prompt this level can show, on screen at once.
    assert.equal(await page.locator('[data-prompt]').getAttribute('data-long'), '', 'a hard sum is set smaller');
    await page.locator('[data-prompt]').evaluate((el) => { el.textContent = '1000 − 999 + 999 = ?'; });
    await shot(page, `games-mm-play-hard-ru-phone-${seedTry}`);
  }
  page.checkErrors();
});
