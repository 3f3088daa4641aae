// Letter Memory's page rules against the server's vectors, and the outbox of unsent rounds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deal, flip, newPlay, outcome, canFlip } from './memory.js';
import { enqueue, flush, verdict, waiting } from './memory-outbox.js';

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

function memoryStore() {
  const m = new Map();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, val) => m.set(k, String(val)), removeItem: (k) => m.delete(k) };
}

test('memory: an unsent round waits until it is sent or refused for good', async () => {
  const store = memoryStore();
  enqueue(store, { round_id: 1, body: { log: { flips: [] } } });
  enqueue(store, { round_id: 2, body: {} });
  enqueue(store, { round_id: 1, body: { again: true } });
  assert.deepEqual(waiting(store).map((w) => w.round_id), [2, 1]);
  assert.equal(await flush(store, async () => 'later'), 0);
  assert.equal(waiting(store).length, 2, 'offline: both still wait');
  const seen = [];
  assert.equal(await flush(store, async (w) => { seen.push(w.round_id); return w.round_id === 2 ? 'gone' : 'sent'; }), 1);
  assert.deepEqual(seen, [2, 1]);
  assert.deepEqual(waiting(store), []);
  assert.deepEqual([200, 0, 503, 401, 409, 422, 404].map(verdict), ['sent', 'later', 'later', 'later', 'gone', 'gone', 'gone']);
});
