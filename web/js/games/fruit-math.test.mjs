// Fruit math's page rules against the vectors the server's replay is checked with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { answer, evaluate, newPlay, outcome, rightOption, stars } from './fruit-math.js';

const v = JSON.parse(readFileSync(new URL('../../../crates/games/vectors/fruit-math.json', import.meta.url)));

test('fruit math: the page works out every vector puzzle\'s answer and finds it among the options', () => {
  for (const level of v.puzzles) {
    level.puzzles.forEach((p, i) => {
      const r = rightOption(p);
      assert.equal(r.answer, level.answers[i], `seed ${level.seed} level ${level.level}`);
      assert.ok(r.option >= 0);
    });
  }
});

test('fruit math: rounds on the server\'s puzzles come to the server\'s score, stars and coins', () => {
  for (const r of v.rounds) {
    const puzzles = v.puzzles.find((p) => p.seed === r.seed && p.level === r.level).puzzles;
    const play = newPlay(puzzles);
    for (const [ms, o] of r.answers) assert.ok(answer(play, ms, o), `seed ${r.seed}`);
    assert.deepEqual(outcome(play), { score: r.score, stars: r.stars, passed: r.passed, coins: r.coins });
  }
});

test('fruit math: signs before sums, brackets first, a wrong option is not tapped twice', () => {
  assert.equal(evaluate([0, '+', 1, '×', 2], [1, 2, 3]), 7);
  assert.equal(evaluate(['(', 0, '+', 1, ')', '×', 2], [1, 2, 3]), 9);
  assert.equal(evaluate([0, '−', 1], [2, 2]), null);
  const play = newPlay([{ fruits: ['🍎'], lines: [{ left: [0, '+', 0], right: 6 }], question: [0], options: [1, 3, 5, 7] }]);
  assert.deepEqual(answer(play, 10, 0), { right: false });
  assert.equal(answer(play, 20, 0), null);
  assert.deepEqual(answer(play, 30, 1), { right: true });
  assert.deepEqual(outcome(play), { score: 5, stars: 0, passed: false, coins: 0 });
  assert.deepEqual([30, 20, 19, 10, 9].map(stars), [3, 2, 1, 1, 0]);
});
