// Journey: SmartKids for grown-ups, on a computer. A teacher writes a story with its questions
// on /smartkids/author; it waits for review; the administrator publishes it on
// /smartkids/moderation; the teacher gives it to a class on /smartkids/classes/{id}; the
// class's child finds it on the "From your teacher" shelf and reads it; the teacher's table
// shows the reading; the parent turns off whole math solutions on /smartkids/children/{id}.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DESKTOP, PHONE, launchBrowser, login, logout, openPage, shot } from '../helpers/browser.mjs';
import { api } from '../helpers/api.mjs';
import { ADMIN, startServer } from '../helpers/server.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const PASSWORD = 'qizil olma 7';
const STORY = 'Lola bogʻga chiqdi.\n\nU yerda kichkina kuchukchani koʻrdi. Kuchukcha yigʻlab oʻtirardi.\n\nLola uni uyiga olib bordi va sut berdi. Kuchukcha xursand boʻldi.';

test('a teacher\'s story is reviewed, given to a class and read by its child', async () => {
  const a = api(server);
  const teacher = await a.teacher('Malika Karimova', 'malika@e2e.test', 'teacher pass 1');
  const cls = await a.post('/api/v1/classes', teacher.token, { name: '2-B' }, 201);
  const parent = await a.register('parent', 'Gulnoza Aliyeva', 'gulnoza@e2e.test', 'parent pass 1');
  const made = await a.post('/api/v1/family/children', parent.token,
    { name: 'Sevara', birth_year: new Date().getFullYear() - 8, avatar: '🦊', password: PASSWORD }, 201);
  const child = await a.login(made.child.id, PASSWORD);
  await a.post('/api/v1/classes/join', child.token, { code: cls.class.join_code });

  const page = await openPage(browser, server, { viewport: DESKTOP });
  await login(page, 'malika@e2e.test', 'teacher pass 1');
  await page.goto('/smartkids/author');
  const example = await page.locator('[data-question-help] pre').textContent();
  const form = page.locator('[data-author-form]');
  await form.locator('[name="language"]').selectOption('uz');
  await form.locator('[name="age"]').selectOption('7-10');
  await form.locator('[name="emoji"]').fill('🐶');
  await form.locator('[name="title"]').fill('Lola va kuchukcha');
  await form.locator('[name="text"]').fill(STORY);
  await form.locator('[name="questions"]').fill(example.trim());
  await shot(page, 'smartkids-author-form-uz-1280');
  await form.locator('button[type="submit"]').click();
  await page.locator('text=Lola va kuchukcha').first().waitFor();
  const shelf = await (await fetch(`${server.url}/api/v1/smartkids/library?language=uz`)).json();
  assert.ok(!shelf.stories.some((s) => s.title === 'Lola va kuchukcha'), 'not public before review');
  await logout(page);

  await login(page, ADMIN.email, ADMIN.password);
  await page.goto('/smartkids/moderation');
  await page.locator('text=Lola va kuchukcha').first().waitFor();
  await shot(page, 'smartkids-moderation-uz-1280');
  await page.locator('form[action$="/publish"] button').first().click();
  await page.waitForLoadState();
  const after = await (await fetch(`${server.url}/api/v1/smartkids/library?language=uz`)).json();
  const published = after.stories.find((s) => s.title === 'Lola va kuchukcha');
  assert.ok(published, 'public once published');
  await logout(page);

  await login(page, 'malika@e2e.test', 'teacher pass 1');
  await page.goto(`/smartkids/classes/${cls.class.id}`);
  await page.locator('[data-assign] select').selectOption(String(published.id));
  await page.locator('[data-assign] button[type="submit"]').click();
  await page.locator('text=Sevara').first().waitFor();
  await logout(page);

  const phone = await openPage(browser, server, { viewport: PHONE });
  await login(phone, made.child.id, PASSWORD);
  await phone.goto('/smartkids');
  const card = phone.locator('.sk-card', { hasText: 'Lola va kuchukcha' }).first();
  await card.waitFor();
  await shot(phone, 'smartkids-from-teacher-uz-360');
  await card.click();
  await phone.locator('[data-check]').waitFor();
  for (const item of await phone.locator('[data-q]').all()) {
    if (await item.locator('.sk-option').count()) await item.locator('.sk-option').first().click();
    else await item.locator('[data-typed]').fill('kuchukcha');
  }
  const finished = phone.waitForResponse((r) => /\/finish$/.test(r.url()));
  await phone.locator('[data-check]').click();
  assert.equal((await finished).status(), 200);
  phone.checkErrors();

  await login(page, 'malika@e2e.test', 'teacher pass 1');
  await page.goto(`/smartkids/classes/${cls.class.id}`);
  await shot(page, 'smartkids-class-readings-uz-1280');
  const table = await page.locator('main').textContent();
  assert.match(table, /Sevara/);
  await logout(page);

  await login(page, 'gulnoza@e2e.test', 'parent pass 1');
  await page.goto(`/smartkids/children/${made.child.id}`);
  await page.locator('text=Lola va kuchukcha').first().waitFor();
  await page.locator('[data-settings] [name="full_solutions"]').uncheck();
  await page.locator('[data-settings] button[type="submit"]').click();
  await page.waitForLoadState();
  await shot(page, 'smartkids-parent-uz-1280');
  const settings = await a.call('GET', `/api/v1/smartkids/children/${made.child.id}/settings`, { token: parent.token, expect: 200 });
  assert.equal(settings.json.full_solutions, false);
  page.checkErrors();
});
