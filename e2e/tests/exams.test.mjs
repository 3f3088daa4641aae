// Journey: an approved teacher generates a grade-2 arithmetic test offline, edits one draft,
// saves the drafts as a test and assigns it to their class; a student who joined the class
// answers half of it, reloads (the server resumes the same attempt with the answers kept),
// answers the rest and hands in; the teacher reads the student's row and the item statistics.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  DESKTOP, fill, form, go, launchBrowser, login, openPage, pathOf, shot, submit,
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

const teacher = { name: 'Dilnoza Karimova', email: 'dilnoza@e2e.test', password: 'teacher pass 1' };
const student = { name: 'Bobur Aliyev', email: 'bobur@e2e.test', password: 'student pass 1' };
const className = '2-A sinf';
const COUNT = 5;
const EDITED = 'Tahrir qilindi: ';

/** Registers on /register with the given role and lands on the dashboard. */
async function register(page, role, who) {
  await page.goto(`/register?role=${role}`);
  const signup = form(page, '/register');
  await fill(signup, { role, name: who.name, email: who.email, password: who.password });
  await submit(signup);
  assert.equal(pathOf(page), '/dashboard');
}

/** "YYYY-MM-DDTHH:MM" in Tashkent time (UTC+5, no daylight saving), `days` from now. */
function tashkentInput(days) {
  return new Date(Date.now() + 5 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 16);
}

/** On a phone the attempt shows one question at a time: go to question `i` with its dot. */
async function showQuestion(page, i) {
  const dot = page.locator(`[data-qnav] [data-go="${i}"]`);
  if (await dot.isVisible()) await dot.click();
  await page.locator('section.q').nth(i).waitFor({ state: 'visible' });
}

/**
 * Answers question `i` through the page (a choice, or a number) and waits for its autosave.
 * Returns what was given: {kind, choice} or {kind, text}.
 */
async function answer(page, attemptId, i) {
  await showQuestion(page, i);
  const section = page.locator('section.q').nth(i);
  const qid = await section.getAttribute('data-qid');
  const kind = await section.getAttribute('data-kind');
  const saved = page.waitForResponse(
    (r) => r.request().method() === 'PUT'
      && new URL(r.url()).pathname === `/api/v1/exams/attempts/${attemptId}/answers/${qid}`,
  );
  let given;
  if (kind === 'single' || kind === 'true_false') {
    const choices = section.locator('label.choice');
    const n = await choices.count();
    assert.ok(n >= 2, `question ${i + 1} (${kind}) has choices`);
    const pick = choices.nth(i % n);
    await pick.click();
    const input = pick.locator('input[type="radio"]');
    assert.ok(await input.isChecked());
    given = { kind, choice: await input.getAttribute('value') };
  } else if (kind === 'numeric') {
    const text = String(10 + i);
    await section.locator('input.answer-input').fill(text);
    given = { kind, text };
  } else {
    assert.fail(`the arithmetic generator made a question of kind ${kind}`);
  }
  const res = await saved;
  assert.ok(res.ok(), `the answer to question ${i + 1} is saved (${res.status()})`);
  await section.locator('[data-save-state][data-state="saved"]').waitFor();
  return { qid, ...given };
}

/** Waits until no answer waits to be saved: all states settled, nothing kept in storage. */
async function settled(page, attemptId) {
  await page.waitForFunction((id) => {
    const busy = document.querySelector('[data-save-state][data-state="saving"], [data-save-state][data-state="offline"]');
    return !busy && !window.localStorage.getItem(`alif24:exams:attempt:${id}`);
  }, attemptId);
}

