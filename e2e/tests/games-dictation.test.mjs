// Journey: Dictation, on a server without a voice (and a browser without one), so the words
// show for a moment instead — the speech module's fallback. A child signs in on a phone, hears
// (reads) level 1's five words, types them and gets the server's stars and coins; level 2
// opens. A round finished offline waits on the phone and is sent when it is back online.
// Visitors in uz, ru and en play a level of sentences, typing Uzbek's oʻ, gʻ and ʼ with the
// page's own buttons, and are told nothing is kept.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { DESKTOP, PHONE, launchBrowser, login, openPage, shot } from '../helpers/browser.mjs';
import { api } from '../helpers/api.mjs';
import { startServer } from '../helpers/server.mjs';

let server;
let browser;
before(async () => {
  server = await startServer({ admin: 'none', env: { ALIF24_ESPEAK: 'off' } });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const PASSWORD = 'qizil olma 7';
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations on the open page. */
async function violations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const finished = (page) => page.waitForResponse(
  (r) => r.request().method() === 'POST' && /\/api\/v1\/games\/rounds\/\d+\/finish$/.test(new URL(r.url()).pathname),
  { timeout: 30_000 },
);
const started = (page) => page.waitForResponse(
  (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/games/dictation/rounds',
);

/** Types `text` into the answer: Uzbek's oʻ, gʻ and ʼ with the page's buttons, the rest with keys. */
async function typeAnswer(page, text) {
  const input = page.locator('[data-input]');
  await input.focus();
  for (const part of text.split(/(oʻ|gʻ|Oʻ|Gʻ|ʼ)/u).filter(Boolean)) {
    const key = { Oʻ: 'oʻ', Gʻ: 'gʻ' }[part] || part;
    if (['oʻ', 'gʻ', 'ʼ'].includes(key)) await page.locator(`[data-key="${key}"]`).click();
    else await page.keyboard.type(part);
  }
}

/** Answers each item (the `wrong`-th badly), pressing Enter as a computer's keyboard does. */
async function answerAll(page, items, { wrong = -1, beforeLast } = {}) {
  for (const [i, item] of items.entries()) {
    await page.locator('[data-input]:not([disabled])').waitFor();
    assert.equal(await page.locator('[data-input]').inputValue(), '');
    if (i === items.length - 1 && beforeLast) await beforeLast();
    await typeAnswer(page, i === wrong ? 'xyz' : item);
    assert.equal(await page.locator('[data-input]').inputValue(), i === wrong ? 'xyz' : item.replace(/[OG]ʻ/g, (m) => m.toLowerCase()));
    await page.keyboard.press('Enter');
    await page.locator(`[data-dots] li:nth-child(${i + 1}).${i === wrong ? 'wrong' : 'right'}`).waitFor();
  }
}

test('a child types the five words heard and gets the server\'s stars, online and offline', async () => {
  const a = api(server);
  const parent = await a.register('parent', 'Gulnoza Aliyeva', 'gulnoza@e2e.test', 'parent pass 1');
  const made = await a.post('/api/v1/family/children', parent.token,
    { name: 'Sevara', birth_year: new Date().getFullYear() - 8, avatar: '🦊', password: PASSWORD }, 201);
  const page = await openPage(browser, server, { viewport: PHONE });
  await login(page, made.child.id, PASSWORD);
  await page.goto('/games/dictation');
  assert.equal(await page.locator('.dc-visitor').count(), 0, 'a signed-in child is not told nothing is kept');
  assert.equal(await page.locator('.dc-levels [data-level]').count(), 100);
  assert.equal(await page.locator('[data-level="2"][data-locked]').count(), 1, 'level 2 opens after level 1');
  await shot(page, 'games-dictation-child-map-uz-360');

  const round = started(page);
  await page.locator('a[data-level="1"]').click();
  const { config } = await (await round).json();
  assert.equal(config.items.length, 5);
  // No voice anywhere: the first word shows for a moment, and only then.
  await page.locator('[data-bubble]:not([hidden])').waitFor();
  assert.equal(await page.locator('[data-bubble]').textContent(), config.items[0]);
  await shot(page, 'games-dictation-child-no-voice-uz-360');
  await page.locator('[data-bubble]').waitFor({ state: 'hidden' });
  const sent = finished(page);
  await answerAll(page, config.items, { beforeLast: () => shot(page, 'games-dictation-child-typing-uz-360') });
  const res = await sent;
  assert.equal(res.status(), 200, await res.text());
  const result = await res.json();
  assert.deepEqual([result.score, result.stars, result.passed], [50, 3, true]);
  await page.locator('#dictation[data-state="over-saved"]').waitFor();
  assert.equal(await page.locator('[data-result-coins]').textContent(), String(result.coins));
  assert.equal(await page.locator('[data-result-stars]').textContent(), '★★★');
  assert.equal(await page.locator('[data-answers] li.right').count(), 5);
  await shot(page, 'games-dictation-child-result-uz-360');

  // Again, offline before the last answer: the round waits and goes once the phone is online.
  const again = started(page);
  await page.locator('[data-again]').click();
  const second = (await (await again).json()).config;
  await answerAll(page, second.items, { wrong: 1, beforeLast: () => page.context().setOffline(true) });
  await page.locator('#dictation[data-state="over-queued"]').waitFor();
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('alif24.games.pending')).length), 1);
  const later = finished(page);
  await page.context().setOffline(false);
  assert.equal((await later).status(), 200, 'the waiting round is sent once back online');
  await page.waitForFunction(() => localStorage.getItem('alif24.games.pending') === null);
  await page.goto('/games/dictation');
  assert.equal(await page.locator('a[data-level="2"]').count(), 1, 'level 2 is open now');

  // No connection when a round would start: the words are the server's, so the page says so.
  await page.route('**/api/v1/games/dictation/rounds', (r) => r.abort('internetdisconnected'));
  await page.goto('/games/dictation/2');
  await page.locator('#dictation[data-state="problem"] [data-problem]:not([hidden])').waitFor();
  assert.ok(await page.locator('[data-stage]').isHidden());
  page.checkErrors();
});

