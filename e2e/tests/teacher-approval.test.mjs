// Journey: a teacher signs up and waits; the administrator approves them on /admin; the
// teacher's notice is gone and they open a class with a join code.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  DESKTOP, fill, form, go, launchBrowser, loggedIn, login, openPage, pathOf, shot, submit,
} from '../helpers/browser.mjs';
import { ADMIN, startServer } from '../helpers/server.mjs';

let server;
let browser;
before(async () => {
  server = await startServer({ admin: 'after' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const teacher = { name: 'Gulnora Rahimova', email: 'gulnora@e2e.test', password: 'teacher pass 1' };

/** The pending state as the page marks it: a status badge and a warning notice. */
async function pendingMarks(page) {
  return page.locator('main .badge.pending, main .notice.warn').count();
}

test('an approved teacher loses the pending notice and opens a class with a join code', async () => {
  const tp = await openPage(browser, server);
  await tp.goto('/register?role=teacher');
  const signup = form(tp, '/register');
  await fill(signup, { role: 'teacher', name: teacher.name, email: teacher.email, password: teacher.password });
  await submit(signup);
  assert.equal(pathOf(tp), '/dashboard');
  assert.ok(await loggedIn(tp));
  assert.ok((await pendingMarks(tp)) > 0, 'a pending teacher sees the notice');
  assert.equal(await form(tp, '/classes').count(), 0, 'no class can be made before approval');
  const teacherId = (await tp.locator('main .id-card [data-copy]').first().innerText()).trim();
  assert.match(teacherId, /^\d{8}$/);
  await shot(tp, 'teacher-1-pending-phone');

  const ap = await openPage(browser, server);
  await login(ap, ADMIN.email, ADMIN.password);
  assert.equal(pathOf(ap), '/dashboard');
  assert.equal(await go(ap, '/admin'), '/admin');
  const approve = form(ap, `/admin/users/${teacherId}/approve`);
  assert.equal(await approve.count(), 1, 'the teacher waits on the admin page');
  await shot(ap, 'admin-2-pending-phone');
  const desk = await openPage(browser, server, { viewport: DESKTOP });
  await login(desk, ADMIN.email, ADMIN.password);
  await desk.goto('/admin');
  await shot(desk, 'admin-3-pending-desktop');
  await desk.context().close();

  await submit(approve);
  assert.equal(pathOf(ap), '/admin');
  assert.equal(await form(ap, `/admin/users/${teacherId}/approve`).count(), 0, 'no longer waiting');
  await shot(ap, 'admin-4-approved-phone');
  ap.checkErrors();
  await ap.context().close();

  await tp.reload();
  assert.equal(pathOf(tp), '/dashboard');
  assert.equal(await pendingMarks(tp), 0, 'the pending notice is gone');
  await shot(tp, 'teacher-2-approved-phone');

  assert.equal(await go(tp, '/classes'), '/classes');
  const create = form(tp, '/classes');
  await fill(create, { name: '2-B sinf' });
  await submit(create);
  const code = tp.locator('[data-join-code]').first();
  await code.waitFor();
  assert.match(await code.getAttribute('data-join-code'), /^[A-Z0-9-]{4,}$/);
  assert.ok((await tp.locator('main').innerText()).includes('2-B sinf'));
  await shot(tp, 'teacher-3-class-created-phone');
  tp.checkErrors();
  await tp.context().close();
});
