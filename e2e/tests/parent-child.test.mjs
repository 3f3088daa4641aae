// Journey: a parent signs up, adds a child on /family, logs out; the child logs in on the
// same phone with the 8-digit ID and the password the parent chose.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  DESKTOP, fill, form, go, launchBrowser, loggedIn, login, logout, openPage, pathOf, shot, submit,
} from '../helpers/browser.mjs';
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

const parent = { name: 'Malika Yusupova', email: 'malika@e2e.test', password: 'parent pass 123' };
const child = { name: 'Aziz', password: 'sariq olma 7', birthYear: new Date().getFullYear() - 7 };

test('a parent adds a child, and the child logs in with the 8-digit ID', async () => {
  const page = await openPage(browser, server);
  await page.goto('/');
  await Promise.all([
    page.waitForNavigation(),
    page.locator('main a[href="/register?role=parent"]').first().click(),
  ]);
  const signup = form(page, '/register');
  assert.ok(await signup.locator('input[name="role"][value="parent"]').isChecked());
  await fill(signup, { role: 'parent', name: parent.name, email: parent.email, password: parent.password });
  await submit(signup);
  assert.equal(pathOf(page), '/dashboard');
  assert.ok(await loggedIn(page));
  await shot(page, 'parent-1-dashboard-phone');

  assert.equal(await go(page, '/family'), '/family');
  await shot(page, 'parent-2-family-empty-phone');
  const add = form(page, '/family/children');
  const avatars = await add.locator('input[name="avatar"]').evaluateAll((els) => els.map((e) => e.value));
  assert.ok(avatars.length > 1, 'there are avatars to choose from');
  const avatar = avatars[1];
  await fill(add, { name: child.name, birth_year: child.birthYear, avatar, password: child.password });
  await submit(add);
  assert.equal(await form(page, '/family/children').count(), 1, 'back on the family page');

  const row = page.locator('li', { has: page.locator('[data-child-id]') }).filter({ hasText: child.name });
  assert.equal(await row.count(), 1, 'the child is listed once');
  const idEl = row.locator('[data-child-id]');
  const childId = (await idEl.getAttribute('data-child-id')) || (await idEl.innerText()).trim();
  assert.match(childId, /^\d{8}$/, `the child's ID has 8 digits: ${childId}`);
  assert.equal((await idEl.innerText()).replace(/\s/g, ''), childId, 'the ID is shown as it is typed');
  assert.ok((await row.innerText()).includes(avatar), 'the chosen avatar is shown');
  await shot(page, 'parent-3-family-child-added-phone');

  await logout(page);
  assert.equal(await loggedIn(page), false);

  await login(page, childId, child.password);
  assert.equal(pathOf(page), '/dashboard');
  assert.ok(await loggedIn(page));
  assert.ok((await page.locator('main h1').first().innerText()).includes(child.name), 'greets the child by name');
  const me = page.locator('header a[href="/profile"]').filter({ hasText: child.name });
  assert.equal(await me.count(), 1, "the header shows the child's name");
  await shot(page, 'child-1-dashboard-phone');
  page.checkErrors();
  await page.context().close();

  // The same pages on a desktop screen.
  const desk = await openPage(browser, server, { viewport: DESKTOP });
  await login(desk, parent.email, parent.password);
  await desk.goto('/family');
  await shot(desk, 'parent-4-family-desktop');
  await logout(desk);
  await login(desk, childId, child.password);
  assert.equal(pathOf(desk), '/dashboard');
  await shot(desk, 'child-2-dashboard-desktop');
  desk.checkErrors();
  await desk.context().close();
});

test('a wrong password for the child ID does not log in', async () => {
  const page = await openPage(browser, server);
  await page.goto('/family'); // not logged in: sent to log in first
  assert.equal(pathOf(page), '/login');
  await login(page, '00000000', 'not the password');
  assert.equal(pathOf(page), '/login');
  assert.equal(await loggedIn(page), false);
  await page.context().close();
});
