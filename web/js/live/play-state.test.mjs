// The player's page as data: server messages and taps in, screens and answers out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initial, press, reduce, shapeCount, storage, submit, tap, undo } from './play-state.js';
import { backoff, socketUrl } from './play-socket.js';

const q = (kind, options, n = 0) => ({ type: 'question', question: n, of: 3, kind, options, time_limit_ms: 20_000 });
const seated = () => reduce(initial(), { type: 'joined', player_id: 1, resume_token: 'r', name: 'Ali' });

test('joining shows the lobby with the name and asks to keep the seat', () => {
  const s = seated();
  assert.equal(s.screen, 'lobby');
  assert.equal(s.name, 'Ali');
  assert.equal(storage({ type: 'joined' }), 'save');
});

test('a question shows its shapes: true/false two, numbers none, at most six', () => {
  const s = reduce(seated(), { ...q('single', 4), text: '2 + 2 = ?', option_texts: ['3', '4', '5', '6'] });
  assert.equal(s.screen, 'question');
  assert.equal(s.question.text, '2 + 2 = ?');
  assert.equal(shapeCount(s.question), 4);
  assert.equal(shapeCount(reduce(s, q('true_false', 2, 1)).question), 2);
  assert.equal(shapeCount(reduce(s, q('numeric', 0, 1)).question), 0);
  assert.equal(shapeCount(reduce(s, q('single', 9, 1)).question), 6);
});

test('a double tap sends one answer', () => {
  const s = reduce(seated(), q('single', 4));
  const first = tap(s, 1);
  assert.deepEqual(first.send, { type: 'answer', question: 0, choice: 1 });
  const second = tap(first.state, 2);
  assert.equal(second.send, null);
  assert.equal(tap(s, 4).send, null, 'a shape that is not shown sends nothing');
});

test('an ordering is tapped in turn, undone, and sent only when complete', () => {
  let s = reduce(seated(), q('ordering', 3));
  s = tap(s, 2).state;
  s = tap(s, 2).state;
  assert.deepEqual(s.picked, [2], 'a shape is placed once');
  s = tap(s, 0).state;
  assert.equal(submit(s).send, null, 'not every shape is placed yet');
  s = undo(s);
  assert.deepEqual(s.picked, [2]);
  s = tap(tap(s, 1).state, 0).state;
  const { state, send } = submit(s);
  assert.deepEqual(send, { type: 'answer', question: 0, choice: [2, 1, 0] });
  assert.equal(submit(state).send, null, 'sent once');
});

test('multiple choice toggles shapes and sends them sorted', () => {
  let s = reduce(seated(), q('multiple', 4));
  s = tap(tap(tap(s, 3).state, 0).state, 2).state;
  s = tap(s, 2).state;
  assert.deepEqual(submit(s).send.choice, [0, 3]);
});

test('the number pad types a signed decimal and sends it as a number', () => {
  let s = reduce(seated(), q('numeric', 0));
  assert.equal(submit(s).send, null, 'nothing typed');
  for (const k of ['.', '5', '-']) s = press(s, k);
  assert.equal(s.number, '-0.5');
  s = undo(press(s, '7'));
  assert.deepEqual(submit(s).send, { type: 'answer', question: 0, choice: -0.5 });
  let z = reduce(seated(), q('numeric', 0));
  for (const k of ['0', '0', '4', '.', '.', '2']) z = press(z, k);
  assert.equal(z.number, '4.2');
});

test('an ack shows "received" or the reason, and only for the current question', () => {
  const s = tap(reduce(seated(), q('single', 4, 1)), 0).state;
  assert.equal(reduce(s, { type: 'ack', question: 0, accepted: true }), s, 'an old question is ignored');
  const ok = reduce(s, { type: 'ack', question: 1, accepted: true });
  assert.deepEqual([ok.screen, ok.ack], ['sent', { accepted: true, reason: null }]);
  const late = reduce(s, { type: 'ack', question: 1, accepted: false, reason: 'too_late' });
  assert.equal(late.ack.reason, 'too_late');
});

test('a result carries points, total, place and streak; the end stops the page', () => {
  let s = reduce(seated(), { type: 'result', question: 0, correct: true, points: 950, score: 1950, rank: 2, streak: 2 });
  assert.deepEqual([s.screen, s.result.points, s.score, s.result.rank, s.streak], ['result', 950, 1950, 2, 2]);
  s = reduce(s, { type: 'game_over', score: 1950, rank: 1, players: 12 });
  assert.deepEqual([s.screen, s.final, s.over], ['over', true, { rank: 1, players: 12 }]);
  assert.equal(storage({ type: 'game_over' }), 'clear');
});

test('errors: a name problem stays on the form, a kick ends the page, a lost seat rejoins', () => {
  const taken = reduce(initial(), { type: 'error', code: 'live_name_taken', message: 'Taken' });
  assert.deepEqual([taken.screen, taken.error.message], ['join', 'Taken']);
  assert.equal(storage({ type: 'error', code: 'live_name_taken' }), null);
  const kicked = reduce(seated(), { type: 'error', code: 'live_kicked', message: '' });
  assert.deepEqual([kicked.screen, kicked.final, kicked.gone.code], ['gone', true, 'live_kicked']);
  assert.equal(storage({ type: 'error', code: 'live_kicked' }), 'clear');
  const lost = reduce(seated(), { type: 'error', code: 'live_resume_unknown', message: 'Gone' });
  assert.deepEqual([lost.screen, lost.seated], ['join', false]);
  const odd = reduce(seated(), { type: 'error', code: 'live_bad_message', message: '?' });
  assert.equal(odd.screen, 'lobby', 'a seated player keeps playing');
});

test('the socket follows the page\'s scheme and backs off up to ten seconds', () => {
  assert.equal(socketUrl({ protocol: 'https:', host: 'alif24.uz' }), 'wss://alif24.uz/ws/live/play');
  assert.equal(socketUrl({ protocol: 'http:', host: '127.0.0.1:8080' }), 'ws://127.0.0.1:8080/ws/live/play');
  const mid = () => 0.5;
  assert.deepEqual([0, 1, 2, 5, 30].map((n) => backoff(n, mid)), [500, 1000, 2000, 10_000, 10_000]);
  assert.ok(backoff(0, () => 0) >= 400 && backoff(0, () => 0.999) <= 600);
});

test('a pause covers the phone and holds taps; the question comes back with what was picked', () => {
  let s = reduce(initial(), { type: 'joined', player_id: 1, resume_token: 't', name: 'Ali' });
  s = reduce(s, { type: 'question', question: 0, of: 3, kind: 'multiple', options: 4, time_limit_ms: 20000 });
  s = tap(s, 2).state;
  s = reduce(s, { type: 'paused', question: 0 });
  assert.equal(s.paused, true);
  assert.deepEqual(tap(s, 1), { state: s, send: null }, 'no taps while paused');
  // An answer that crossed the pause on the way is refused: the phone keeps the question.
  const refused = reduce(s, { type: 'ack', question: 0, accepted: false, reason: 'paused' });
  assert.deepEqual([refused.screen, refused.answered], ['question', false]);
  s = reduce(s, { type: 'unpaused', question: 0 });
  s = reduce(s, { type: 'question', question: 0, of: 3, kind: 'multiple', options: 4, time_limit_ms: 12000 });
  assert.deepEqual([s.paused, s.picked, s.question.limitMs], [false, [2], 12000]);
  s = reduce(s, { type: 'question', question: 1, of: 3, kind: 'single', options: 4, time_limit_ms: 20000 });
  assert.deepEqual(s.picked, [], 'a new question starts empty');
});
