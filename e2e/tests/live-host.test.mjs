// Journey: an approved teacher opens a test, presses "Play live", chooses the game's settings
// and lands on the host screen; phones join over the player socket, the host screen shows
// them (one is removed with its ✕), Start shows the question, the phone's answer closes it
// with the bars, and End shows the podium. Then the same screens on a projector (1920×1080)
// and at 1280×800 in the three languages, and the host's pages on a phone.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DESKTOP, fill, form, launchBrowser, login, openPage, pathOf, shot, submit } from '../helpers/browser.mjs';
import { api } from '../helpers/api.mjs';
import { startServer } from '../helpers/server.mjs';

const PROJECTOR = { width: 1920, height: 1080 };
const teacher = { name: 'Gulnora Rahimova', email: 'gulnora@e2e.test', password: 'teacher pass 1' };

let server;
let browser;
let client;
let token;
let testId;
before(async () => {
  server = await startServer({ admin: 'after' });
  browser = await launchBrowser();
  client = api(server);
  token = (await client.teacher(teacher.name, teacher.email, teacher.password)).token;
  const q = { prompt: '2 + 2 = ?', type: 'single', options: ['3', '4', '5', '6'], correct: 1 };
  const tf = { prompt: 'Quyosh — yulduz.', type: 'true_false', answer: true };
  const ids = [];
  for (const question of [q, tf]) {
    const r = await client.post('/api/v1/exams/questions', token, { subject: 'math', grade: 2, language: 'uz', question }, 201);
    ids.push(r.id);
  }
  testId = (await client.post('/api/v1/exams/tests', token, { title: 'Tez hisob', subject: 'math', grade: 2, language: 'uz' }, 201)).id;
  await client.post(`/api/v1/exams/tests/${testId}/questions`, token, { question_ids: ids });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A phone on the player socket, driven from a page of the same site; returns its page. */
async function phone(pin, name) {
  const page = await openPage(browser, server);
  await page.goto('/');
  await page.evaluate(([pin, name]) => new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://${location.host}/ws/live/play`);
    window.frames_ = [];
    window.ws_ = ws;
    ws.onmessage = (e) => {
      const f = JSON.parse(e.data);
      window.frames_.push(f);
      if (f.type === 'joined') resolve();
      if (f.type === 'error') reject(new Error(f.code));
    };
    ws.onopen = () => ws.send(JSON.stringify({ type: 'join', pin, name }));
  }), [pin, name]);
  return page;
}

/** The phone answers question `n` with `choice` once that question has reached it. */
async function answer(ph, n, choice) {
  await ph.waitForFunction((n) => window.frames_.some((f) => f.type === 'question' && f.question === n), n);
  await ph.evaluate(([n, choice]) => window.ws_.send(JSON.stringify({ type: 'answer', question: n, choice })), [n, choice]);
}

const visible = (page, phase) => page.locator(`[data-phase="${phase}"]`).waitFor({ state: 'visible' });

