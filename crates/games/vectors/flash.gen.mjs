// Writes flash.json from the page's rules (web/js/games/flash.js); the Rust rules are then
// checked against it: `node crates/games/vectors/flash.gen.mjs > crates/games/vectors/flash.json`.
import { deal, newPlay, pick, outcome, shown, options, showMs } from '../../../web/js/games/flash.js';
import { rng } from '../../../web/js/games/rng.js';

const POOL = 48;
const levels = [1, 2, 9, 10, 18, 19, 50, 90, 91, 99, 100].map((level) =>
  ({ level, shown: shown(level), options: options(level), show_ms: showMs(level) }));
const deals = [];
for (const level of [1, 10, 37, 64, 91, 100]) for (const seed of [1, 42, 3000000000 + level]) {
  deals.push({ seed, level, ...deal(seed, POOL, shown(level), options(level)) });
}
// A player who remembers each picture with chance `recall`, and may stop early.
function game(seed, level, recall, stopAfter) {
  const d = deal(seed, POOL, shown(level), options(level));
  const p = newPlay(d);
  const r = rng(seed ^ 0x5bd1e995);
  let ms = 0;
  while (p.picks.length < Math.min(stopAfter, d.shown.length)) {
    const free = d.tiles.map((_, i) => i).filter((i) => !p.picked[i]);
    const good = free.filter((i) => d.shown.includes(d.tiles[i]));
    const list = good.length && r.float() < recall ? good : free;
    ms += 200 + r.below(3000);
    pick(p, ms, list[r.below(list.length)]);
  }
  return { seed, level, picks: p.picks, right: p.right, wrong: p.wrong, ...outcome(p) };
}
const games = [];
for (const [k, level] of [1, 5, 12, 33, 60, 91, 100].entries()) {
  games.push(game(10 + k, level, 1, 99));
  games.push(game(200 + k, level, 0.7, 99));
  games.push(game(3000 + k, level, 0.2, 99));
}
games.push(game(77, 40, 1, 2)); // "done" pressed early
games.push(game(78, 1, 0, 99));

const illegal = [
  { why: 'the same tile twice', seed: 9, level: 1, picks: [[100, 0], [200, 0]] },
  { why: 'a tile outside the board', seed: 9, level: 1, picks: [[100, 6]] },
  { why: 'time going back', seed: 9, level: 1, picks: [[500, 0], [400, 1]] },
  { why: 'time past the round', seed: 9, level: 1, picks: [[600001, 0]] },
  { why: 'more picks than pictures shown', seed: 9, level: 1, picks: [[1, 0], [2, 1], [3, 2]] },
];

console.log(JSON.stringify({ levels, deals, games, illegal }, null, 0));
