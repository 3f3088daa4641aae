// Dictation's rules for the page, the twin of the server's replay
// (`crates/games/src/dictation.rs`): an answer is compared after the same normalising, earns
// the same points, and a round the same stars. The items come with the round's config; `draw`
// (from the lists in `crates/games/content/`) is here for the shared vectors. Checked against
// `crates/games/vectors/dictation.json`.

import { rng } from './rng.js';

export const LEVELS = 100;
export const ITEMS = 5;
export const PASS = 3;
export const MAX_TYPED = 200;
const WORDS_TO = 40;
const PHRASES_TO = 70;
const WINDOW = 15;

/** `[kind, k, n]`: what a level dictates, its place among the `n` levels of that kind. */
export function kindOf(level) {
  const l = Math.min(Math.max(level, 1), LEVELS);
  if (l <= WORDS_TO) return ['words', l - 1, WORDS_TO];
  if (l <= PHRASES_TO) return ['phrases', l - WORDS_TO - 1, PHRASES_TO - WORDS_TO];
  return ['sentences', l - PHRASES_TO - 1, LEVELS - PHRASES_TO];
}

const chars = (s) => [...s].length;

/** The items of (`seed`, `level`) from a language's lists (`{words, phrases, sentences}`). */
export function draw(lists, seed, level) {
  const [kind, k, n] = kindOf(level);
  const list = [...lists[kind]].sort((a, b) => chars(a) - chars(b));
  const window = Math.min(WINDOW, list.length);
  const start = Math.floor((k * (list.length - window)) / (n - 1));
  const order = rng(seed).shuffle([...Array(window).keys()]);
  return order.slice(0, ITEMS).map((i) => list[start + i]);
}

const PUNCTUATION = /[,.!?;:"«»“”—–\-()…]/g;
const APOSTROPHES = /['‘’`ʻʼ]/g;

/**
 * An answer as it is compared: punctuation and spaces around words gone, lower case, the
 * apostrophe forms one, ё as е.
 */
export function normalise(s) {
  const folded = String(s).replace(PUNCTUATION, ' ').replace(APOSTROPHES, "'")
    .replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  return folded.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase()).join(' ');
}

/** Edit distance between two strings, in characters. */
export function distance(a, b) {
  const bs = [...b];
  const row = [...Array(bs.length + 1).keys()];
  [...a].forEach((ca, i) => {
    let diag = row[0];
    row[0] = i + 1;
    bs.forEach((cb, j) => {
      const next = Math.min(row[j + 1] + 1, row[j] + 1, diag + (ca === cb ? 0 : 1));
      diag = row[j + 1];
      row[j + 1] = next;
    });
  });
  return row[bs.length];
}

/** Whether an answer is right. */
export const isRight = (item, typed) => normalise(item) === normalise(typed);

/** 10 when right, else 10 × the share of the item's letters right, rounded down. */
export function points(item, typed) {
  const a = normalise(item);
  const len = Math.max(chars(a), 1);
  const right = Math.max(0, len - distance(a, normalise(typed)));
  return Math.floor((10 * right) / len);
}

/** Right items of five: 5 → 3, 4 → 2, 3 → 1. */
export const stars = (right) => (right >= 5 ? 3 : right === 4 ? 2 : right === 3 ? 1 : 0);

/** What the server will make of a round: `{ score, stars, passed, right }`. */
export function outcome(items, answers) {
  let right = 0;
  let score = 0;
  items.forEach((item, i) => {
    if (i >= answers.length) return;
    const typed = answers[i][1];
    score += points(item, typed);
    if (isRight(item, typed)) right += 1;
  });
  return { score, stars: stars(right), passed: right >= PASS, right };
}

/** The round's log as the server takes it. */
export const log = (answers) => ({ answers });
