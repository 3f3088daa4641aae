// Journey: Matchstick math. A child signs in on a phone, picks up a wrong stick, puts it down,
// takes it back, solves level 1 and sees the server's score, stars and coins; level 2 solved
// offline waits on the phone and is sent when back online. Visitors in uz, ru and en see that
// nothing is kept, and the longest equations (two-digit numbers, three numbers) fit a 360×740
// phone and a computer with sticks big enough to tap, played with keys too.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { DESKTOP, PHONE, launchBrowser, login, openPage, shot } from '../helpers/browser.mjs';
import { api } from '../helpers/api.mjs';
import { repoRoot, startServer } from '../helpers/server.mjs';
import * as rules from '../../web/js/games/matchstick.js';

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
const PUZZLES = JSON.parse(fs.readFileSync(`${repoRoot}/crates/games/content/matchstick.json`, 'utf8'));

async function violations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** The (taken, placed) slots that turn a level's puzzle into its first answer. */
function answer(level) {
  const p = PUZZLES[level - 1];
  const from = rules.parse(p.equation);
  const to = rules.parse(p.solutions[0]);
  const slots = rules.slots(from);
  const taken = slots.filter((s) => rules.at(from, s) && !rules.at(to, s));
  const placed = slots.filter((s) => !rules.at(from, s) && rules.at(to, s));
  return taken.map((t, i) => [t, placed[i]]);
}

const slot = (page, n) => page.locator(`#matchstick .ms-board .ms-slot[data-slot="${n}"]`);

async function solve(page, level) {
  for (const [from, to] of answer(level)) {
    await slot(page, from).click();
    await slot(page, to).click();
  }
}

const finished = (page) => page.waitForResponse(
  (r) => r.request().method() === 'POST' && /\/api\/v1\/games\/rounds\/\d+\/finish$/.test(new URL(r.url()).pathname),
  { timeout: 30_000 },
);

test('a child solves level 1 after taking a wrong stick back and sees the server\'s result, online and offline', async () => {
  const a = api(server);
  const parent = await a.register('parent', 'Gulnoza Aliyeva', 'gulnoza@e2e.test', 'parent pass 1');
  const made = await a.post('/api/v1/family/children', parent.token,
    { name: 'Sevara', birth_year: new Date().getFullYear() - 7, avatar: '🦊', password: PASSWORD }, 201);
  const page = await openPage(browser, server, { viewport: PHONE });
  await login(page, made.child.id, PASSWORD);
  await page.goto('/games/matchstick');
  assert.equal(await page.locator('.ms-visitor').count(), 0);
  assert.ok(await page.locator('[data-level="2"]').isDisabled(), 'level 2 opens after level 1');
  await shot(page, 'games-matchstick-child-levels-uz-360');

  await page.locator('[data-level="1"]').click();
  await page.locator('#matchstick[data-state="playing"]').waitFor();
  assert.equal(await page.locator('[data-left] .ms-mini:not(.used)').count(), 1, 'one stick to move, as a picture');
  const [[from, to]] = answer(1);
  // A wrong place first: the stick goes there, then comes back with "take back".
  const p = rules.parse(PUZZLES[0].equation);
  const wrong = rules.slots(p).find((s) => rules.at(p, s) === false && s !== to);
  await slot(page, from).click();
  assert.equal(await slot(page, from).getAttribute('aria-pressed'), 'true', 'the stick is lifted');
  await shot(page, 'games-matchstick-child-held-uz-360');
  await slot(page, wrong).click();
  assert.equal(await page.locator('[data-left] .ms-mini.used').count(), 1);
  // A second stick may not move on a one-stick level: the page says so and keeps it held.
  const other = rules.slots(p).find((s) => rules.at(p, s) === true && s !== from);
  const empty = rules.slots(p).find((s) => rules.at(p, s) === false && ![wrong, to].includes(s));
  await slot(page, other).click();
  await slot(page, empty).click();
  await page.locator('[data-warn].shake').waitFor();
  assert.equal(await page.locator('[data-left] .ms-mini.used').count(), 1, 'still one stick moved');
  await shot(page, 'games-matchstick-child-too-many-uz-360');
  await page.locator('[data-undo]').click();
  assert.equal(await page.locator('[data-left] .ms-mini.used').count(), 0);
  const sent = finished(page);
  await solve(page, 1);
  const res = await sent;
  assert.equal(res.status(), 200, await res.text());
  const result = await res.json();
  assert.deepEqual([result.passed, result.stars], [true, 2], 'three moves for one: two stars');
  await page.locator('[data-result-note][data-status="saved"]').waitFor();
  assert.equal(await page.locator('[data-result-score]').textContent(), String(result.score));
  assert.equal(await page.locator('[data-result-coins]').textContent(), String(result.coins));
  assert.equal(await page.locator('[data-result-stars]').textContent(), '★★☆');
  assert.deepEqual(await violations(page), [], 'the result card');
  await shot(page, 'games-matchstick-child-result-uz-360');

  // Level 2 solved with the network gone: the round waits and goes when back online.
  await page.locator('[data-next]').click();
  await page.locator('#matchstick[data-state="playing"]').waitFor();
  await page.context().setOffline(true);
  await solve(page, 2);
  await page.locator('[data-result-note][data-status="queued"]').waitFor();
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('alif24.games.pending')).length), 1);
  const later = finished(page);
  await page.context().setOffline(false);
  assert.equal((await later).status(), 200, 'the waiting round is sent once back online');
  await page.waitForFunction(() => localStorage.getItem('alif24.games.pending') === null);
  await page.goto('/games/matchstick');
  assert.equal(await page.locator('[data-level="3"]').isDisabled(), false, 'level 3 is open now');
  page.checkErrors();
});

