// Syllable puzzle's page rules against the server's vectors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { params, config, deal, newPlay, tap, outcome, TIMEOUT } from './syllables.js';

const v = JSON.parse(readFileSync(new URL('../../../crates/games/vectors/syllables.json', import.meta.url)));
const list = JSON.parse(readFileSync(new URL('../../../crates/games/content/syllables-uz.json', import.meta.url)));

const playOf = (seed, level) => {
  const c = config(level, list);
  const p = params(level);
  return newPlay(c.pool, deal(seed, c.pool, p), level, p.limit_ms);
};

test('syllables: every level has the server\'s numbers and pool', () => {
  for (const l of v.levels) {
    const { level, pool, ...numbers } = l;
    assert.deepEqual(params(level), numbers, `level ${level}`);
    assert.equal(config(level, list).pool.length, pool, `level ${level}`);
  }
});

test('syllables: the seed deals the same words and tiles as the server', () => {
  for (const d of v.deals) {
    assert.deepEqual(deal(d.seed, config(d.level, list).pool, params(d.level)), d.puzzles, `level ${d.level} seed ${d.seed}`);
  }
});

test('syllables: whole rounds come to the server\'s lives, score and stars', () => {
  for (const g of v.games) {
    const play = playOf(g.seed, g.level);
    for (const [ms, tile] of g.taps) assert.ok(tap(play, ms, tile), `seed ${g.seed}`);
    assert.deepEqual([play.solved, play.mistakes, play.lives], [g.solved, g.mistakes, g.lives]);
    assert.deepEqual(outcome(play), { score: g.score, stars: g.stars, passed: g.passed }, `seed ${g.seed}`);
  }
});

test('syllables: the page refuses the taps the server refuses', () => {
  for (const bad of v.illegal.filter((b) => !/time|timeout/.test(b.why))) {
    const play = playOf(bad.seed, bad.level);
    const all = bad.taps.map(([ms, tile]) => tap(play, ms, tile));
    assert.equal(all.at(-1), null, bad.why);
  }
  // A word's time running out is logged when it ran out, never earlier, and only on a timed level.
  const timed = playOf(8, 12);
  tap(timed, 100, TIMEOUT);
  assert.deepEqual(timed.taps, [[params(12).limit_ms, TIMEOUT]]);
  assert.equal(tap(playOf(8, 3), 90000, TIMEOUT), null);
  const late = playOf(8, 12);
  assert.equal(tap(late, params(12).limit_ms + 1, 0), null, 'a tap after the time ran out');
});
