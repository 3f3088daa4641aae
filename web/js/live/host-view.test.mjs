import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bars, initial, optionLabels, podiumOrder, reduce, secondsLeft, shapeOf } from './host-view.js';

test('the shapes come in the phones order: red triangle, blue diamond, yellow circle, green square', () => {
  assert.deepEqual([0, 1, 2, 3].map((i) => shapeOf(i).name), ['triangle', 'diamond', 'circle', 'square']);
  assert.equal(shapeOf(6).name, 'triangle');
});

test('a game walks from lobby through a question and its results to the podium', () => {
  let v = initial('lobby');
  v = reduce(v, { type: 'players', count: 1, players: [{ id: 1, name: 'Ali' }] });
  assert.deepEqual(v.players.map((p) => p.name), ['Ali']);
  v = reduce(v, { type: 'question', question: 0, of: 2, kind: 'single', text: '2 + 2', options: ['3', '4'], time_limit_ms: 20000 });
  assert.equal(v.phase, 'question');
  v = reduce(v, { type: 'answers', question: 0, count: 1 });
  assert.equal(v.answers, 1);
  v = reduce(v, { type: 'answers', question: 5, count: 9 });
  assert.equal(v.answers, 1, 'counts of another question are ignored');
  v = reduce(v, { type: 'results', question: 0, distribution: { bars: [0, 1], right: [1] }, top: [{ rank: 1, name: 'Ali', score: 950 }] });
  assert.equal(v.phase, 'results');
  assert.equal(v.top[0].name, 'Ali');
  v = reduce(v, { type: 'game_over', podium: [{ rank: 1, name: 'Ali', score: 950 }] });
  assert.equal(v.phase, 'over');
  assert.equal(v.podium.length, 1);
});

test('a screen that reconnects takes the phase from the state frame', () => {
  assert.equal(reduce(initial(), { type: 'state', game: { phase: 'open', question: 1 } }).phase, 'question');
  assert.equal(reduce(initial(), { type: 'state', game: { phase: 'closed', question: 1 } }).phase, 'results');
  const over = reduce(initial(), { type: 'state', game: { phase: 'over' }, top: [{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }] });
  assert.equal(over.phase, 'over');
  assert.equal(over.podium.length, 3);
});

test('an error frame is kept to show and an unknown frame changes nothing', () => {
  const v = initial();
  assert.equal(reduce(v, { type: 'error', code: 'live_nothing_open' }).error, 'live_nothing_open');
  assert.equal(reduce(v, { type: 'mystery' }), v);
});

test('true/false questions get their words; numbers get none', () => {
  assert.deepEqual(optionLabels({ kind: 'true_false', options: null }, { true: 'Toʻgʻri', false: 'Notoʻgʻri' }), ['Toʻgʻri', 'Notoʻgʻri']);
  assert.deepEqual(optionLabels({ kind: 'numeric', options: null }), []);
  assert.deepEqual(optionLabels({ kind: 'single', options: ['a', 'b'] }), ['a', 'b']);
});

test('bars mark the right shapes and scale to the tallest', () => {
  const b = bars({ bars: [1, 4, 0], right: [1] }, ['x', 'y', 'z']);
  assert.deepEqual(b.map((x) => x.right), [false, true, false]);
  assert.deepEqual(b.map((x) => x.percent), [25, 100, 0]);
  const two = bars({ right_count: 3, wrong_count: 1 }, [], { right: 'R', wrong: 'W' });
  assert.deepEqual(two.map((x) => [x.label, x.count, x.right]), [['R', 3, true], ['W', 1, false]]);
  assert.deepEqual(bars({ bars: [0, 0], right: [0] }, []).map((x) => x.percent), [0, 0]);
});

test('the countdown rounds up and stops at zero', () => {
  assert.equal(secondsLeft(20000, 0), 20);
  assert.equal(secondsLeft(20000, 19001), 1);
  assert.equal(secondsLeft(20000, 25000), 0);
});

test('the podium puts the winner in the middle', () => {
  assert.deepEqual(podiumOrder([{ n: 1 }, { n: 2 }, { n: 3 }]).map((p) => p.n), [2, 1, 3]);
  assert.deepEqual(podiumOrder([{ n: 1 }]).map((p) => p.n), [1]);
});

test('a pause holds the question on the screen and a new question clears it', () => {
  let v = reduce(initial(), { type: 'question', question: 2, of: 5, kind: 'single', options: ['a', 'b'], time_limit_ms: 20000 });
  v = reduce(v, { type: 'paused', question: 2, left_ms: 9000 });
  assert.deepEqual([v.phase, v.paused], ['question', true]);
  assert.equal(reduce(v, { type: 'unpaused', question: 1, left_ms: 1 }).paused, true, 'another question\'s frame is ignored');
  assert.equal(reduce(v, { type: 'unpaused', question: 2, left_ms: 9000 }).paused, false);
  assert.equal(reduce(v, { type: 'question', question: 3, of: 5, kind: 'single', options: ['a'], time_limit_ms: 20000 }).paused, false);
  assert.equal(reduce(initial(), { type: 'state', game: { phase: 'open', question: 2 }, paused: true }).paused, true);
});
