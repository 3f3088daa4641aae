// Journey: a sign-up with a too-short password shows the form again with the problem marked,
// keeps what was typed (but not the password), and creates nothing.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fill, form, launchBrowser, loggedIn, openPage, pathOf, shot, submit } from '../helpers/browser.mjs';
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

test('a too-short password shows the sign-up form again with a field error and creates nothing', async () => {
  const page = await openPage(browser, server);
  await page.goto('/register');
  const signup = form(page, '/register');
  const who = { role: 'parent', name: 'Dilnoza Karimova', email: 'dilnoza@e2e.test' };
  await fill(signup, { ...who, password: 'short1' });
  const response = await submit(signup);

  assert.equal(pathOf(page), '/register');
  assert.ok(response.status() >= 400 && response.status() < 500, `status ${response.status()}`);
  const again = form(page, '/register');
  const password = again.locator('input[name="password"]');
  assert.equal(await password.getAttribute('aria-invalid'), 'true');
  assert.equal(await password.inputValue(), '', 'the password is never sent back');
  const problem = again.locator('label:has(input[name="password"]) .field-error');
  assert.ok((await problem.innerText()).trim().length > 0, 'the password has a message');
  assert.equal(await again.locator('[aria-invalid="true"]').count(), 1, 'only the password is marked');
  assert.equal(await again.locator('input[name="name"]').inputValue(), who.name);
  assert.equal(await again.locator('input[name="email"]').inputValue(), who.email);
  assert.ok(await again.locator('input[name="role"][value="parent"]').isChecked());
  assert.equal(await loggedIn(page), false, 'nobody is logged in');
  await shot(page, 'bad-input-1-short-password-phone');

  // Nothing was written: the same email still signs up with a good password.
  await fill(again, { password: 'a much longer password 1' });
  await submit(again);
  assert.equal(pathOf(page), '/dashboard');
  assert.ok(await loggedIn(page));
  page.checkErrors();
});
