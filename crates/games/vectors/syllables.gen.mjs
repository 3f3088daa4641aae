// Writes syllables.json from the page's rules (web/js/games/syllables.js); the Rust rules are
// then checked against it:
// `node crates/games/vectors/syllables.gen.mjs > crates/games/vectors/syllables.json`.
import { readFileSync } from 'node:fs';
import { params, config, deal, newPlay, tap, over, outcome, current, TIMEOUT, LEVELS } from '../../../web/js/games/syllables.js';
import { rng } from '../../../web/js/games/rng.js';

const list = JSON.parse(readFileSync(new URL('../content/syllables-uz.json', import.meta.url)));
const levels = [];
for (let l = 1; l <= LEVELS; l += 1) levels.push({ level: l, ...params(l), pool: config(l, list).pool.length });

const deals = [];
for (const level of [1, 6, 13, 20, 30]) for (const seed of [1, 4242, 3000000007]) {
  const c = config(level, list);
  deals.push({ level, seed, puzzles: deal(seed, c.pool, params(level)) });
}

// A child who taps a wrong tile now and then (`miss`) and lets a word's time run out now and
// then (`sleep`), with irregular pauses.
function game(seed, level, miss, sleep, stopAfter = Infinity) {
  const c = config(level, list);
  const p = params(level);
  const play = newPlay(c.pool, deal(seed, c.pool, p), level, p.limit_ms);
  const r = rng(seed ^ 0x5bd1e995);
  let ms = 0;
  while (!over(play) && play.taps.length < stopAfter) {
    if (p.limit_ms && r.float() < sleep) { tap(play, play.start + p.limit_ms, TIMEOUT); continue; }
    ms = Math.max(ms, play.start) + 400 + r.below(3000);
    const tiles = play.puzzles[play.word].tiles;
    const want = current(play).syllables[play.placed];
    const free = tiles.map((_, i) => i).filter((i) => !play.used[i]);
    const right = free.filter((i) => tiles[i] === want);
    const wrong = free.filter((i) => tiles[i] !== want);
    const pick = wrong.length && r.float() < miss ? wrong[r.below(wrong.length)] : right[r.below(right.length)];
    if (!tap(play, ms, pick)) tap(play, ms, TIMEOUT);
  }
  return { seed, level, taps: play.taps, solved: play.solved, mistakes: play.mistakes, lives: play.lives, ...outcome(play) };
}
const games = [];
for (const level of [1, 3, 7, 12, 18, 25, 30]) {
  games.push(game(11 + level, level, 0, 0));
  games.push(game(500 + level, level, 0.15, 0.1));
  games.push(game(9000 + level, level, 0.5, 0.3));
}
games.push(game(77, 9, 0.2, 0, 4)); // left unfinished

const c = config(12, list);
// A seed whose first word has two syllables or more, so its first tile does not end it.
let S = 5;
while (c.pool[deal(S, c.pool, params(12))[0].word].syllables.length < 2) S += 1;
const d = deal(S, c.pool, params(12));
const first = d[0].tiles.indexOf(c.pool[d[0].word].syllables[0]);
const illegal = [
  { why: 'a tile already placed', seed: S, level: 12, taps: [[100, first], [200, first]] },
  { why: 'time going back', seed: S, level: 12, taps: [[500, first], [400, (first + 1) % d[0].tiles.length]] },
  { why: 'a tile outside the word', seed: S, level: 12, taps: [[100, 99]] },
  { why: 'a timeout before the time ran out', seed: S, level: 12, taps: [[28999, TIMEOUT]] },
  { why: 'a tap after the time ran out', seed: S, level: 12, taps: [[29001, first]] },
  { why: 'a timeout on a level without a timer', seed: S, level: 3, taps: [[90000, TIMEOUT]] },
  { why: 'a tap after the round is over', seed: S, level: 12, taps: [[30000, TIMEOUT], [60000, TIMEOUT], [90000, TIMEOUT], [90001, 0]] },
];
console.log(JSON.stringify({ levels, deals, games, illegal }));
