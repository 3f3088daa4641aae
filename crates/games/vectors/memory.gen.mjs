// Writes memory.json from the page's rules (web/js/games/memory.js); the Rust rules are then
// checked against it: `node crates/games/vectors/memory.gen.mjs > crates/games/vectors/memory.json`.
import { deal, newPlay, flip, done, outcome } from '../../../web/js/games/memory.js';
import { rng } from '../../../web/js/games/rng.js';
const POOL = { uz: 28, ru: 25, en: 25 };
const PAIRS = [6, 8, 15];
const decks = [];
for (const [lang, pool] of Object.entries(POOL)) for (const [i, pairs] of PAIRS.entries())
  for (const seed of [1, 42 + i, 3000000000 + i * 7]) {
    const d = deal(seed, pool, pairs);
    decks.push({ lang, level: i + 1, seed, pool, pairs, picks: d.picks, deck: d.deck });
  }
// A player who remembers what it saw with some forgetting; time in irregular steps.
function game(seed, pool, pairs, forget, stopAfter) {
  const { deck } = deal(seed, pool, pairs);
  const p = newPlay(deck);
  const r = rng(seed ^ 0x9e3779b9);
  const seen = new Map();
  let ms = 0;
  const tick = () => { ms += 300 + r.below(2500); return ms; };
  while (!done(p) && p.moves < stopAfter) {
    const down = deck.map((_, i) => i).filter((i) => !p.up[i]);
    // a known pair?
    let a = null; let b = null;
    for (const i of down) { const j = seen.get(deck[i] ^ 1); if (j !== undefined && !p.up[j] && j !== i && r.float() > forget) { a = i; b = j; break; } }
    if (a === null) {
      const unseen = down.filter((i) => ![...seen.values()].includes(i));
      a = (unseen.length ? unseen : down)[r.below((unseen.length ? unseen : down).length)];
      flip(p, tick(), a); seen.set(deck[a], a);
      const j = seen.get(deck[a] ^ 1);
      if (j !== undefined && !p.up[j] && j !== a && r.float() > forget) b = j;
      else { const rest = down.filter((i) => i !== a); b = rest[r.below(rest.length)]; }
      flip(p, tick(), b); seen.set(deck[b], b);
    } else { flip(p, tick(), a); flip(p, tick(), b); }
  }
  return { seed, pool, pairs, flips: p.flips, moves: p.moves, ...outcome(p) };
}
const games = [];
for (const [k, pairs] of PAIRS.entries()) {
  games.push(game(7 + k, 28, pairs, 0, 999));
  games.push(game(100 + k, 25, pairs, 0.5, 999));
  games.push(game(2000 + k, 25, pairs, 0.9, 999));
}
games.push(game(300, 25, 6, 1, 999));
games.push(game(55, 28, 6, 0.3, 3)); // unfinished
const d0 = deal(9, 25, 6).deck;
const pairOf = (k) => [d0.indexOf(2 * k), d0.indexOf(2 * k + 1)];
const [a, b] = pairOf(0);
const illegal = [
  { why: 'the same card twice in a turn', seed: 9, pool: 25, pairs: 6, flips: [[0, a], [10, a]] },
  { why: 'a card already face up', seed: 9, pool: 25, pairs: 6, flips: [[0, a], [10, b], [20, a]] },
  { why: 'time going back', seed: 9, pool: 25, pairs: 6, flips: [[500, a], [400, pairOf(1)[0]]] },
  { why: 'a card outside the deck', seed: 9, pool: 25, pairs: 6, flips: [[0, 12]] },
  { why: 'time past the round', seed: 9, pool: 25, pairs: 6, flips: [[0, a], [1800001, b]] },
];
console.log(JSON.stringify({ decks, games, illegal }));
