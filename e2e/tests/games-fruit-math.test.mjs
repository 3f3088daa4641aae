// Journey: Fruit math. A child signs in on a phone, opens level 1 from the map, misses once and
// answers the rest, and sees the server's stars and coins; level 2 opens on the map. Visitors in
// uz, ru and en play a bracket level with the keys on a computer and taps on a phone and are
// told nothing is kept.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { DESKTOP, PHONE, launchBrowser, login, openPage, shot } from '../helpers/browser.mjs';
import { api } from '../helpers/api.mjs';
import { startServer } from '../helpers/server.mjs';
import { rightOption } from '../../web/js/games/fruit-math.js';

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

const playing = (page) => page.locator('#fruit-math[data-state="playing"]').waitFor();

test('a child misses once, answers level 1 and sees the server\'s stars and coins', async () => {
  const a = api(server);
  const parent = await a.register('parent', 'Gulnoza Aliyeva', 'gulnoza@e2e.test', 'parent pass 1');
  const made = await a.post('/api/v1/family/children', parent.token,
    { name: 'Sevara', birth_year: new Date().getFullYear() - 7, avatar: '🦊', password: PASSWORD }, 201);
  const page = await openPage(browser, server, { viewport: PHONE });
  await login(page, made.child.id, PASSWORD);
  await page.goto('/games/fruit-math');
  assert.equal(await page.locator('.fm-visitor').count(), 0);
  assert.equal(await page.locator('[data-level="2"][data-locked]').count(), 1, 'level 2 waits for level 1');
  await shot(page, 'games-fruit-math-child-map-uz-360');
  const started = page.waitForResponse((r) => /\/api\/v1\/games\/fruit-math\/rounds$/.test(r.url()));
  await page.locator('a[data-level="1"]').click();
  const { config } = await (await started).json();
  for (const [i, p] of config.puzzles.entries()) {
    await playing(page);
    const right = rightOption(p).option;
    if (i === 0) {
      await shot(page, 'games-fruit-math-child-board-uz-360');
      await page.locator(`[data-option="${(right + 1) % 4}"]`).click();
      assert.ok(await page.locator(`[data-option="${(right + 1) % 4}"]`).isDisabled(), 'a wrong option stays out');
    }
    await page.locator(`[data-option="${right}"]`).click();
  }
  await page.locator('#fruit-math[data-state="over-saved"]').waitFor();
  assert.equal(await page.locator('[data-result-score]').textContent(), '25');
  assert.equal(await page.locator('[data-result-stars]').textContent(), '★★☆');
  assert.equal(await page.locator('[data-result-coins]').textContent(), '4');
  assert.equal(await page.locator('[data-next]').isVisible(), true);
  assert.deepEqual(await violations(page), [], 'the result');
  await shot(page, 'games-fruit-math-child-result-uz-360');
  await page.goto('/games/fruit-math');
  assert.equal(await page.locator('a[data-level="2"]').count(), 1, 'level 2 is open now');
  page.checkErrors();
});

for (const [lang, locale] of [['uz', 'uz-UZ'], ['ru', 'ru-RU'], ['en', 'en-GB']]) {
  test(`a visitor in ${lang} plays a bracket level and is told nothing is kept`, async () => {
    for (const [size, viewport] of [['360', PHONE], ['1280', DESKTOP]]) {
      const page = await openPage(browser, server, { viewport, locale });
      await page.goto('/games/fruit-math');
      assert.equal(await page.locator('.fm-visitor').count(), 1);
      assert.equal(await page.locator('a.fm-level').count(), 100, 'a visitor may try any level');
      await shot(page, `games-fruit-math-visitor-map-${lang}-${size}`);
      assert.deepEqual(await violations(page), [], 'the map');
      await page.goto('/games/fruit-math/80');
      await playing(page);
      const { config } = JSON.parse(await page.locator('#fm-data').textContent());
      await shot(page, `games-fruit-math-visitor-board-${lang}-${size}`);
      assert.deepEqual(await violations(page), [], 'the board');
      const box = await page.locator('[data-option="3"]').boundingBox();
      assert.ok(box.height >= 56 && box.y + box.height <= viewport.height, `the options fit: ${JSON.stringify(box)}`);
      for (const p of config.puzzles) {
        await playing(page);
        const right = rightOption(p).option;
        if (size === '1280') await page.keyboard.press(String(right + 1));
        else await page.locator(`[data-option="${right}"]`).click();
      }
      await page.locator('#fruit-math[data-state="over-local"]').waitFor();
      assert.equal(await page.locator('[data-result-score]').textContent(), '30');
      await shot(page, `games-fruit-math-visitor-result-${lang}-${size}`);
      page.checkErrors();
      await page.context().close();
    }
  });
}
