// Math Monster's page rules against the vectors the server's replay is checked with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { outcome, promptText, rightOption, spoken, stars } from './math-monster.js';

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
  const t = (k) => ({ plus: 'plus', minus: 'minus', equals: 'equals what?' })[k];
  assert.equal(spoken([12, 5], t), '12 plus 5 equals what?');
  assert.deepEqual([0, 4, 5, 6, 7, 9, 10].map(stars), [0, 0, 1, 1, 2, 2, 3]);
});