for (const [lang, locale] of [['uz', 'uz-UZ'], ['ru', 'ru-RU'], ['en', 'en-GB']]) {
  test(`a visitor in ${lang} is told nothing is kept, and long equations fit with big sticks`, async () => {
    for (const [size, viewport] of [['360', PHONE], ['1280', DESKTOP]]) {
      const page = await openPage(browser, server, { viewport, locale });
      await page.goto('/games/matchstick');
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      assert.equal(await page.locator('.ms-visitor').count(), 1);
      await shot(page, `games-matchstick-visitor-levels-${lang}-${size}`);
      assert.deepEqual(await violations(page), [], 'the levels');
      for (const level of [64, 84, 95]) {
        await page.locator(`[data-level="${level}"]`).click();
        await page.locator('#matchstick[data-state="playing"]').waitFor();
        const svg = await page.locator('#matchstick .ms-svg').boundingBox();
        assert.ok(svg.x >= 0 && svg.x + svg.width <= viewport.width, `level ${level}: the equation fits (${svg.x}+${svg.width})`);
        for (const box of await page.locator('#matchstick .ms-board .ms-slot.active .ms-hit').evaluateAll(
          (els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]),
        )) {
          assert.ok(Math.min(...box) >= 44, `level ${level}: a stick's hit area is ${box.map(Math.round).join('×')}`);
        }
        await shot(page, `games-matchstick-visitor-level${level}-${lang}-${size}`);
        if (level === 84) assert.deepEqual(await violations(page), [], 'the board');
        if (level === 95) {
          // Keys: Enter on the focused stick lifts it, Tab moves to a place, Enter puts it down.
          const [[from, to]] = answer(95);
          await slot(page, from).focus();
          await page.keyboard.press('Enter');
          await slot(page, to).focus();
          await page.keyboard.press('Enter');
          assert.equal(await page.locator('[data-left] .ms-mini.used').count(), 1);
          await page.keyboard.press('z');
          assert.equal(await page.locator('[data-left] .ms-mini.used').count(), 0, 'z takes it back');
          await solve(page, 95);
          await page.locator('#matchstick[data-state="over-local"]').waitFor();
          await shot(page, `games-matchstick-visitor-result-${lang}-${size}`);
        } else {
          await page.locator('[data-quit]').click();
        }
      }
      page.checkErrors();
      await page.context().close();
    }
  });
}
