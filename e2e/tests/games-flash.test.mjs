// Journey: Flash memory. A child signs in on a phone, watches level 1's pictures, taps the ones
// seen and gets the server's three stars and coins; level 2 opens. A round finished offline
// waits on the phone and is sent when it is back online. Visitors in uz, ru and en are told
// nothing is kept, and the hardest level's 18 tiles fit a phone and a computer.

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

/** Watches the pictures flash, then taps the tiles that show them, as a child who saw them. */
async function watchAndPick(page, { beforeLast } = {}) {
  await page.locator('#flash section[data-screen="watch"]:not([hidden])').waitFor();
  const seen = await page.locator('#flash [data-shown] .fl-card').allTextContents();
  assert.ok(seen.length >= 2);
  await page.locator('#flash section[data-screen="pick"]:not([hidden])').waitFor({ timeout: 10_000 });
  const tiles = await page.locator('#flash .fl-tile').allTextContents();
  for (const [k, emoji] of seen.entries()) {
    if (k === seen.length - 1 && beforeLast) await beforeLast();
    await page.locator(`#flash .fl-tile[data-i="${tiles.indexOf(emoji)}"]`).click();
  }
  return seen;
}

test('a child picks the pictures seen and gets the server\'s stars, online and offline', async () => {
  const a = api(server);
  const parent = await a.register('parent', 'Gulnoza Aliyeva', 'gulnoza@e2e.test', 'parent pass 1');
  const made = await a.post('/api/v1/family/children', parent.token,
    { name: 'Sevara', birth_year: new Date().getFullYear() - 7, avatar: '🦊', password: PASSWORD }, 201);
  const page = await openPage(browser, server, { viewport: PHONE });
  await login(page, made.child.id, PASSWORD);
  await page.goto('/games/flash');
  assert.equal(await page.locator('.fl-visitor').count(), 0, 'a signed-in child is not told nothing is kept');
  assert.equal(await page.locator('#flash [data-level]').count(), 100);
  assert.ok(await page.locator('[data-level="2"]').isDisabled(), 'level 2 opens after level 1');
  await shot(page, 'games-flash-child-levels-uz-360');

  await page.locator('[data-level="1"]').click();
  await page.locator('#flash section[data-screen="watch"]:not([hidden])').waitFor();
  await shot(page, 'games-flash-child-watch-uz-360');
  const sent = finished(page);
  await watchAndPick(page, { beforeLast: () => shot(page, 'games-flash-child-pick-uz-360') });
  const res = await sent;
  assert.equal(res.status(), 200, await res.text());
  const result = await res.json();
  assert.deepEqual([result.stars, result.passed, result.score], [3, true, 20]);
  await page.locator('#flash[data-state="over-saved"]').waitFor();
  await page.locator('section[data-screen="result"]:not([hidden])').waitFor();
  assert.equal(await page.locator('[data-result-score]').textContent(), String(result.score));
  assert.equal(await page.locator('[data-result-coins]').textContent(), String(result.coins));
  assert.equal(await page.locator('[data-result-stars]').textContent(), '★★★');
  await shot(page, 'games-flash-child-result-uz-360');

  // Level 2, offline at the last pick: the round waits and goes once the phone is online.
  await page.locator('[data-next]').click();
  await watchAndPick(page, { beforeLast: () => page.context().setOffline(true) });
  await page.locator('#flash[data-state="over-queued"]').waitFor();
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('alif24.games.pending')).length), 1);
  const later = finished(page);
  await page.context().setOffline(false);
  assert.equal((await later).status(), 200, 'the waiting round is sent once back online');
  await page.waitForFunction(() => localStorage.getItem('alif24.games.pending') === null);
  await page.goto('/games/flash');
  assert.equal(await page.locator('[data-level="3"]').isDisabled(), false, 'level 3 is open now');
  page.checkErrors();
});

for (const [lang, locale] of [['uz', 'uz-UZ'], ['ru', 'ru-RU'], ['en', 'en-GB']]) {
  test(`a visitor in ${lang} is told nothing is kept, and 18 tiles fit a phone and a computer`, async () => {
    for (const [size, viewport] of [['360', PHONE], ['1280', DESKTOP]]) {
      const page = await openPage(browser, server, { viewport, locale });
      await page.goto('/games/flash');
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      assert.equal(await page.locator('.fl-visitor').count(), 1);
      await shot(page, `games-flash-visitor-levels-${lang}-${size}`);
      assert.deepEqual(await violations(page), [], 'the levels');
      await page.locator('[data-level="100"]').click();
      await page.locator('#flash section[data-screen="pick"]:not([hidden])').waitFor({ timeout: 5000 });
      assert.equal(await page.locator('#flash .fl-tile').count(), 18);
      const last = await page.locator('#flash .fl-tile').last().boundingBox();
      assert.ok(last.y + last.height <= viewport.height, `the last tile ends at ${last.y + last.height}`);
      const doneButton = await page.locator('[data-done]').boundingBox();
      assert.ok(doneButton.y + doneButton.height <= viewport.height, `"done" ends at ${doneButton.y + doneButton.height}`);
      const first = await page.locator('#flash .fl-tile').first().boundingBox();
      assert.ok(first.width >= 56, `tiles are big enough to tap: ${first.width}px`);
      // Keys: Enter picks the focused tile, an arrow moves on.
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('[data-count]').textContent(), '2');
      await shot(page, `games-flash-visitor-pick-${lang}-${size}`);
      assert.deepEqual(await violations(page), [], 'the tiles');
      await page.locator('[data-done]').click();
      await page.locator('#flash[data-state="over-local"]').waitFor();
      await page.locator('section[data-screen="result"]:not([hidden])').waitFor();
      await shot(page, `games-flash-visitor-result-${lang}-${size}`);
      assert.deepEqual(await violations(page), [], 'the result');
      page.checkErrors();
      await page.context().close();
    }
  });
}
