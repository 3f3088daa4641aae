// Flash memory's page rules against the server's vectors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { canPick, deal, newPlay, options, outcome, pick, showMs, shown } from './flash.js';

const v = JSON.parse(readFileSync(new URL('../../../crates/games/vectors/flash.json', import.meta.url)));

test('flash: each level shows the server\'s counts for the server\'s time', () => {
  for (const l of v.levels) {
    assert.deepEqual([shown(l.level), options(l.level), showMs(l.level)], [l.shown, l.options, l.show_ms], `level ${l.level}`);
  }
});

test('flash: the seed flashes and lays out the same pictures as the server', () => {
  for (const d of v.deals) {
    assert.deepEqual(deal(d.seed, 48, shown(d.level), options(d.level)), { shown: d.shown, tiles: d.tiles }, `seed ${d.seed}`);
  }
});

test('flash: whole rounds come to the server\'s score and stars', () => {
  for (const g of v.games) {
    const play = newPlay(deal(g.seed, 48, shown(g.level), options(g.level)));
    for (const [ms, tile] of g.picks) assert.ok(pick(play, ms, tile), `seed ${g.seed}`);
    assert.deepEqual([play.right, play.wrong], [g.right, g.wrong]);
    assert.deepEqual(outcome(play), { score: g.score, stars: g.stars, passed: g.passed }, `seed ${g.seed}`);
  }
});

test('flash: the page refuses the picks the server refuses', () => {
  for (const bad of v.illegal.filter((b) => !b.why.startsWith('time'))) {
    const play = newPlay(deal(bad.seed, 48, shown(bad.level), options(bad.level)));
    const all = bad.picks.map(([ms, tile]) => canPick(play, tile) && pick(play, ms, tile));
    assert.equal(all.at(-1), false, bad.why);
  }
  const play = newPlay(deal(9, 48, 2, 6));
  pick(play, 500, 0);
  pick(play, 400, 1);
  assert.deepEqual(play.picks.map(([ms]) => ms), [500, 500], 'a late clock reading is held at the last one');
});
