// The page's game rules against the vectors the server's replay is checked with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rng } from './rng.js';
import { newGame, slideLeft, step } from './g2048.js';

const vectors = (name) => JSON.parse(readFileSync(new URL(`../../../crates/games/vectors/${name}.json`, import.meta.url)));

test('the generator draws what the server draws', () => {
  for (const v of vectors('rng')) {
    const r = rng(v.seed);
    assert.deepEqual(v.u32s.map(() => r.u32()), v.u32s);
    assert.deepEqual(v.below10.map(() => r.below(10)), v.below10);
    assert.deepEqual(r.shuffle([0, 1, 2, 3, 4, 5, 6, 7]), v.shuffled);
  }
});

test('2048: rows slide and merge, and rounds end on the server\'s board and score', () => {
  const v = vectors('2048');
  for (const s of v.slides) assert.deepEqual(slideLeft(s.row), { row: s.left, points: s.points });
  for (const r of v.rounds) {
    const play = newGame(r.seed);
    for (const d of r.moves) step(play, d);
    assert.deepEqual([play.board, play.score], [r.board, r.score], `seed ${r.seed}`);
  }
});
