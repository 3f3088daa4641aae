// Journey: Simon. A child signs in on a phone, watches the pads, repeats five turns and slips
// on the sixth; the page shows the server's score and coins, and the progress API keeps it.
// Visitors in uz, ru and en play with the keys on a computer and the taps on a phone, told
// nothing is kept; the four pads fit a 360×740 screen.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { DESKTOP, PHONE, launchBrowser, login, openPage, shot } from '../helpers/browser.mjs';
import { api } from '../helpers/api.mjs';
import { startServer } from '../helpers/server.mjs';
import { sequence } from '../../web/js/games/simon.js';

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

const state = (page, s) => page.locator(`#simon[data-state="${s}"]`).waitFor({ timeout: 20_000 });

test('a child repeats five turns, slips on the sixth and sees the server\'s score and coins', async () => {
  const a = api(server);
  const parent = await a.register('parent', 'Gulnoza Aliyeva', 'gulnoza@e2e.test', 'parent pass 1');
  const made = await a.post('/api/v1/family/children', parent.token,
    { name: 'Sevara', birth_year: new Date().getFullYear() - 6, avatar: '🦊', password: PASSWORD }, 201);
  const page = await openPage(browser, server, { viewport: PHONE });
  await login(page, made.child.id, PASSWORD);
  await page.goto('/games/simon');
  assert.equal(await page.locator('.sm-visitor').count(), 0, 'a signed-in child is not told nothing is kept');
  const started = page.waitForResponse((r) => /\/api\/v1\/games\/simon\/rounds$/.test(r.url()));
  await page.locator('[data-start]').click();
  const seq = sequence((await (await started).json()).seed);
  for (let k = 1; k <= 6; k += 1) {
    await state(page, 'repeat');
    if (k === 3) await shot(page, 'games-simon-child-board-uz-360');
    for (let i = 0; i < k; i += 1) {
      const pad = k === 6 && i === 5 ? (seq[i] + 1) % 4 : seq[i];
      await page.locator(`[data-pad="${pad}"]`).click();
    }
  }
  await page.locator('#simon[data-state="over-saved"]').waitFor();
  assert.equal(await page.locator('[data-result-score]').textContent(), '5');
  assert.equal(await page.locator('[data-result-coins]').textContent(), '1');
  assert.equal(await page.locator('[data-best]').textContent(), '5');
  assert.deepEqual(await violations(page), [], 'the result card');
  await shot(page, 'games-simon-child-result-uz-360');
  const progress = await page.evaluate(async () => (await fetch('/api/v1/games/me/progress')).json());
  assert.equal(progress.levels.find((l) => l.game === 'simon').best_score, 5);
  page.checkErrors();
});

for (const [lang, locale] of [['uz', 'uz-UZ'], ['ru', 'ru-RU'], ['en', 'en-GB']]) {
  test(`a visitor in ${lang} plays with keys and taps and is told nothing is kept`, async () => {
    for (const [size, viewport] of [['360', PHONE], ['1280', DESKTOP]]) {
      const page = await openPage(browser, server, { viewport, locale });
      await page.goto('/games/simon');
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      assert.equal(await page.locator('.sm-visitor').count(), 1);
      // What lights up, in order, as the child sees it.
      await page.evaluate(() => {
        window.lit = [];
        new MutationObserver((list) => list.forEach((m) => {
          if (m.target.classList.contains('lit') && !m.oldValue.includes('lit')) window.lit.push(Number(m.target.dataset.pad));
        })).observe(document.querySelector('[data-board]'), { subtree: true, attributeFilter: ['class'], attributeOldValue: true });
      });
      await shot(page, `games-simon-visitor-ready-${lang}-${size}`);
      assert.deepEqual(await violations(page), [], 'the ready board');
      const pads = await page.locator('[data-pad]').all();
      for (const p of pads) {
        const box = await p.boundingBox();
        assert.ok(box.width >= 120 && box.y + box.height <= viewport.height + 200, `a pad of ${box.width}px at ${box.y}`);
      }
      await page.locator('[data-start]').click();
      for (let k = 1; k <= 2; k += 1) {
        await state(page, 'repeat');
        const shown = await page.evaluate(() => window.lit.splice(0));
        const mine = shown.slice(-k); // the child's own taps light up too, before the playback
        for (const pad of mine) {
          if (size === '1280') await page.keyboard.press(String(pad + 1));
          else await page.locator(`[data-pad="${pad}"]`).click();
        }
      }
      await state(page, 'repeat');
      await shot(page, `games-simon-visitor-board-${lang}-${size}`);
      assert.equal(await page.locator('[data-score]').textContent(), '2');
      const seq = await page.evaluate(() => window.lit.slice(-3));
      const wrong = (seq[0] + 1) % 4;
      if (size === '1280') await page.keyboard.press(['ArrowUp', 'ArrowRight', 'ArrowLeft', 'ArrowDown'][wrong]);
      else await page.locator(`[data-pad="${wrong}"]`).click();
      await state(page, 'over-local');
      assert.equal(await page.locator('[data-result-score]').textContent(), '2');
      await shot(page, `games-simon-visitor-result-${lang}-${size}`);
      page.checkErrors();
      await page.context().close();
    }
  });
}
