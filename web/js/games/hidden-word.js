// Hidden word's rules for the page, the twin of the server's replay
// (`crates/games/src/hidden_word/mod.rs`): the same seed gives the same key of pictures, the
// same letters come to the same mistakes, score and stars. Checked against
// `crates/games/vectors/hidden-word.json`.

import { rng } from './rng.js';

export const LEVELS = 100;
export const MAX_TAPS = 500;
export const MAX_MS = 30 * 60 * 1000;
export const SYMBOLS = ['🐶', '🐱', '🐭', '🐰', '🦊', '🐻', '🐼', '🐨', '🐯', '🦁', '🐮', '🐷', '🐸', '🐵', '🐔',
  '🐧', '🐦', '🐳', '🦆', '🦉', '🐺', '🐴', '🦄', '🐝', '🐛', '🦋', '🐌', '🐞', '🐢', '🐙'];

/** Extra letters in the key of a level: 2, one more every 25 levels. */
export const extras = (level) => 2 + Math.floor((Math.min(Math.max(level, 1), LEVELS) - 1) / 25);

/** Splits `word` into the alphabet's letters, longest first, backing off where that fails. */
export function letters(word, alphabet) {
  if (word === '') return [];
  const sorted = [...alphabet].sort((a, b) => b.length - a.length);
  for (const l of sorted) {
    if (!word.startsWith(l)) continue;
    const rest = letters(word.slice(l.length), alphabet);
    if (rest) return [l, ...rest];
  }
  return null;
}

/** The key of a round, in the order shown: `[[letter, picture], …]`. */
export function deal(seed, word, alphabet, n) {
  const r = rng(seed);
  const order = r.shuffle([...SYMBOLS.keys()]);
  const key = [];
  for (const l of word) if (!key.includes(l)) key.push(l);
  const others = r.shuffle(alphabet.filter((l) => !key.includes(l) && !['ʼ', 'ъ', 'ь'].includes(l)));
  key.push(...others.slice(0, n));
  const pairs = key.slice(0, SYMBOLS.length).map((l, i) => [l, SYMBOLS[order[i]]]);
  return r.shuffle(pairs);
}

export const stars = (mistakes) => (mistakes === 0 ? 3 : mistakes <= 2 ? 2 : 1);
export const score = (n, level, mistakes) => Math.max(0, 10 * n + level - 5 * mistakes);

/** A round in play. */
export function newPlay(word, key, level) {
  return { word, key, level, written: 0, mistakes: 0, taps: [], last: 0 };
}

export const done = (play) => play.written === play.word.length;

/** Writes `letter` at `ms`: null when not allowed, else `{ right }`. */
export function write(play, ms, letter) {
  if (done(play) || play.taps.length >= MAX_TAPS || !play.key.some(([l]) => l === letter)) return null;
  const t = Math.min(Math.max(Math.round(ms), play.last), MAX_MS);
  play.taps.push([t, letter]);
  play.last = t;
  const right = letter === play.word[play.written];
  if (right) play.written += 1; else play.mistakes += 1;
  return { right };
}

/** What the server will make of the round: `{ score, stars, passed }`. */
export function outcome(play) {
  if (!done(play) || play.word.length === 0) return { score: 0, stars: 0, passed: false };
  return { score: score(play.word.length, play.level, play.mistakes), stars: stars(play.mistakes), passed: true };
}

export const log = (play) => ({ letters: play.taps });

/** A level's config from the language's word list and alphabet, as the server builds it. */
export function config(level, list, alphabet) {
  const l = Math.min(Math.max(level, 1), LEVELS);
  const entry = list[(l - 1) % list.length];
  return { level: l, word: letters(entry.word, alphabet) || [], emoji: entry.emoji, extras: extras(l), alphabet };
}
