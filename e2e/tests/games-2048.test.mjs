// Journey: a child opens the games from the home tile on a phone, plays 2048 with the arrow
// keys until no move is left, and sees the server's score and coins; the progress API has the
// same score. A visitor plays a round on a computer and is told nothing is kept. The hub and
// the board are photographed in uz, ru and en on a phone and a computer.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { api } from '../helpers/api.mjs';
import { DESKTOP, PHONE, launchBrowser, login, openPage, shot } from '../helpers/browser.mjs';
import { serverLog, startServer } from '../helpers/server.mjs';

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

// Evaluated through the DevTools protocol, which the pages' Content-Security-Policy allows.
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations on the open page, as readable lines. */
async function violations(page, label) {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  return found.map((v) => `${label}: ${v}`);
}

const KEYS = ['ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowUp'];

/** Presses the arrow keys in turn until the page says the round is over; the moves made. */
async function playToTheEnd(page) {
  const root = page.locator('#g2048');
  await page.locator('#g2048[data-state="playing"]').waitFor();
  for (let i = 0; i < 5000; i += 1) {
    await page.keyboard.press(KEYS[i % 4]);
    if (i % 8 === 7) {
      const state = await root.getAttribute('data-state');
      if (state.startsWith('over')) return i;
      if (await page.locator('[data-won]').isVisible()) await page.locator('[data-keep]').click();
    }
  }
  throw new Error('the round did not end after 5000 keys');
}

test('a child plays 2048 to the end on a phone and sees the score the server kept', async () => {
  const client = api(server);
  const child = { name: 'Malika', email: 'malika@e2e.test', password: 'qizil olma 7' };
  await client.register('student', child.name, child.email, child.password);
  const page = await openPage(browser, server, { viewport: PHONE });
  await login(page, child.email, child.password);
  await page.locator('a[href="/games"]').first().click();
  await page.waitForURL('**/games');
  await shot(page, 'games-hub-child-uz-phone');
  assert.equal(await page.locator('a.game-tile[data-game="2048"] [data-coins-left]').textContent(), '20');
  await page.locator('a.game-tile[data-game="2048"]').click();
  await page.waitForURL('**/games/2048');

  await page.locator('[data-mute]').click();
  assert.equal(await page.locator('[data-mute]').getAttribute('aria-pressed'), 'true', 'sounds off');
  await playToTheEnd(page);
  await page.locator('#g2048[data-state="over-saved"]').waitFor();
  const claimed = Number(await page.locator('[data-final-score]').textContent());
  const kept = Number(await page.locator('[data-server-score]').textContent());
  assert.ok(kept > 0, 'a score');
  assert.equal(kept, claimed, "the page's rules and the server's replay agree");
  assert.ok(await page.locator('[data-over] [data-coins]').isVisible(), 'the coins paid');
  await shot(page, 'games-2048-over-child-uz-phone');
  assert.deepEqual(await violations(page, 'game over'), []);

  const progress = await page.evaluate(() => fetch('/api/v1/games/me/progress').then((r) => r.json()));
  const level = progress.levels.find((l) => l.game === '2048');
  assert.equal(level?.best_score, kept, JSON.stringify(progress));

  await page.reload();
  assert.equal(await page.locator('[data-mute]').getAttribute('aria-pressed'), 'true', 'mute is kept');
  assert.equal(Number(await page.locator('[data-best]').textContent()), kept, 'the best score');

  // A round that ends without a connection waits on the phone and is sent when it is back.
  await page.locator('#g2048[data-state="playing"]').waitFor();
  await page.context().setOffline(true);
  await playToTheEnd(page);
  await page.locator('#g2048[data-state="over-queued"]').waitFor();
  await shot(page, 'games-2048-queued-child-uz-phone');
  const waiting = await page.evaluate(() => JSON.parse(localStorage.getItem('alif24.games.pending')));
  assert.equal(waiting.length, 1, 'one finish waits');
  await page.context().setOffline(false);
  await page.waitForFunction(() => localStorage.getItem('alif24.games.pending') === null);
  await page.locator('#g2048[data-state="over-saved"]').waitFor();
  const after2 = await page.evaluate(() => fetch('/api/v1/games/me/progress').then((r) => r.json()));
  assert.equal(after2.levels.find((l) => l.game === '2048').plays, 2, 'the waiting round was kept');
  page.checkErrors();
  await page.context().close();
  assert.doesNotMatch(serverLog(server), /panicked/);
});

test('a visitor plays 2048 on a computer and is told nothing is kept', async () => {
  const page = await openPage(browser, server, { viewport: DESKTOP, locale: 'en-US' });
  await page.goto('/games/2048');
  assert.ok(await page.locator('[data-visitor-note]').isVisible());
  await playToTheEnd(page);
  await page.locator('#g2048[data-state="over-local"]').waitFor();
  assert.ok(await page.locator('[data-over] [data-status="local"]').isVisible());
  await shot(page, 'games-2048-over-visitor-en-desktop');
  page.checkErrors();
  await page.context().close();
});

test('the hub and the board in three languages on a phone and a computer', async () => {
  const problems = [];
  for (const [lang, locale] of [['uz', 'uz-UZ'], ['ru', 'ru-RU'], ['en', 'en-US']]) {
    for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
      const page = await openPage(browser, server, { viewport, locale });
      await page.goto('/games');
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      await shot(page, `games-hub-${lang}-${size}`);
      problems.push(...await violations(page, `/games ${lang} ${size}`));
      await page.goto('/games/2048');
      await page.locator('#g2048[data-state="playing"]').waitFor();
      for (const k of KEYS.slice(0, 3)) await page.keyboard.press(k);
      await shot(page, `games-2048-${lang}-${size}`);
      problems.push(...await violations(page, `/games/2048 ${lang} ${size}`));
      page.checkErrors();
      await page.context().close();
    }
  }
  assert.deepEqual(problems, [], 'no serious accessibility problem');
});
