// Letter Memory's page rules against the server's vectors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deal, flip, newPlay, outcome, canFlip } from './memory.js';

const v = JSON.parse(readFileSync(new URL('../../../crates/games/vectors/memory.json', import.meta.url)));

test('memory: the seed lays out the same cards as the server', () => {
  for (const d of v.decks) {
    assert.deepEqual(deal(d.seed, d.pool, d.pairs), { picks: d.picks, deck: d.deck }, `${d.lang} seed ${d.seed}`);
  }
});

test('memory: whole games come to the server\'s moves, score and stars', () => {
  for (const g of v.games) {
    const play = newPlay(deal(g.seed, g.pool, g.pairs).deck);
    for (const [ms, card] of g.flips) assert.ok(flip(play, ms, card), `seed ${g.seed}`);
    assert.equal(play.moves, g.moves);
    assert.deepEqual(outcome(play), { score: g.score, stars: g.stars, passed: g.passed }, `seed ${g.seed}`);
  }
});

test('memory: the page refuses the flips the server refuses', () => {
  for (const bad of v.illegal.filter((b) => !b.why.startsWith('time'))) {
    const play = newPlay(deal(bad.seed, bad.pool, bad.pairs).deck);
    const all = bad.flips.map(([ms, card]) => canFlip(play, card) && flip(play, ms, card));
    assert.equal(all.at(-1), false, bad.why);
  }
  // Time cannot go back in the page's log: a late clock reading is held at the last one.
  const play = newPlay(deal(9, 25, 6).deck);
  flip(play, 500, 0);
  flip(play, 400, 1);
  assert.deepEqual(play.flips.map(([ms]) => ms), [500, 500]);
});
