// Journey: a child signed in on a phone taps "Live quiz" on their home page, joins the
// teacher's game with its PIN, answers, and after the game finds it under "My live games"
// with a gold medal and their answers; their parent, on a desktop in Russian, follows the
// dashboard's line to the same game.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { DESKTOP, launchBrowser, login, openPage, PHONE, shot } from '../helpers/browser.mjs';
import { api } from '../helpers/api.mjs';
import { startServer } from '../helpers/server.mjs';

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

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PASSWORD = 'child pass 123';

async function accessible(page, label) {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(found, [], `${label}: accessibility problems`);
}

/** A one-question kids game: 2 + 2 with the right option at index 1. */
async function kidsGame(a) {
  const t = await a.teacher('Gulnora Rashidova', 'gulnora@e2e.test', 'teacher pass 1');
  const q = { prompt: '2 + 2 = ?', type: 'single', options: ['3', '4', '5', '6'], correct: 1 };
  const body = { subject: 'math', grade: 2, language: 'uz', question: q };
  const id = (await a.post('/api/v1/exams/questions', t.token, body, 201)).id;
  const test = await a.post('/api/v1/exams/tests', t.token, { title: 'Tez hisob', subject: 'math', grade: 2, language: 'uz' }, 201);
  await a.post(`/api/v1/exams/tests/${test.id}/questions`, t.token, { question_ids: [id] });
  const game = await a.post('/api/v1/live/games', t.token, { test_id: test.id, mode: 'kids' }, 201);
  return { token: t.token, ...game };
}

const screen = (page, name) => page.locator(`main#play[data-screen="${name}"]`).waitFor();

test('a signed-in child finds the game they played under "My live games", and so does their parent', async () => {
  const a = api(server);
  const game = await kidsGame(a);
  const control = (what) => a.post(`/api/v1/live/games/${game.game_id}/${what}`, game.token, {});
  const parent = await a.register('parent', 'Malika Karimova', 'malika@e2e.test', 'parent pass 1');
  const created = await a.post('/api/v1/family/children', parent.token,
    { name: 'Bekzod', birth_year: 2019, avatar: '🐼', password: PASSWORD }, 201);
  const childId = created.child.id;

  const kid = await openPage(browser, server, { viewport: PHONE });
  await login(kid, childId, PASSWORD);
  await kid.goto('/dashboard');
  assert.equal(await kid.locator('[data-tile="live-mine"]').count(), 0, 'no games yet, no "My live games"');
  await Promise.all([kid.waitForNavigation(), kid.locator('[data-tile="live-play"] a').click()]);
  assert.equal(new URL(kid.url()).pathname, '/play', 'the "Live quiz" tile opens the player\'s page');
  // The child plays through the page's own form: signed in, there is only the PIN to type.
  assert.equal(await kid.locator('#play input[name="name"]').count(), 0, 'no name field when signed in');
  await kid.locator('#play input[name="pin"]').fill(game.pin);
  await kid.locator('#play [data-join] button[type="submit"]').click();
  await screen(kid, 'lobby');
  await control('start');
  await screen(kid, 'question');
  await kid.locator('#play button[data-shape="1"]').click();
  // The only player answered: the question closes at once.
  await screen(kid, 'result');
  await control('next');
  await screen(kid, 'over');
  assert.equal((await kid.locator('[data-final-rank]').innerText()).trim(), '1');

  await kid.goto('/dashboard');
  await Promise.all([kid.waitForNavigation(), kid.locator('[data-tile="live-mine"] a').click()]);
  const row = kid.locator('.live-mine-row');
  assert.equal(await row.count(), 1);
  const text = await row.innerText();
  assert.match(text, /🥇/);
  assert.match(text, /1 kishidan 1-oʻrin/);
  assert.match(text, /1 \/ 1 toʻgʻri/);
  await shot(kid, 'live-history-list-uz-phone');
  await accessible(kid, 'the child\'s list');
  await Promise.all([kid.waitForNavigation(), row.locator('a').click()]);
  assert.match(await kid.locator('.live-mine-answer.right').innerText(), /2 \+ 2 = \?/);
  await shot(kid, 'live-history-game-uz-phone');
  await accessible(kid, 'the child\'s game');
  kid.checkErrors();

  const mum = await openPage(browser, server, { viewport: DESKTOP, locale: 'ru-RU' });
  await login(mum, 'malika@e2e.test', 'parent pass 1');
  // The account speaks Uzbek; this parent chose Russian on this computer.
  await mum.context().addCookies([{ name: 'alif24_lang', value: 'ru', url: server.url }]);
  await mum.goto('/dashboard');
  const link = mum.locator(`a[href="/live/mine?child=${childId}"]`);
  assert.match(await mum.locator('body').innerText(), /лучшее место: 1/);
  await Promise.all([mum.waitForNavigation(), link.click()]);
  assert.match(await mum.locator('.live-mine-row').innerText(), /1-е место из 1/);
  await shot(mum, 'live-history-parent-ru-desktop');
  await accessible(mum, 'the parent\'s view');
  mum.checkErrors();
});
