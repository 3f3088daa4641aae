// An administrator created with `alif24 admin create` before the server starts can log in.
// (The teacher journey creates its administrator while the server runs.)

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, loggedIn, login, openPage, pathOf, shot } from '../helpers/browser.mjs';
import { ADMIN, startServer } from '../helpers/server.mjs';

let server;
let browser;
before(async () => {
  server = await startServer({ admin: 'before' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('an administrator created on the command line before the server starts can log in', async () => {
  const page = await openPage(browser, server);
  await login(page, ADMIN.email, ADMIN.password);
  assert.equal(pathOf(page), '/dashboard');
  assert.ok(await loggedIn(page));
  await shot(page, 'admin-1-dashboard-phone');
  page.checkErrors();
});
