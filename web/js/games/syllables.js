// Syllable puzzle's rules for the page, the twin of the server's replay
// (`crates/games/src/syllables/mod.rs`): the same level numbers, the same seed deals the same
// words and tiles, the same taps come to the same lives, score and stars. Checked against
// `crates/games/vectors/syllables.json`.

import { rng } from './rng.js';

export const LEVELS = 30;
export const LIVES = 3;
export const MAX_TAPS = 600;
export const MAX_MS = 30 * 60 * 1000;
/** The tile of a word whose time ran out. */
export const TIMEOUT = -1;

/** A level's numbers: `{ words, distractors, min, max, limit_ms }` (limit 0: no timer). */
export function params(level) {
  const l = Math.min(Math.max(level, 1), LEVELS);
  const [min, max] = l <= 5 ? [2, 2] : l <= 15 ? [1, 3] : [1, 4];
  const limit_ms = l <= 10 ? 0 : (30 - Math.floor(((l - 11) * 20) / 19)) * 1000;
  return {
    words: Math.min(6, 3 + Math.floor((l - 1) / 8)),
    distractors: Math.min(4, Math.floor((l - 1) / 4)),
    min,
    max,
    limit_ms,
  };
}

/** A level's config from the whole word list, as the server builds it. */
export function config(level, list) {
  const p = params(level);
  const pool = list.filter((w) => w.syllables.length >= p.min && w.syllables.length <= p.max);
  return { level: Math.min(Math.max(level, 1), LEVELS), words: p.words, distractors: p.distractors, limit_ms: p.limit_ms, lives: LIVES, pool };
}

/** The round's words: `[{ word, tiles }]`, `word` a pool index, tiles in the order shown. */
export function deal(seed, pool, p) {
  const r = rng(seed);
  const order = r.shuffle([...pool.keys()]).slice(0, p.words);
  const all = [];
  for (const w of pool) for (const s of w.syllables) if (!all.includes(s)) all.push(s);
  return order.map((word) => {
    const own = pool[word].syllables;
    const others = r.shuffle(all.filter((s) => !own.includes(s)));
    const tiles = [...own, ...others.slice(0, p.distractors)];
    const at = r.shuffle([...tiles.keys()]);
    return { word, tiles: at.map((i) => tiles[i]) };
  });
}

/** 10 a syllable, 2 a level, 1 for each second under ten. */
export const wordPoints = (syllables, level, ms) => 10 * syllables + 2 * level + Math.max(0, 10 - Math.floor(ms / 1000));

/** A round in play. */
export function newPlay(pool, puzzles, level, limitMs) {
  return {
    pool, puzzles, level, limitMs, taps: [], last: 0,
    word: 0, placed: 0, start: 0, used: (puzzles[0]?.tiles || []).map(() => false),
    solved: 0, mistakes: 0, lives: LIVES, points: 0, finished: puzzles.length === 0,
  };
}

/** The round is over: no lives left or every word done. */
export const over = (play) => play.lives === 0 || play.word >= play.puzzles.length;

/** The syllables the current word still needs, and its text. */
export const current = (play) => play.pool[play.puzzles[play.word]?.word];

function nextWord(play, ms) {
  play.word += 1;
  play.placed = 0;
  play.start = ms;
  play.used = (play.puzzles[play.word]?.tiles || []).map(() => false);
  play.finished = play.word === play.puzzles.length && play.lives > 0;
}

/**
 * Taps tile `tile` at `ms` (`TIMEOUT` when the word's time ran out): null when not allowed,
 * else `{ right, solved, timeout }`.
 */
export function tap(play, ms, tile) {
  if (over(play) || play.taps.length >= MAX_TAPS) return null;
  const t = Math.min(Math.max(Math.round(ms), play.last), MAX_MS);
  const end = play.start + play.limitMs;
  const syllables = current(play).syllables;
  if (tile === TIMEOUT) {
    if (!play.limitMs) return null;
    const at = Math.max(t, end);
    play.taps.push([at, TIMEOUT]);
    play.last = at;
    play.mistakes += 1;
    play.lives -= 1;
    nextWord(play, at);
    return { right: false, solved: false, timeout: true };
  }
  if (play.limitMs && t > end) return null;
  if (!(tile >= 0 && tile < play.used.length) || play.used[tile]) return null;
  play.taps.push([t, tile]);
  play.last = t;
  const right = play.puzzles[play.word].tiles[tile] === syllables[play.placed];
  if (right) {
    play.used[tile] = true;
    play.placed += 1;
  } else {
    play.mistakes += 1;
    play.lives -= 1;
  }
  const solved = play.placed === syllables.length;
  if (solved) {
    play.solved += 1;
    play.points += wordPoints(syllables.length, play.level, t - play.start);
    nextWord(play, t);
  }
  return { right, solved, timeout: false };
}

/** What the server will make of the round: `{ score, stars, passed }`. */
export function outcome(play) {
  const score = Math.max(0, play.points - 5 * play.mistakes);
  return { score, stars: play.finished ? play.lives : 0, passed: play.finished };
}

/** The round's log as the server takes it. */
export const log = (play) => ({ taps: play.taps });