/** From the lobby to the podium on an open host screen, with screenshots named `tag-…`. */
async function playThrough(page, tag, name) {
  const pin = (await page.locator('[data-pin]').innerText()).replace(/\s/g, '');
  assert.match(pin, /^\d{6}$/);
  assert.equal(await page.locator('img.lh-qr').evaluate((img) => img.complete && img.naturalWidth > 0), true, 'the QR code loads');
  const ph = await phone(pin, name);
  await page.locator('[data-players] li', { hasText: name }).waitFor();
  // A second phone joins and the host removes it with its ✕.
  const extra = await phone(pin, 'Vali');
  const vali = page.locator('[data-players] li', { hasText: 'Vali' });
  await vali.locator('.lh-kick').click();
  await vali.waitFor({ state: 'detached' });
  await extra.waitForFunction(() => window.frames_.some((f) => f.type === 'error' && f.code === 'live_kicked'));
  await extra.context().close();
  await shot(page, `${tag}-lobby`);

  await page.locator('[data-phase="lobby"] [data-control="start"]').click();
  await visible(page, 'question');
  assert.equal(await page.locator('[data-text]').innerText(), '2 + 2 = ?');
  assert.equal(await page.locator('[data-options] li').count(), 4);
  await shot(page, `${tag}-question`);

  await answer(ph, 0, 1);
  await visible(page, 'results');
  assert.equal(await page.locator('[data-bars] li.right').count(), 1, 'the right shape is marked');
  assert.match(await page.locator('[data-top]').innerText(), new RegExp(name));
  await shot(page, `${tag}-results`);

  await page.locator('[data-phase="results"] [data-control="next"]').click();
  await visible(page, 'question');
  assert.equal(await page.locator('[data-options] li').count(), 2, 'true/false: two shapes');
  // Pause: the phones are told, the host sees the note and the button to go on.
  await page.locator('[data-phase="question"] [data-control="pause"]').click();
  await page.locator('[data-paused-note]').waitFor({ state: 'visible' });
  await ph.waitForFunction(() => window.frames_.some((f) => f.type === 'paused'));
  await shot(page, `${tag}-paused`);
  // A reload mid-question shows the same question, still paused.
  await page.reload();
  await visible(page, 'question');
  await page.locator('[data-paused-note]').waitFor({ state: 'visible' });
  assert.equal(await page.locator('[data-options] li').count(), 2, 'the question is back after a reload');
  // A fresh page may not speak before a tap: the screen asks for one.
  const hear = page.locator('.tap-to-hear');
  await hear.waitFor({ state: 'visible', timeout: 5000 }).then(() => hear.click(), () => {});
  await page.locator('[data-phase="question"] [data-control="resume"]').click();
  await page.locator('[data-paused-note]').waitFor({ state: 'hidden' });
  await ph.waitForFunction(() => window.frames_.some((f) => f.type === 'unpaused'));
  // Show results closes the question and stays on its bar chart.
  await page.locator('[data-phase="question"] [data-control="close"]').click();
  await visible(page, 'results');
  await page.locator('header.lh-bar [data-control="end"]').click();
  await visible(page, 'over');
  await page.locator('[data-podium] li', { hasText: name }).waitFor();
  await shot(page, `${tag}-podium`);
  page.checkErrors();
  await ph.context().close();
}

test('a teacher hosts a live game from a test: lobby, question, bars and podium', async () => {
  const page = await openPage(browser, server, { viewport: DESKTOP });
  await login(page, teacher.email, teacher.password);
  await page.goto(`/exams/tests/${testId}`);
  await Promise.all([page.waitForNavigation(), page.locator('[data-play-live]').click()]);
  assert.equal(pathOf(page), '/live/new');
  await shot(page, 'live-host-new-uz');
  const f = form(page, '/live/new');
  await fill(f, { mode: 'classic', seconds: '20' });
  await submit(f);
  assert.match(pathOf(page), /^\/live\/host\/\d+$/);
  await playThrough(page, 'live-host-1280-uz', 'Ali');

  await page.locator('[data-phase="over"] a[href$="/results"]').click();
  await page.waitForURL(/\/results$/);
  assert.match(await page.locator('main').innerText(), /Ali/);
  await shot(page, 'live-host-results-uz');
  const csv = await page.evaluate(async (href) => {
    const res = await fetch(href);
    return new Uint8Array(await res.arrayBuffer()).slice(0, 3).join(',');
  }, `${pathOf(page)}.csv`);
  assert.equal(csv, '239,187,191', 'the CSV starts with a UTF-8 byte-order mark');
  const results = pathOf(page);
  await page.goto('/live');
  await shot(page, 'live-host-games-uz');
  page.checkErrors();
  await page.context().close();

  // The same pages on a teacher's phone: nothing wider than the screen.
  const small = await openPage(browser, server);
  await login(small, teacher.email, teacher.password);
  for (const [path, name] of [[`/live/new?test=${testId}`, 'new'], ['/live', 'games'], [results, 'results']]) {
    await small.goto(path);
    await shot(small, `live-host-360-${name}-uz`);
  }
  small.checkErrors();
  await small.context().close();
});

for (const [lang, viewport, size] of [['ru', PROJECTOR, 1920], ['en', PROJECTOR, 1920], ['uz', PROJECTOR, 1920], ['ru', DESKTOP, 1280], ['en', DESKTOP, 1280]]) {
  test(`the host screen reads well at ${size} px in ${lang}`, async () => {
    const page = await openPage(browser, server, { viewport });
    await login(page, teacher.email, teacher.password);
    await Promise.all([page.waitForNavigation(), page.locator(`form.lang-switch button[value="${lang}"]`).click()]);
    const game = await client.post('/api/v1/live/games', token, { test_id: testId, mode: 'kids', seconds_per_question: 30 }, 201);
    await page.goto(`/live/host/${game.game_id}`);
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    await playThrough(page, `live-host-${size}-${lang}`, lang === 'ru' ? 'Оксана' : 'Oʻgʻiloy');
    await page.context().close();
  });
}
