// Letter Memory's rules for the page, the twin of the server's replay
// (`crates/games/src/memory.rs`): the same seed lays out the same cards, the same flips make
// the same moves, score and stars. Checked against `crates/games/vectors/memory.json`.

import { rng } from './rng.js';

export const MAX_FLIPS = 2000;
export const MAX_MS = 30 * 60 * 1000;

/**
 * The deck of a round: card `i` shows pair `deck[i] >> 1`, its letter when even, its picture
 * word when odd; `picks` are the chosen pool entries, pair by pair.
 */
export function deal(seed, pool, pairs) {
  const r = rng(seed);
  const picks = r.shuffle([...Array(pool).keys()]).slice(0, pairs);
  const deck = r.shuffle([...Array(2 * picks.length).keys()]);
  return { picks, deck };
}

/** 100 a pair, 50 for each move under twice the pairs, 5 for each second under 6 s a pair. */
export function score(pairs, moves, ms) {
  const secs = Math.floor(ms / 1000);
  return 100 * pairs + 50 * Math.max(0, 2 * pairs - moves) + 5 * Math.max(0, 6 * pairs - secs);
}

/** 3 stars for at most 1.5 moves a pair, 2 for at most 2, else 1. */
export function stars(pairs, moves) {
  if (2 * moves <= 3 * pairs) return 3;
  if (moves <= 2 * pairs) return 2;
  return 1;
}

/** A round in play: `{ deck, up[], open, moves, matched, flips[], last }`. */
export function newPlay(deck) {
  return { deck, up: deck.map(() => false), open: null, moves: 0, matched: 0, flips: [], last: 0 };
}

/** Whether card `card` may be turned now. */
export const canFlip = (play, card) =>
  card >= 0 && card < play.deck.length && !play.up[card] && play.open !== card
  && play.flips.length < MAX_FLIPS;

/**
 * Turns card `card` at `ms`: null when not allowed, else `{ first: true }` for a turn's first
 * card or `{ first: false, match, a, b }` for its second.
 */
export function flip(play, ms, card) {
  if (!canFlip(play, card)) return null;
  const t = Math.min(Math.max(Math.round(ms), play.last), MAX_MS);
  play.flips.push([t, card]);
  play.last = t;
  if (play.open === null) {
    play.open = card;
    return { first: true };
  }
  const a = play.open;
  play.open = null;
  play.moves += 1;
  const match = play.deck[a] >> 1 === play.deck[card] >> 1;
  if (match) {
    play.up[a] = true;
    play.up[card] = true;
    play.matched += 1;
  }
  return { first: false, match, a, b: card };
}

/** Every pair is found. */
export const done = (play) => play.matched * 2 === play.deck.length;

/** What the server will make of the round: `{ score, stars, passed }`. */
export function outcome(play) {
  const pairs = play.deck.length / 2;
  if (!done(play) || pairs === 0) return { score: 0, stars: 0, passed: false };
  return { score: score(pairs, play.moves, play.last), stars: stars(pairs, play.moves), passed: true };
}

/** The round's log as the server takes it. */
export const log = (play) => ({ flips: play.flips });
