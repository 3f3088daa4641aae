// Math Monster's page rules against the vectors the server's replay is checked with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { outcome, pending, promptText, rightOption, spoken, stars } from './math-monster.js';

const vectors = JSON.parse(readFileSync(new URL('../../../crates/games/vectors/math-monster.json', import.meta.url)));

test('the page finds the right option of every vector question by adding up its terms', () => {
  for (const v of vectors.questions) {
    for (const q of v.questions) assert.equal(rightOption(q), q.answer, JSON.stringify(q));
  }
});

test('rounds on the server\'s questions come to the server\'s score, stars and coins', () => {
  for (const r of vectors.rounds) {
    const got = outcome(r.config.questions, r.answers);
    assert.deepEqual(
      [got.right, got.score, got.stars, got.passed, got.coins],
      [r.right, r.score, r.stars, r.passed, r.coins],
      `seed ${r.seed} level ${r.level}`,
    );
  }
});

test('the question reads with a real minus sign and aloud with the page\'s words', () => {
  assert.equal(promptText([7, -3, 2]), '7 − 3 + 2 = ?');
  const t = (k) => ({ plus: 'plus', minus: 'minus', equals: 'makes how many?' })[k];
  assert.equal(spoken([12, 5], t), '12 plus 5 makes how many?');
  assert.deepEqual([0, 4, 5, 6, 7, 9, 10].map(stars), [0, 0, 1, 1, 2, 2, 3]);
});

test('rounds waiting offline are sent when back and kept while the network is away', async () => {
  const store = new Map();
  const storage = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => store.set(k, v) };
  const queue = pending(storage);
  queue.add({ round_id: 1, log: { answers: [] }, claimed_score: 0 });
  queue.add({ round_id: 2, log: { answers: [] }, claimed_score: 0 });
  queue.add({ round_id: 2, log: { answers: [] }, claimed_score: 10 });
  assert.equal(queue.list().length, 2, 'a round waits once');
  assert.equal(await queue.flush(async () => ({ ok: false, kind: 'network' })), 0);
  assert.equal(queue.list().length, 2);
  const seen = [];
  const post = async (url) => {
    seen.push(url);
    return url.includes('/1/') ? { ok: true } : { ok: false, kind: 'other', status: 409 };
  };
  assert.equal(await queue.flush(post), 1);
  assert.deepEqual(seen, ['/api/v1/games/rounds/1/finish', '/api/v1/games/rounds/2/finish']);
  assert.deepEqual(queue.list(), [], 'a round the server refused does not wait for ever');
});
