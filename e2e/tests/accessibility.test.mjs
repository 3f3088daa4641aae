// Accessibility: axe-core checks every main page — for visitors, a parent, a child, a teacher
// and an administrator — on a 360 px phone and on a desktop, and the test fails on any
// serious or critical violation (the list names page, rule and elements). On the phone every
// item of the main menu must be on screen, not hidden sideways.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import {
  DESKTOP, PHONE, fill, form, launchBrowser, login, logout, openPage, pathOf, shot, submit,
} from '../helpers/browser.mjs';
import { ADMIN, startServer } from '../helpers/server.mjs';

// Evaluated through the DevTools protocol, which the pages' Content-Security-Policy (no inline
// scripts) does not block.
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

/** Serious and critical violations on the open page, as readable lines. */
async function violations(page, label) {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${n.failureSummary.split('\n').slice(1, 2).join('').trim()}`),
      }));
  });
  return found.map((v) => `${label}: ${v.impact} ${v.id}\n    ${v.nodes.join('\n    ')}`);
}

/** Every item of the header's menu lies inside the screen's width and can be seen. */
async function menuFits(page, label) {
  const width = page.viewportSize().width;
  const items = await page.locator('header nav.main-nav a').evaluateAll((as, w) => as.map((a) => {
    const r = a.getBoundingClientRect();
    return { href: a.getAttribute('href'), left: r.left, right: r.right, shown: r.width > 0 && r.height > 0 };
  }), width);
  return items
    .filter((i) => !i.shown || i.left < 0 || i.right > width + 0.5)
    .map((i) => `${label}: menu item ${i.href} is off-screen (${Math.round(i.left)}–${Math.round(i.right)} of ${width}px)`);
}

/** Opens each path at phone and desktop size and collects what axe (and the menu check) finds. */
async function audit(page, who, paths) {
  const problems = [];
  for (const viewport of [PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    for (const path of paths) {
      const res = await page.goto(path);
      assert.ok(res.ok(), `${who} ${path}: HTTP ${res.status()}`);
      const label = `${who} ${path} @${viewport.width}px`;
      problems.push(...(await violations(page, label)));
      if (viewport === PHONE) problems.push(...(await menuFits(page, label)));
      const name = `a11y-${who}${path.replace(/[^a-z0-9]+/gi, '-')}-${viewport.width}`;
      await shot(page, name).catch((e) => problems.push(`${label}: ${e.message}`));
    }
  }
  return problems;
}

async function register(page, role, who) {
  await page.goto(`/register?role=${role}`);
  const signup = form(page, '/register');
  await fill(signup, { role, name: who.name, email: who.email, password: who.password });
  await submit(signup);
  assert.equal(pathOf(page), '/dashboard');
}

test('no main page has a serious or critical accessibility problem, on a phone or a desktop', async () => {
  const problems = [];
  const visitor = await openPage(browser, server);
  problems.push(...(await audit(visitor, 'visitor', [
    '/', '/login', '/register', '/register?role=parent', '/privacy', '/terms', '/about', '/contact',
    '/smartkids', '/mathkids',
  ])));

  // A parent with a child.
  const parent = { name: 'Malika Yusupova', email: 'malika@e2e.test', password: 'parent pass 1' };
  const pp = await openPage(browser, server);
  await register(pp, 'parent', parent);
  await pp.goto('/family');
  const add = form(pp, '/family/children');
  const avatar = await add.locator('input[name="avatar"]').first().getAttribute('value');
  await fill(add, { name: 'Sardor', birth_year: new Date().getFullYear() - 6, avatar, password: 'bola123' });
  await submit(add);
  const childId = await pp.locator('[data-child-id]').first().getAttribute('data-child-id');
  assert.match(childId, /^\d{8}$/);
  problems.push(...(await audit(pp, 'parent', [
    '/dashboard', '/family', '/profile', `/family/children/${childId}/delete`, '/harf',
    '/smartkids', `/smartkids/children/${childId}`,
  ])));

  // The child.
  const cp = await openPage(browser, server);
  await cp.route('**/api/v1/speech/tts**', (route) => route.fulfill({ status: 503, body: '' }));
  await login(cp, childId, 'bola123');
  assert.equal(pathOf(cp), '/dashboard');
  problems.push(...(await audit(cp, 'child', [
    '/dashboard', '/harf', '/harf/uz', '/harf/uz/uz-a', '/exams', '/coins', '/profile',
    '/smartkids', '/mathkids',
  ])));

  // A teacher, approved by the administrator.
  const teacher = { name: 'Dilnoza Karimova', email: 'dilnoza.a11y@e2e.test', password: 'teacher pass 1' };
  const tp = await openPage(browser, server);
  await register(tp, 'teacher', teacher);
  const teacherId = (await tp.locator('main .id-card [data-copy]').first().innerText()).trim();
  const ap = await openPage(browser, server);
  await login(ap, ADMIN.email, ADMIN.password);
  await ap.goto('/admin');
  await submit(form(ap, `/admin/users/${teacherId}/approve`));
  problems.push(...(await audit(ap, 'admin', ['/dashboard', '/admin', '/smartkids/moderation'])));
  await tp.goto('/dashboard');
  problems.push(...(await audit(tp, 'teacher', [
    '/dashboard', '/classes', '/exams', '/exams/tests/new', '/exams/generate', '/exams/import', '/profile',
    '/smartkids/author',
  ])));

  await logout(tp);
  for (const p of [visitor, pp, cp, tp, ap]) p.checkErrors();
  assert.deepEqual(problems, [], `accessibility problems:\n${problems.join('\n')}`);
});
