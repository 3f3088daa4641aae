// Journey: a teacher (through the API) makes a test and a live game; three phones open the
// join link (uz and en phones, a ru desktop), join with nicknames, one reloads and keeps its
// seat; the host starts, the phones tap shapes, the right one sees "correct" with its points,
// the host moves on to the end and every phone shows its final place.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { DESKTOP, launchBrowser, openPage, PHONE, shot } from '../helpers/browser.mjs';
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

const BUDGET = 30 * 1024;
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Fails on serious or critical accessibility problems (axe-core) of the screen shown now. */
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

/**
 * A test of a 4-option question (right: index 1), a true/false one (right: true), a number
 * (3.5) and an order (1, 2, 3; the phones show the items shuffled, with their texts).
 */
async function liveGame(a) {
  const t = await a.teacher('Gulnora Rashidova', 'gulnora@e2e.test', 'teacher pass 1');
  const ids = [];
  for (const q of [
    { prompt: '2 + 2 = ?', type: 'single', options: ['3', '4', '5', '6'], correct: 1 },
    { prompt: 'Quyosh — yulduz.', type: 'true_false', answer: true },
    { prompt: '7 : 2 = ?', type: 'numeric', answer: 3.5, tolerance: 0.01 },
    { prompt: 'Tartibla', type: 'ordering', items: ['1', '2', '3'] },
  ]) {
    const body = { subject: 'math', grade: 2, language: 'uz', question: q };
    ids.push((await a.post('/api/v1/exams/questions', t.token, body, 201)).id);
  }
  const test = await a.post('/api/v1/exams/tests', t.token, { title: 'Tez hisob', subject: 'math', grade: 2, language: 'uz' }, 201);
  await a.post(`/api/v1/exams/tests/${test.id}/questions`, t.token, { question_ids: ids });
  const game = await a.post('/api/v1/live/games', t.token, { test_id: test.id, mode: 'classic', show_question_on_phone: true }, 201);
  return { token: t.token, ...game };
}

