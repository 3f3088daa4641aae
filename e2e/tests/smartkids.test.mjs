// Journey: SmartKids. A child signs in on a phone, opens a story from the library, reads it
// alone against the timer, answers the picture questions and sees the server's marks and
// coins; then makes a story of their own. Visitors in uz, ru and en open the shelves and a
// story on a phone and a computer, and "Read to me" lights up the words as the voice reads.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { DESKTOP, PHONE, launchBrowser, login, openPage, shot } from '../helpers/browser.mjs';
import { api } from '../helpers/api.mjs';
import { repoRoot, startServer } from '../helpers/server.mjs';

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
const library = (lang) => JSON.parse(fs.readFileSync(`${repoRoot}/crates/kids/content/library-${lang}.json`, 'utf8'));

async function violations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

test('a child reads a story alone, answers by pictures and is paid for it', async () => {
  const a = api(server);
  const parent = await a.register('parent', 'Gulnoza Aliyeva', 'gulnoza@e2e.test', 'parent pass 1');
  const made = await a.post('/api/v1/family/children', parent.token,
    { name: 'Sevara', birth_year: new Date().getFullYear() - 6, avatar: '🦊', password: PASSWORD }, 201);
  const page = await openPage(browser, server, { viewport: PHONE });
  await login(page, made.child.id, PASSWORD);
  await page.goto('/smartkids');
  await shot(page, 'smartkids-child-hub-uz-360');
  assert.deepEqual(await violations(page), [], 'the hub');
  const story = library('uz').find((s) => s.age === '4-6');
  const started = page.waitForResponse((r) => /\/readings$/.test(r.url()));
  await page.locator('.sk-card', { hasText: story.title }).first().click();
  await page.locator('h1', { hasText: story.title }).waitFor();
  assert.equal((await started).status(), 201);
  await page.locator('[data-self]').click();
  await page.waitForTimeout(1500);
  await page.locator('[data-self-done]').click();
  for (const [i, q] of story.questions.entries()) {
    const item = page.locator(`[data-q="${i}"]`);
    if (q.type === 'single') await item.locator(`[data-choice="${q.correct}"]`).click();
    else await item.locator(`[data-value="${q.answer}"]`).click();
  }
  const finished = page.waitForResponse((r) => /\/finish$/.test(r.url()));
  await page.locator('[data-check]').click();
  const result = await (await finished).json();
  assert.equal(result.quiz_score, 100);
  assert.equal(result.coins, 15, 'the quiz pays; a second and a half is too fast to pay for speed');
  await page.locator('[data-result]', { hasText: '15' }).waitFor();
  assert.equal(await page.locator('[data-right="1"]').count(), story.questions.length);
  await shot(page, 'smartkids-child-result-uz-360');
  assert.deepEqual(await violations(page), [], 'the marked questions');

  await page.goto('/smartkids');
  await page.locator('[data-write] .sk-tile').nth(2).click();
  await page.locator('[data-write] [name="name"]').fill('Sevara');
  await page.locator('[data-write] button[type="submit"]').click();
  await page.waitForURL(/\/smartkids\/stories\/\d+$/);
  assert.ok((await page.locator('.sk-para-text').allTextContents()).join(' ').includes('Sevara'));
  await shot(page, 'smartkids-child-own-story-uz-360');
  page.checkErrors();
});

for (const [lang, locale] of [['uz', 'uz-UZ'], ['ru', 'ru-RU'], ['en', 'en-GB']]) {
  test(`a visitor in ${lang} opens the shelves and hears a story with its words lit up`, async () => {
    for (const [size, viewport] of [['360', PHONE], ['1280', DESKTOP]]) {
      const page = await openPage(browser, server, { viewport, locale });
      await page.goto('/smartkids');
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      assert.ok(await page.locator('.sk-card').count() >= 12);
      await shot(page, `smartkids-visitor-hub-${lang}-${size}`);
      await page.locator('.sk-card').nth(1).click();
      await page.locator('[data-listen]').waitFor();
      assert.deepEqual(await violations(page), [], 'the story page');
      await page.locator('[data-listen]').click();
      // The voice (the server's, or the page's own words when it has none) reaches a word.
      await page.locator('.w.on').first().waitFor({ timeout: 20_000 });
      await shot(page, `smartkids-visitor-story-${lang}-${size}`);
      await page.locator('[data-stop]').click();
      page.checkErrors();
      await page.context().close();
    }
  });
}
