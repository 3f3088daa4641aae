// Journey: Syllable puzzle. A child signs in on a phone, plays level 1 to its end (one wrong
// tile on the way) and sees the server's score, stars and coins; a second round finished
// offline waits on the phone and is sent when it is back online. Visitors in uz, ru and en see
// that nothing is kept (Russian children build Russian words; in en the page says the words are
// Uzbek); a visitor loses a timed level by letting the time run out; the board fits a phone and
// a computer.

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
  server = await startServer({ admin: 'none' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const PASSWORD = 'qizil olma 7';
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function violations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** The word on screen, found by its picture in the page's word list. */
async function wordOnScreen(page) {
  return page.evaluate(() => {
    const root = document.getElementById('syllables');
    const emoji = root.querySelector('[data-emoji]').textContent;
    return JSON.parse(root.dataset.words).find((w) => w.emoji === emoji);
  });
}

/** Builds every word by tapping its syllables in order; `wrongOnce` taps a wrong tile first. */
async function playToTheEnd(page, { wrongOnce = false, beforeLast } = {}) {
  const total = Number(await page.locator('[data-word-total]').textContent());
  for (let k = 0; k < total; k += 1) {
    await page.locator(`[data-word-n]:text-is("${k + 1}")`).waitFor();
    await page.locator('.gs-tile').first().waitFor();
    const w = await wordOnScreen(page);
    if (k === total - 1 && beforeLast) await beforeLast();
    const tiles = await page.locator('.gs-tile').allTextContents();
    if (wrongOnce) {
      const wrong = tiles.findIndex((t) => t !== w.syllables[0]); // out of order is wrong too
      if (wrong >= 0) {
        await page.locator(`.gs-tile[data-i="${wrong}"]`).click();
        wrongOnce = false;
      }
    }
    const used = new Set();
    for (const s of w.syllables) {
      const i = tiles.findIndex((t, j) => t === s && !used.has(j));
      used.add(i);
      await page.locator(`.gs-tile[data-i="${i}"]`).click();
    }
  }
}

const finished = (page) => page.waitForResponse(
  (r) => r.request().method() === 'POST' && /\/api\/v1\/games\/rounds\/\d+\/finish$/.test(new URL(r.url()).pathname),
  { timeout: 30_000 },
);

test('a child builds the words of level 1 and sees the server\'s result, online and offline', async () => {
  const a = api(server);
  const parent = await a.register('parent', 'Gulnoza Aliyeva', 'gulnoza@e2e.test', 'parent pass 1');
  const made = await a.post('/api/v1/family/children', parent.token,
    { name: 'Sevara', birth_year: new Date().getFullYear() - 6, avatar: '🦊', password: PASSWORD }, 201);
  const page = await openPage(browser, server, { viewport: PHONE });
  await login(page, made.child.id, PASSWORD);
  await page.goto('/games/syllables');
  assert.equal(await page.locator('.gs-visitor').count(), 0);
  assert.ok(await page.locator('[data-level="2"]').isDisabled(), 'level 2 opens after level 1');
  await shot(page, 'games-syllables-child-levels-uz-360');

  await page.locator('[data-level="1"]').click();
  await page.locator('.gs-tile').first().waitFor();
  const sent = finished(page);
  await playToTheEnd(page, { wrongOnce: true, beforeLast: () => shot(page, 'games-syllables-child-board-uz-360') });
  const res = await sent;
  assert.equal(res.status(), 200, await res.text());
  const result = await res.json();
  assert.equal(result.passed, true);
  assert.equal(result.stars, 2, 'one wrong tile costs a life');
  await page.locator('#syllables[data-state="over-saved"]').waitFor();
  assert.equal(await page.locator('[data-result-score]').textContent(), String(result.score));
  assert.equal(await page.locator('[data-result-coins]').textContent(), String(result.coins));
  assert.equal(await page.locator('[data-result-stars]').textContent(), '★★☆');
  assert.deepEqual(await violations(page), [], 'the result card');
  await shot(page, 'games-syllables-child-result-uz-360');

  await page.locator('[data-again]').click();
  await page.locator('#syllables[data-state="playing"]').waitFor();
  await playToTheEnd(page, { beforeLast: () => page.context().setOffline(true) });
  await page.locator('#syllables[data-state="over-queued"]').waitFor();
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('alif24.games.pending')).length), 1);
  const later = finished(page);
  await page.context().setOffline(false);
  assert.equal((await later).status(), 200, 'the waiting round is sent once back online');
  await page.goto('/games/syllables');
  assert.equal(await page.locator('[data-level="2"]').isDisabled(), false, 'level 2 is open now');
  page.checkErrors();
});

for (const [lang, locale] of [['uz', 'uz-UZ'], ['ru', 'ru-RU'], ['en', 'en-GB']]) {
  test(`a visitor in ${lang} is told nothing is kept and plays on a phone and a computer`, async () => {
    for (const [size, viewport] of [['360', PHONE], ['1280', DESKTOP]]) {
      const page = await openPage(browser, server, { viewport, locale });
      await page.goto('/games/syllables');
      assert.equal(await page.locator('.gs-visitor').count(), 1);
      assert.equal(await page.locator('.gs-foreign').count(), lang === 'en' ? 1 : 0, 'only English plays the Uzbek words');
      await shot(page, `games-syllables-visitor-levels-${lang}-${size}`);
      assert.deepEqual(await violations(page), [], 'the levels');
      await page.locator('[data-level="25"]').click();
      await page.locator('.gs-tile').first().waitFor();
      assert.equal(await page.locator('[data-clock-box]').isVisible(), true, 'level 25 has a timer');
      const w = await wordOnScreen(page);
      assert.equal(/[а-яё]/.test(w.word), lang === 'ru', `${w.word} is in the child's language`);
      assert.equal(await page.locator('.gs-tile').count(), w.syllables.length + 4);
      const last = await page.locator('.gs-tile').last().boundingBox();
      assert.ok(last.y + last.height <= viewport.height, `the last tile ends at ${last.y + last.height}`);
      assert.ok(last.height >= 48, `tiles are big enough to tap: ${last.height}px`);
      // Keys: 1–9 tap the tiles in the order shown.
      const tiles = await page.locator('.gs-tile').allTextContents();
      await page.keyboard.press(String(tiles.indexOf(w.syllables[0]) + 1));
      assert.equal(await page.locator('.gs-slot.filled').count(), 1);
      await shot(page, `games-syllables-visitor-board-${lang}-${size}`);
      assert.deepEqual(await violations(page), [], 'the board');
      page.checkErrors();
      await page.context().close();
    }
  });
}

test('a visitor who lets every word\'s time run out loses the round', async () => {
  const page = await openPage(browser, server, { viewport: PHONE });
  await page.clock.install();
  await page.goto('/games/syllables');
  await page.locator('[data-level="30"]').click();
  await page.locator('.gs-tile').first().waitFor();
  for (let k = 0; k < 3; k += 1) {
    await page.clock.runFor(11_000);
    await page.clock.runFor(1_500);
  }
  await page.locator('#syllables[data-state="over-local"]').waitFor();
  assert.equal(await page.locator('[data-result-stars]').textContent(), '☆☆☆');
  await shot(page, 'games-syllables-visitor-lost-uz-360');
  page.checkErrors();
});
