// Journey: Letter Memory. A child signs in on a phone, plays an easy round to its end and sees
// the server's score, stars and coins; a second round finished offline waits on the phone and
// is sent when the phone is back online. Visitors in uz, ru and en see that nothing is kept;
// the hard level's 30 cards fit a 360×740 screen and a computer's, played with keys too.

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

/** Plays the board to the end like a child with a perfect memory, reading faces once up. */
async function playToTheEnd(page, { beforeLast } = {}) {
  const cards = page.locator('#memory .gm-card');
  const n = await cards.count();
  const seen = new Map(); // pair → card index, for cards seen but not yet found
  const up = async (i) => page.locator(`#memory .gm-card[data-i="${i}"]`).getAttribute('data-pair');
  const tap = async (i) => {
    await page.locator(`#memory .gm-card[data-i="${i}"]`).click();
    return up(i);
  };
  for (let i = 0; i < n; i += 1) {
    if (await page.locator(`#memory .gm-card[data-i="${i}"].found`).count()) continue;
    const found = await page.locator('#memory .gm-card.found').count();
    if (found === n - 2 && beforeLast) await beforeLast();
    const pair = await tap(i);
    if (seen.has(pair) && seen.get(pair) !== i) {
      await tap(seen.get(pair));
      continue;
    }
    // The next card not found yet, not this one.
    let j = i + 1;
    while (await page.locator(`#memory .gm-card[data-i="${j}"].found`).count()) j += 1;
    const other = await tap(j);
    if (other === pair) continue;
    seen.set(pair, i);
    if (seen.has(other)) {
      const k = seen.get(other);
      await tap(j); // the missed pair turns down at the next tap; j again, then its partner
      await tap(k);
    } else {
      seen.set(other, j);
    }
  }
}

const finished = (page) => page.waitForResponse(
  (r) => r.request().method() === 'POST' && /\/api\/v1\/games\/rounds\/\d+\/finish$/.test(new URL(r.url()).pathname),
  { timeout: 30_000 },
);

test('a child plays an easy round to the end and sees the server\'s result, online and offline', async () => {
  const a = api(server);
  const parent = await a.register('parent', 'Gulnoza Aliyeva', 'gulnoza@e2e.test', 'parent pass 1');
  const made = await a.post('/api/v1/family/children', parent.token,
    { name: 'Sevara', birth_year: new Date().getFullYear() - 6, avatar: '🦊', password: PASSWORD }, 201);
  const page = await openPage(browser, server, { viewport: PHONE });
  await login(page, made.child.id, PASSWORD);
  await page.goto('/games/memory');
  assert.equal(await page.locator('.gm-visitor').count(), 0, 'a signed-in child is not told nothing is kept');
  assert.ok(await page.locator('[data-level="2"]').isDisabled(), 'medium opens after easy');
  await shot(page, 'games-memory-child-levels-uz-360');

  await page.locator('[data-level="1"]').click();
  await page.locator('#memory .gm-card').first().waitFor();
  assert.equal(await page.locator('#memory .gm-card').count(), 12);
  const sent = finished(page);
  await playToTheEnd(page, {
    beforeLast: async () => shot(page, 'games-memory-child-board-uz-360'),
  });
  const res = await sent;
  assert.equal(res.status(), 200, await res.text());
  const server_ = await res.json();
  assert.equal(server_.passed, true);
  await page.locator('section[data-screen="result"]:not([hidden])').waitFor();
  await page.locator('[data-result-coins-row]:not([hidden])').waitFor();
  assert.equal(await page.locator('[data-result-score]').textContent(), String(server_.score));
  assert.equal(await page.locator('[data-result-coins]').textContent(), String(server_.coins));
  assert.equal(await page.locator('[data-coin-balance]').textContent(), String(server_.coins), 'the header counts the coins');
  assert.deepEqual(await violations(page), [], 'the result card');
  assert.equal(await page.locator('[data-result-stars]').textContent(),
    '★'.repeat(server_.stars) + '☆'.repeat(3 - server_.stars));
  await shot(page, 'games-memory-child-result-uz-360');

  // Offline at the last pair: the round waits in the phone and goes when it is back online.
  await page.locator('[data-again]').click();
  await page.locator('#memory section[data-screen="play"]:not([hidden])').waitFor();
  await playToTheEnd(page, { beforeLast: () => page.context().setOffline(true) });
  await page.locator('[data-result-note]').filter({ hasText: /internet/i }).waitFor();
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('alif24.games.pending')).length), 1);
  const later = finished(page);
  await page.context().setOffline(false);
  assert.equal((await later).status(), 200, 'the waiting round is sent once back online');
  await page.waitForFunction(() => localStorage.getItem('alif24.games.pending') === null);
  await page.goto('/games/memory');
  assert.equal(await page.locator('[data-level="2"]').isDisabled(), false, 'medium is open now');
  page.checkErrors();
});

for (const [lang, locale] of [['uz', 'uz-UZ'], ['ru', 'ru-RU'], ['en', 'en-GB']]) {
  test(`a visitor in ${lang} is told nothing is kept, and 30 cards fit a phone and a computer`, async () => {
    for (const [size, viewport] of [['360', PHONE], ['1280', DESKTOP]]) {
      const page = await openPage(browser, server, { viewport, locale });
      await page.goto('/games/memory');
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      assert.equal(await page.locator('.gm-visitor').count(), 1);
      await shot(page, `games-memory-visitor-levels-${lang}-${size}`);
      assert.deepEqual(await violations(page), [], 'the levels');
      await page.locator('[data-level="3"]').click();
      await page.locator('#memory .gm-card').first().waitFor();
      assert.equal(await page.locator('#memory .gm-card').count(), 30);
      const last = await page.locator('#memory .gm-card').last().boundingBox();
      assert.ok(last.y + last.height <= viewport.height, `the last card ends at ${last.y + last.height}`);
      const first = await page.locator('#memory .gm-card').first().boundingBox();
      assert.ok(first.width >= 44, `cards are big enough to tap: ${first.width}px`);
      // Keys: Enter turns the focused card, an arrow moves to the next one.
      await page.locator('#memory .gm-card[data-i="0"]').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('[data-moves]').textContent(), '1');
      await shot(page, `games-memory-visitor-board-${lang}-${size}`);
      assert.deepEqual(await violations(page), [], 'the board');
      if (size === '360') {
        await playToTheEnd(page);
        await page.locator('section[data-screen="result"]:not([hidden])').waitFor();
        await shot(page, `games-memory-visitor-result-${lang}-360`);
      }
      page.checkErrors();
      await page.context().close();
    }
  });
}
