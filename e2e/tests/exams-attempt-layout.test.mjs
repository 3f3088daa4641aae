// The attempt page does not jump while it loads: a teacher assigns a timed test, a student
// opens the attempt on a 360 px phone in each language (and on a desktop), and the page's own
// layout-shift entries add up to less than 0.1 (Lighthouse's "good"). Screenshots of each.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  DESKTOP, fill, form, launchBrowser, login, openPage, pathOf, shot, submit,
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

const teacher = { name: 'Nodira Usmonova', email: 'nodira@e2e.test', password: 'teacher pass 1' };
const student = { name: 'Jasur Tursunov', email: 'jasur@e2e.test', password: 'student pass 1' };

async function register(page, role, who) {
  await page.goto(`/register?role=${role}`);
  const signup = form(page, '/register');
  await fill(signup, { role, name: who.name, email: who.email, password: who.password });
  await submit(signup);
  assert.equal(pathOf(page), '/dashboard');
}

function tashkentInput(days) {
  return new Date(Date.now() + 5 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 16);
}

/** Answers the first two questions on a desktop page, so the attempt resumes at the third. */
async function answerFirstTwo(cookies, attemptPath) {
  const page = await openPage(browser, server, { viewport: DESKTOP });
  await page.context().addCookies(cookies);
  await page.goto(attemptPath);
  for (let i = 0; i < 2; i += 1) {
    const section = page.locator('section.q').nth(i);
    const radio = section.locator('input[type="radio"]');
    if (await radio.count()) await radio.first().check();
    else {
      await section.locator('input.answer-input').fill('7');
      await section.locator('input.answer-input').blur();
    }
    await section.locator('[data-save-state][data-state="saved"]').waitFor();
  }
  await page.context().close();
}

/** Registers the CLS observer before any of the page's own code runs. */
async function watchShifts(page) {
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.__cls += e.value;
        window.__shifts = (window.__shifts || []).concat(e.sources.map((x) => `${x.node?.nodeName}.${x.node?.className || ''} ${e.value.toFixed(3)}`));
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * Loads `path` as Lighthouse's mobile run with DevTools throttling would (slow 4G: 562.5 ms
 * round trips, 1.47 Mbit/s down, 675 kbit/s up; the CPU four times slower), waits for the page
 * to settle and returns its CLS.
 */
async function cls(page, path) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 562.5, downloadThroughput: 1_474_560 / 8, uploadThroughput: 675_000 / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  const value = await page.evaluate(() => window.__cls);
  if (process.env.E2E_SHIFTS) console.log(await page.evaluate(() => JSON.stringify(window.__shifts || [])));
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return value;
}

test('the attempt page keeps still while it loads, on a phone and a desktop, in three languages', async () => {
  const tp = await openPage(browser, server);
  await register(tp, 'teacher', teacher);
  const teacherId = (await tp.locator('main .id-card [data-copy]').first().innerText()).trim();
  const ap = await openPage(browser, server);
  await login(ap, ADMIN.email, ADMIN.password);
  await ap.goto('/admin');
  await submit(form(ap, `/admin/users/${teacherId}/approve`));
  await ap.context().close();

  await tp.goto('/classes');
  await fill(form(tp, '/classes'), { name: '1-B sinf' });
  await submit(form(tp, '/classes'));
  const code = await tp.locator('[data-join-code]').first().getAttribute('data-join-code');

  const sp = await openPage(browser, server);
  await register(sp, 'student', student);
  await sp.goto('/classes/join');
  await fill(form(sp, '/classes/join'), { code });
  await submit(form(sp, '/classes/join'));

  await tp.goto('/exams/generate');
  const gen = form(tp, '/exams/generate#drafts');
  await fill(gen, { generator: 'arithmetic', grade: '1', count: '4', language: 'uz' });
  await submit(gen);
  await submit(form(tp, '/exams/generate/save#drafts'));
  const testId = pathOf(tp).split('/').pop();
  const settings = form(tp, `/exams/tests/${testId}`);
  await tp.locator(`details:has(form[action="/exams/tests/${testId}"]) > summary`).click();
  await settings.locator('input[name="time_limit_min"][type="number"]').fill('20');
  await submit(settings);
  const assign = form(tp, `/exams/tests/${testId}/assign`);
  await assign.locator('select[name="class_id"]').selectOption({ label: '1-B sinf' });
  await fill(assign, { due_at: tashkentInput(1) });
  await submit(assign);
  const assignmentId = (await tp.locator('#assignments a[href^="/exams/assignments/"]').getAttribute('href')).split('/').pop();
  await tp.context().close();

  await sp.goto('/exams');
  await submit(form(sp, `/exams/assignments/${assignmentId}/start`));
  const attemptPath = pathOf(sp);
  assert.match(attemptPath, /^\/exams\/attempts\/\d+$/);
  const cookies = await sp.context().cookies();
  await sp.context().close();

  const figures = [];
  // A fresh attempt, then one resumed at its third question (two answered).
  const runs = [['uz', null], ['uz', DESKTOP], ['uz', null], ['ru', null], ['en', null], ['uz', DESKTOP], ['ru', DESKTOP], ['en', DESKTOP]];
  for (const [i, [lang, viewport]] of runs.entries()) {
    if (i === 2) await answerFirstTwo(cookies, attemptPath);
    const stage = i < 2 ? 'fresh' : 'resumed';
    const page = await openPage(browser, server, viewport ? { viewport } : {});
    await page.context().addCookies(cookies);
    await watchShifts(page);
    await page.goto('/exams');
    await page.locator(`.lang-switch button[value="${lang}"]`).click();
    await page.waitForLoadState('networkidle');
    const value = await cls(page, attemptPath);
    const where = `${viewport ? 'desktop' : 'phone'} ${stage}`;
    figures.push(`${lang} ${where}: ${value.toFixed(4)}`);
    console.log(`attempt page CLS, ${lang} ${where}: ${value.toFixed(4)}`);
    await shot(page, `exams-attempt-${lang}-${where.replace(' ', '-')}`);
    page.checkErrors();
    await page.context().close();
  }
  console.log(`attempt page CLS: ${figures.join('; ')}`);
  for (const f of figures) assert.ok(Number(f.split(': ')[1]) < 0.1, `layout shift too big: ${f}`);
});