test('a teacher generates, edits and assigns a grade-2 test; a student takes it with a reload', async () => {
  // The teacher registers and the administrator approves them.
  const tp = await openPage(browser, server);
  await register(tp, 'teacher', teacher);
  const teacherId = (await tp.locator('main .id-card [data-copy]').first().innerText()).trim();
  assert.match(teacherId, /^\d{8}$/);

  const ap = await openPage(browser, server);
  await login(ap, ADMIN.email, ADMIN.password);
  await ap.goto('/admin');
  const approve = form(ap, `/admin/users/${teacherId}/approve`);
  assert.equal(await approve.count(), 1, 'the teacher waits on the admin page');
  await submit(approve);
  assert.equal(await form(ap, `/admin/users/${teacherId}/approve`).count(), 0);
  ap.checkErrors();
  await ap.context().close();

  // The teacher opens a class and reads its join code.
  assert.equal(await go(tp, '/classes'), '/classes');
  const create = form(tp, '/classes');
  await fill(create, { name: className });
  await submit(create);
  const codeEl = tp.locator('[data-join-code]').first();
  await codeEl.waitFor();
  const code = await codeEl.getAttribute('data-join-code');
  assert.match(code, /^[A-Z0-9-]{4,}$/);

  // A student registers and joins the class with the code.
  const sp = await openPage(browser, server);
  await register(sp, 'student', student);
  await sp.goto('/classes/join');
  const join = form(sp, '/classes/join');
  await fill(join, { code });
  await submit(join);
  assert.equal(await form(sp, '/classes/join').locator('[aria-invalid="true"]').count(), 0, 'the code is taken');

  // The teacher generates drafts offline.
  await tp.goto('/exams/generate');
  const gen = form(tp, '/exams/generate#drafts');
  await fill(gen, { generator: 'arithmetic', grade: '2', count: String(COUNT), language: 'uz' });
  await submit(gen);
  assert.equal(pathOf(tp), '/exams/generate');
  const drafts = form(tp, '/exams/generate/save#drafts');
  await drafts.waitFor();
  assert.equal(await drafts.locator('[data-draft]').count(), COUNT);
  assert.equal(await drafts.locator('input[name="drafts"]').inputValue(), String(COUNT));
  assert.equal(await drafts.locator('input[name="grade"]').inputValue(), '2');
  assert.equal(await drafts.locator('input[name="generator"]').inputValue(), 'arithmetic');
  for (let i = 0; i < COUNT; i += 1) {
    assert.ok(await drafts.locator(`input[name="d${i}_keep"]`).isChecked(), `draft ${i + 1} is kept`);
  }

  // Edit the first draft's prompt (the generator always writes one); it stays valid.
  const prompt = drafts.locator('textarea[name="d0_prompt"]');
  const oldPrompt = (await prompt.inputValue()).trim();
  assert.ok(oldPrompt, 'the first draft has a prompt');
  const edited = `${EDITED}${oldPrompt}`;
  await prompt.fill(edited);
  await shot(tp, 'exams-1-generate-drafts-phone');
  await submit(drafts);
  const testPath = pathOf(tp);
  assert.match(testPath, /^\/exams\/tests\/\d+$/, 'the drafts are saved as a new test');
  const testId = testPath.split('/').pop();
  assert.equal(await tp.locator('#questions .qlist > li').count(), COUNT);
  assert.equal((await tp.locator('#questions .qlist > li .qprompt').first().innerText()).trim(), edited);
  await shot(tp, 'exams-2-test-page-phone');

  // Assign it to the class, due tomorrow.
  const assign = form(tp, `/exams/tests/${testId}/assign`);
  assert.equal(await assign.count(), 1);
  await assign.locator('select[name="class_id"]').selectOption({ label: className });
  await fill(assign, { due_at: tashkentInput(1) });
  await submit(assign);
  assert.equal(pathOf(tp), '/exams');
  const results = tp.locator('#assignments a[href^="/exams/assignments/"]');
  assert.equal(await results.count(), 1, 'the assignment is listed');
  const assignmentPath = await results.getAttribute('href');
  const assignmentId = assignmentPath.split('/').pop();
  assert.match(assignmentId, /^\d+$/);
  await shot(tp, 'exams-3-assigned-phone');
  tp.checkErrors();

  // The student starts the assignment.
  await sp.goto('/exams');
  const start = form(sp, `/exams/assignments/${assignmentId}/start`);
  assert.equal(await start.count(), 1, 'the student can start the test');
  await submit(start);
  const attemptPath = pathOf(sp);
  assert.match(attemptPath, /^\/exams\/attempts\/\d+$/);
  const attemptId = attemptPath.split('/').pop();
  assert.equal(await sp.locator('form.attempt').getAttribute('data-attempt'), attemptId);
  const sections = sp.locator('section.q');
  assert.equal(await sections.count(), COUNT);
  assert.equal((await sections.first().locator('.qprompt').innerText()).trim(), edited);

  // About half, then a reload: the same attempt comes back with those answers.
  const half = Math.ceil(COUNT / 2);
  const given = [];
  for (let i = 0; i < half; i += 1) given.push(await answer(sp, attemptId, i));
  await sp.locator('h1').first().click(); // leaves a number field, as a child would
  await settled(sp, attemptId);
  await sp.reload();
  assert.equal(pathOf(sp), attemptPath, 'the server resumed the same attempt');
  for (const [i, g] of given.entries()) {
    const section = sections.nth(i);
    assert.equal(await section.getAttribute('data-qid'), g.qid);
    assert.notEqual(await section.getAttribute('data-answered'), null, `question ${i + 1} is answered`);
    if (g.choice !== undefined) {
      // The page came from the server with the choice checked (not only put back by a script).
      const radio = section.locator(`input[type="radio"][value="${g.choice}"]`);
      assert.notEqual(await radio.getAttribute('checked'), null, `question ${i + 1}: choice kept`);
      assert.ok(await radio.isChecked());
    } else {
      const input = section.locator('input.answer-input');
      assert.equal(await input.getAttribute('value'), g.text, `question ${i + 1}: number kept`);
      assert.equal(await input.inputValue(), g.text);
    }
  }
  for (let i = half; i < COUNT; i += 1) assert.equal(await sections.nth(i).getAttribute('data-answered'), null);

  // The rest, then hand in (the confirm dialog is accepted).
  for (let i = half; i < COUNT; i += 1) given.push(await answer(sp, attemptId, i));
  await sp.locator('h1').first().click();
  await settled(sp, attemptId);
  await Promise.all([
    sp.waitForURL(`**/exams/attempts/${attemptId}/result`),
    sp.locator('button[data-submit]').click(),
  ]);
  await sp.locator('.result-hero').waitFor();
  await shot(sp, 'exams-4-student-result-phone');
  sp.checkErrors();

  await sp.goto('/exams');
  assert.equal(await form(sp, `/exams/assignments/${assignmentId}/start`).count(), 0, 'one attempt only');
  assert.equal(await sp.locator(`a[href="/exams/attempts/${attemptId}/result"]`).count(), 1);
  sp.checkErrors();
  await sp.context().close();

  // The teacher reads the results and the item statistics.
  await tp.goto(assignmentPath);
  const rows = tp.locator('table.results-table tbody tr');
  assert.equal(await rows.count(), 1, 'the student has a row');
  assert.equal(await rows.first().locator(`a[href="/exams/attempts/${attemptId}/result"]`).count(), 1);
  assert.equal(await rows.first().locator('td[class^="cell-"]').count(), COUNT);
  assert.equal(
    await rows.first().locator('td.cell-right, td.cell-wrong, td.cell-partly').count(),
    COUNT,
    'every question is marked',
  );
  assert.equal(await tp.locator('table.results-table thead th.qcol').count(), COUNT);
  assert.match((await tp.locator('.exstat strong').first().innerText()).trim(), /^1\s*\/\s*1$/);
  assert.equal(await tp.locator('ol.item-stats > li').count(), COUNT, 'statistics for each question');
  await shot(tp, 'exams-5-assignment-phone');
  tp.checkErrors();
  await tp.context().close();

  const desk = await openPage(browser, server, { viewport: DESKTOP });
  await login(desk, teacher.email, teacher.password);
  await desk.goto(assignmentPath);
  assert.equal(await desk.locator('table.results-table tbody tr').count(), 1);
  assert.equal(await desk.locator('ol.item-stats > li').count(), COUNT);
  await shot(desk, 'exams-6-assignment-desktop');
  desk.checkErrors();
  await desk.context().close();
});
