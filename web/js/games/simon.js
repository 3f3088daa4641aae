// Simon's rules for the page, the twin of the server's replay (`crates/games/src/simon.rs`):
// the same seed plays the same sequence, the same taps come to the same score. Checked against
// `crates/games/vectors/simon.json`.

import { rng } from './rng.js';

export const PADS = 4;
export const MAX_LEN = 50;
export const LEAD_MS = 1000;
export const GAP_MS = 1000;
export const MAX_MS = 60 * 60 * 1000;
export const PASS_LEN = 5;

/** One step's time in a turn of `k` steps: 800 ms, 50 ms faster each turn, at least 300 ms. */
export const stepMs = (k) => Math.max(300, 800 - 50 * (k - 1));

/** The round's whole sequence (its first `k` steps are turn `k`'s). */
export function sequence(seed) {
  const r = rng(seed);
  return Array.from({ length: MAX_LEN }, () => r.below(PADS));
}

/**
 * A round in play: `turn` steps are asked this turn, `at` of them tapped; the turn's playback
 * starts at `start` ms; `score` turns repeated; `over` after a mistake or the whole sequence.
 */
export function newPlay(seed) {
  return { seq: sequence(seed), taps: [], turn: 1, at: 0, start: LEAD_MS, last: 0, score: 0, mistake: false, over: false };
}

/** When the current turn's playback has played: taps count from then on. */
export const playbackEnd = (play) => play.start + play.turn * stepMs(play.turn);

/** Whether `pad` may be tapped at `ms` (as the server checks it). */
export const canTap = (play, ms, pad) => !play.over && Number.isInteger(pad) && pad >= 0 && pad < PADS
  && ms >= play.last && ms >= playbackEnd(play) && ms <= MAX_MS;

/**
 * Taps `pad` at `ms`: null when not allowed, else `{ right, turnDone, over }`. The page passes
 * its clock; a time before the playback ended (a timer a little early) counts as its end.
 */
export function tap(play, ms, pad, { clamp = true } = {}) {
  const t = clamp ? Math.max(Math.ceil(ms), play.last, playbackEnd(play)) : ms;
  if (!canTap(play, t, pad)) return null;
  play.taps.push([t, pad]);
  play.last = t;
  if (play.seq[play.at] !== pad) {
    play.mistake = true;
    play.over = true;
    return { right: false, turnDone: false, over: true };
  }
  play.at += 1;
  if (play.at < play.turn) return { right: true, turnDone: false, over: false };
  play.score = play.turn;
  play.turn += 1;
  play.at = 0;
  play.start = t + GAP_MS;
  play.over = play.turn > MAX_LEN;
  return { right: true, turnDone: true, over: play.over };
}

/** What the server will make of the round: `{ score, stars, passed }`. */
export const outcome = (play) => ({ score: play.score, stars: 0, passed: play.score >= PASS_LEN });

/** Coins the server pays a child for the round (before the daily cap). */
export const coins = (score) => Math.min(Math.floor(score / 3), 10);

/** The round's log as the server takes it. */
export const log = (play) => ({ taps: play.taps });

/** Keys: 1–4, and the arrows clockwise from the top-left pad (↑ → ↓ ←). */
export const KEYS = { 1: 0, 2: 1, 3: 2, 4: 3, ArrowUp: 0, ArrowRight: 1, ArrowLeft: 2, ArrowDown: 3 };