for (const [lang, locale] of [['uz', 'uz-UZ'], ['ru', 'ru-RU'], ['en', 'en-GB']]) {
  test(`a visitor in ${lang} types a level of sentences and is told nothing is kept`, async () => {
    for (const [size, viewport] of [['360', PHONE], ['1280', DESKTOP]]) {
      const page = await openPage(browser, server, { viewport, locale });
      await page.addInitScript(() => localStorage.setItem('alif24.games.muted', '1'));
      await page.goto('/games/dictation');
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      assert.equal(await page.locator('.dc-visitor').count(), 1);
      await shot(page, `games-dictation-visitor-map-${lang}-${size}`);
      assert.deepEqual(await violations(page), [], 'the map');
      await page.goto('/games/dictation/80');
      await page.locator('#dictation[data-state="playing"]').waitFor();
      assert.equal(await page.locator('[data-key]').count(), lang === 'uz' ? 3 : 0, 'oʻ gʻ ʼ buttons in Uzbek');
      assert.ok(await page.locator('[data-bubble]').isHidden(), 'muted: nothing said, nothing shown');
      const listen = await page.locator('[data-listen]').boundingBox();
      assert.ok(listen.height >= 72, `"listen again" is big: ${listen.height}px`);
      await page.locator('[data-listen]').click();
      await page.locator('[data-bubble]:not([hidden])').waitFor();
      assert.deepEqual(await violations(page), [], 'the level');
      const { config } = JSON.parse(await page.locator('#dictation').getAttribute('data-page'));
      await answerAll(page, config.items, { wrong: 4, beforeLast: () => shot(page, `games-dictation-visitor-typing-${lang}-${size}`) });
      await page.locator('#dictation[data-state="over-local"]').waitFor();
      assert.equal(await page.locator('[data-result-stars]').textContent(), '★★☆', 'four of five right');
      assert.equal(await page.locator('[data-answers] li.wrong .dc-typed').textContent(), 'xyz');
      await shot(page, `games-dictation-visitor-result-${lang}-${size}`);
      assert.deepEqual(await violations(page), [], 'the result');
      page.checkErrors();
      await page.context().close();
    }
  });
}