/** Opens the join link and returns the bytes it took on the wire (body and headers). */
async function openJoinLink(page, url) {
  const sizes = [];
  page.on('requestfinished', (r) => sizes.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
  await page.goto(url, { waitUntil: 'networkidle' });
  page.removeAllListeners('requestfinished');
  return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
}

const screen = (page, name) => page.locator(`main#play[data-screen="${name}"]`).waitFor();

test('a phone joins with the PIN, taps the right shape, sees its points and the final place', async () => {
  const a = api(server);
  const game = await liveGame(a);
  const path = new URL(game.join_url).pathname + new URL(game.join_url).search;
  const control = (what) => a.post(`/api/v1/live/games/${game.game_id}/${what}`, game.token, {});

  const players = [
    { name: 'Ali', locale: 'uz-UZ', viewport: PHONE, tag: 'uz-phone' },
    { name: 'Вера', locale: 'ru-RU', viewport: DESKTOP, tag: 'ru-desktop' },
    { name: 'Sam', locale: 'en-GB', viewport: PHONE, tag: 'en-phone' },
  ];
  for (const p of players) {
    p.page = await openPage(browser, server, { locale: p.locale, viewport: p.viewport });
    const bytes = await openJoinLink(p.page, path);
    console.log(`# /play (${p.tag}) transferred ${bytes} bytes with its CSS and JS`);
    assert.ok(bytes <= BUDGET, `the player's page takes ${bytes} bytes, over ${BUDGET}`);
    assert.equal(await p.page.inputValue('input[name="pin"]'), game.pin, 'the PIN comes from the link');
    await shot(p.page, `live-play-join-${p.tag}`);
    await accessible(p.page, `join ${p.tag}`);
    await p.page.fill('input[name="name"]', p.name);
    if (p.tag === 'en-phone') {
      // A PIN typed wrong: the server's words, translated, under the form.
      await p.page.fill('input[name="pin"]', '000000');
      await p.page.click('form[data-join] button[type="submit"]');
      await p.page.locator('[data-error]:visible').waitFor();
      assert.match(await p.page.locator('[data-error]').innerText(), /PIN/);
      await shot(p.page, 'live-play-wrong-pin-en-phone');
      await p.page.fill('input[name="pin"]', game.pin);
    }
    await p.page.click('form[data-join] button[type="submit"]');
    await screen(p.page, 'lobby');
    assert.equal(await p.page.locator('[data-name]').innerText(), p.name);
    await shot(p.page, `live-play-lobby-${p.tag}`);
  }
  const [ali, vera, sam] = players.map((p) => p.page);

  // A refresh keeps the seat: the saved resume token brings Ali back under the same name.
  await ali.reload();
  await screen(ali, 'lobby');
  assert.equal(await ali.locator('[data-name]').innerText(), 'Ali');

  await control('start');
  for (const p of players) await screen(p.page, 'question');
  assert.equal(await ali.locator('[data-shape]:visible').count(), 4, 'four shapes for four options');
  assert.equal(await ali.locator('[data-qtext]').innerText(), '2 + 2 = ?');
  await shot(ali, 'live-play-question-uz-phone');
  await accessible(ali, 'question');
  await shot(vera, 'live-play-question-ru-desktop');

  // A double tap counts once: the shapes are disabled after the first.
  await ali.locator('[data-shape="1"]').click();
  await screen(ali, 'sent');
  await shot(ali, 'live-play-sent-uz-phone');
  await vera.locator('[data-shape="0"]').click();
  await sam.locator('[data-shape="1"]').click();

  await screen(ali, 'result');
  assert.equal(await ali.getAttribute('main#play', 'data-correct'), 'true');
  const points = Number(await ali.locator('[data-points]').innerText());
  assert.ok(points >= 500 && points <= 1000, `classic points for a right answer: ${points}`);
  assert.equal(Number(await ali.locator('[data-score]').innerText()), points);
  await shot(ali, 'live-play-result-uz-phone');
  await accessible(ali, 'result');
  await screen(vera, 'result');
  assert.equal(await vera.getAttribute('main#play', 'data-correct'), 'false');
  await shot(vera, 'live-play-result-ru-desktop');

  await control('next');
  for (const p of players) await screen(p.page, 'question');
  assert.equal(await sam.locator('[data-shape]:visible').count(), 2, 'true/false is two shapes');
  await shot(sam, 'live-play-question-tf-en-phone');
  for (const p of players) await p.page.locator('[data-shape="0"]').click();
  await screen(sam, 'result');
  await shot(sam, 'live-play-result-en-phone');

  // A number: the pad types 3,5 (a comma on an Uzbek phone) and sends it once.
  await control('next');
  for (const p of players) await screen(p.page, 'question');
  assert.equal(await ali.locator('[data-shape]:visible').count(), 0, 'a number has no shapes');
  for (const k of ['3', '.', '5']) await ali.locator(`[data-key="${k}"]`).click();
  assert.equal(await ali.locator('[data-number]').innerText(), '3,5');
  await shot(ali, 'live-play-numeric-uz-phone');
  await ali.locator('[data-send]').click();
  for (const p of [vera, sam]) {
    await p.locator('[data-key="4"]').click();
    await p.locator('[data-send]').click();
  }
  await screen(ali, 'result');
  assert.equal(await ali.getAttribute('main#play', 'data-correct'), 'true', '3.5 is right');

  // An order: Ali taps the shapes whose texts read 1, 2, 3, with one undo on the way.
  await control('next');
  for (const p of players) await screen(p.page, 'question');
  const shapeWith = (page, text) => page.locator('[data-shape]:visible', { has: page.locator(`[data-opt]:text-is("${text}")`) });
  await shapeWith(ali, '1').click();
  await shapeWith(ali, '3').click();
  assert.equal(await ali.locator('[data-picked] li').count(), 2);
  await ali.locator('[data-undo]').click();
  assert.ok(await ali.locator('[data-send]').isDisabled(), 'sent only when every shape is placed');
  await shapeWith(ali, '2').click();
  await shapeWith(ali, '3').click();
  await shot(ali, 'live-play-ordering-uz-phone');
  await ali.locator('[data-send]').click();
  for (const p of [vera, sam]) {
    for (const i of [0, 1, 2]) await p.locator(`[data-shape="${i}"]`).click();
    await p.locator('[data-send]').click();
  }
  await screen(ali, 'result');
  assert.equal(await ali.getAttribute('main#play', 'data-correct'), 'true', 'the order 1, 2, 3 is right');

  await control('next');
  for (const p of players) await screen(p.page, 'over');
  assert.equal(await ali.locator('[data-final-rank]').innerText(), '1');
  assert.equal(await ali.locator('main a[href="/play"]:visible').count(), 1, 'play again');
  for (const p of players) await shot(p.page, `live-play-over-${p.tag}`);
  await accessible(ali, 'game over');
  for (const p of players) {
    p.page.checkErrors();
    await p.page.context().close();
  }
});
