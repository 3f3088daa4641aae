// Journey: Hidden word. A child signs in on a phone, decodes level 1 (OY) with one wrong letter
// and sees the server's score, two stars and coins; the next level opens. Visitors in uz, ru
// and en decode a long word on a phone and a computer, by taps and keys, told nothing is kept.

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

/** The letter under each picture of the word, read from the key on screen. */
async function decode(page) {
  return page.evaluate(() => {
    const root = document.getElementById('hidden-word');
    const key = new Map([...root.querySelectorAll('.gh-key-item')].map((k) => [
      k.querySelector('.gh-key-pic').textContent,
      k.querySelector('.gh-key-letter').textContent,
    ]));
    const byText = new Map([...root.querySelectorAll('.gh-letter')].map((b) => [b.textContent, b.dataset.letter]));
    return [...root.querySelectorAll('.gh-cell .gh-pic')].map((p) => byText.get(key.get(p.textContent)));
  });
}

const tapLetter = (page, l) => page.locator(`.gh-letter[data-letter="${l}"]`).click();

test('a child decodes level 1 with one wrong letter and sees the server\'s result', async () => {
  const a = api(server);
  const parent = await a.register('parent', 'Gulnoza Aliyeva', 'gulnoza@e2e.test', 'parent pass 1');
  const made = await a.post('/api/v1/family/children', parent.token,
    { name: 'Sevara', birth_year: new Date().getFullYear() - 7, avatar: '🦊', password: PASSWORD }, 201);
  const page = await openPage(browser, server, { viewport: PHONE });
  await login(page, made.child.id, PASSWORD);
  await page.goto('/games/hidden-word');
  assert.ok(await page.locator('[data-level="2"]').isDisabled());
  await page.locator('[data-level="1"]').click();
  await page.locator('.gh-letter').first().waitFor();
  const word = await decode(page);
  assert.deepEqual(word, ['o', 'y']);
  await shot(page, 'games-hidden-word-child-board-uz-360');
  assert.deepEqual(await violations(page), [], 'the board');
  const wrong = await page.locator('.gh-letter').evaluateAll((bs) => bs.map((b) => b.dataset.letter).find((l) => l !== 'o'));
  const sent = page.waitForResponse((r) => /\/finish$/.test(r.url()), { timeout: 30_000 });
  await tapLetter(page, wrong);
  for (const l of word) await tapLetter(page, l);
  const res = await sent;
  assert.equal(res.status(), 200, await res.text());
  const result = await res.json();
  assert.deepEqual([result.passed, result.stars], [true, 2]);
  await page.locator('#hidden-word[data-state="over-saved"]').waitFor();
  assert.equal(await page.locator('[data-result-score]').textContent(), String(result.score));
  assert.equal(await page.locator('[data-result-coins]').textContent(), String(result.coins));
  assert.equal(await page.locator('[data-answer-word]').textContent(), 'OY');
  assert.deepEqual(await violations(page), [], 'the result');
  await shot(page, 'games-hidden-word-child-result-uz-360');
  await page.locator('[data-next]').click();
  await page.locator('#hidden-word[data-state="playing"]').waitFor();
  page.checkErrors();
});

for (const [lang, locale] of [['uz', 'uz-UZ'], ['ru', 'ru-RU'], ['en', 'en-GB']]) {
  test(`a visitor in ${lang} decodes a long word on a phone and a computer`, async () => {
    for (const [size, viewport] of [['360', PHONE], ['1280', DESKTOP]]) {
      const page = await openPage(browser, server, { viewport, locale });
      await page.goto('/games/hidden-word');
      assert.equal(await page.locator('.gh-visitor').count(), 1);
      await shot(page, `games-hidden-word-visitor-levels-${lang}-${size}`);
      await page.locator('[data-level="100"]').click();
      await page.locator('.gh-letter').first().waitFor();
      const word = await decode(page);
      assert.ok(word.length >= 9, `a long word: ${word.join('')}`);
      const last = await page.locator('.gh-letter').last().boundingBox();
      assert.ok(last.y + last.height <= viewport.height, `the letters end at ${last.y + last.height}`);
      assert.ok(last.height >= 48 && last.width >= 48, 'letters are big enough to tap');
      await shot(page, `games-hidden-word-visitor-board-${lang}-${size}`);
      assert.deepEqual(await violations(page), [], 'the board');
      // The first letter by key on a computer, the rest by taps.
      if (size === '1280' && /^[a-z]$/.test(word[0])) await page.keyboard.press(word[0]); else await tapLetter(page, word[0]);
      for (const l of word.slice(1)) await tapLetter(page, l);
      await page.locator('#hidden-word[data-state="over-local"]').waitFor();
      assert.equal(await page.locator('[data-result-stars]').textContent(), '★★★');
      if (size === '360') await shot(page, `games-hidden-word-visitor-result-${lang}-360`);
      page.checkErrors();
      await page.context().close();
    }
  });
}
