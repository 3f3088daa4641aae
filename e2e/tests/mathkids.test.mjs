// Journey: MathKids in hint mode. A child types a problem on a phone, gives each step's number
// (a wrong one first, which is not accepted), and reaches the answer; the whole solution and a
// similar problem are one tap away. Visitors in uz, ru and en see examples and a clear
// "I can't solve this yet" for words.

import assert from 'node:assert/strict';
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

test('a child solves 47 + 24 one step at a time', async () => {
  const a = api(server);
  const parent = await a.register('parent', 'Gulnoza Aliyeva', 'gulnoza@e2e.test', 'parent pass 1');
  const made = await a.post('/api/v1/family/children', parent.token,
    { name: 'Sevara', birth_year: new Date().getFullYear() - 8, avatar: '🦊', password: PASSWORD }, 201);
  const whole = await a.post('/api/v1/mathkids/solve', null, { problem: '47 + 24', language: 'uz', mode: 'steps' });
  const page = await openPage(browser, server, { viewport: PHONE });
  await login(page, made.child.id, PASSWORD);
  await page.goto('/mathkids');
  await page.locator('#mk-problem').fill('47 + 24');
  await page.locator('[data-form] button[type="submit"]').click();
  await page.locator('[data-ask]').waitFor();
  await shot(page, 'mathkids-child-ask-uz-360');
  await page.locator('#mk-value').fill('999');
  await page.locator('[data-ask] button').click();
  await page.locator('[data-mark]', { hasText: '🤔' }).waitFor();
  // Each asking step: the numbers the whole solution shows there, until one is accepted.
  while (await page.locator('[data-answer]').isHidden()) {
    const shown = await page.locator('.mk-step').count();
    const at = await page.evaluate(() => document.querySelectorAll('.mk-step').length);
    const step = whole.steps[at];
    const numbers = `${step.after} ${step.text}`.match(/\d+/g) || [];
    let moved = false;
    for (const n of numbers) {
      await page.locator('#mk-value').fill(n);
      await page.locator('[data-ask] button').click();
      await page.waitForTimeout(300);
      if (await page.locator('.mk-step').count() > shown) { moved = true; break; }
    }
    assert.ok(moved, `step ${at} took none of ${numbers}`);
  }
  assert.match(await page.locator('[data-answer]').textContent(), /71/);
  await shot(page, 'mathkids-child-done-uz-360');
  await page.locator('[data-similar]').click();
  await page.locator('[data-ask]').waitFor();
  assert.notEqual(await page.locator('#mk-problem').inputValue(), '47 + 24');
  page.checkErrors();
});

for (const [lang, locale] of [['uz', 'uz-UZ'], ['ru', 'ru-RU'], ['en', 'en-GB']]) {
  test(`a visitor in ${lang} sees examples, a whole solution and a plain refusal`, async () => {
    for (const [size, viewport] of [['360', PHONE], ['1280', DESKTOP]]) {
      const page = await openPage(browser, server, { viewport, locale });
      await page.goto('/mathkids');
      assert.ok(await page.locator('[data-example]').count() >= 6);
      await page.locator('[data-example]').first().click();
      await page.locator('[data-work]').waitFor();
      await page.locator('[data-show-all]').click();
      await page.locator('[data-answer]').waitFor();
      await shot(page, `mathkids-visitor-solution-${lang}-${size}`);
      await page.locator('#mk-problem').fill('how are you');
      await page.locator('[data-form] button[type="submit"]').click();
      await page.locator('[data-error]').waitFor();
      assert.ok((await page.locator('[data-error]').textContent()).includes('+'), 'examples in the refusal');
      await shot(page, `mathkids-visitor-refusal-${lang}-${size}`);
      page.checkErrors();
      await page.context().close();
    }
  });
}
