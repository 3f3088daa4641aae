// Flash memory's rules for the page, the twin of the server's replay
// (`crates/games/src/flash.rs`): the same seed flashes the same pictures and lays out the same
// tiles, the same picks come to the same score and stars. Checked against
// `crates/games/vectors/flash.json`.

import { rng } from './rng.js';

export const LEVELS = 100;
export const MAX_MS = 10 * 60 * 1000;
const OPTIONS = [0, 0, 6, 6, 9, 9, 12, 12, 12, 15, 15, 18, 18];
const clamp = (level) => Math.min(Math.max(level, 1), LEVELS);

/** Pictures shown: 2 on levels 1–9, one more every nine levels, 12 from level 91. */
export const shown = (level) => Math.min(12, 2 + Math.floor((clamp(level) - 1) / 9));
/** Tiles to choose from, filling rows of three. */
export const options = (level) => OPTIONS[shown(level)];
/** 5000 ms on level 1 down to 800 ms on level 100. */
export const showMs = (level) => 5000 - Math.floor(((clamp(level) - 1) * 4200) / 99);

/** `{ shown, tiles }`: indices into the pictures, flashed and laid out. */
export function deal(seed, pool, shownCount, optionCount) {
  const r = rng(seed);
  const order = r.shuffle([...Array(pool).keys()]).slice(0, optionCount);
  const tiles = r.shuffle([...order]);
  return { shown: order.slice(0, shownCount), tiles };
}

/** A round in play: `{ deal, picked[], picks[], right, wrong, last }`. */
export function newPlay(d) {
  return { deal: d, picked: d.tiles.map(() => false), picks: [], right: 0, wrong: 0, last: 0 };
}

/** Whether tile `tile` may be picked now. */
export const canPick = (play, tile) =>
  tile >= 0 && tile < play.deal.tiles.length && !play.picked[tile] && !done(play);

/** Picks tile `tile` at `ms`: null when not allowed, else `{ right }`. */
export function pick(play, ms, tile) {
  if (!canPick(play, tile)) return null;
  const t = Math.min(Math.max(Math.round(ms), play.last), MAX_MS);
  play.picks.push([t, tile]);
  play.picked[tile] = true;
  play.last = t;
  const right = play.deal.shown.includes(play.deal.tiles[tile]);
  if (right) play.right += 1; else play.wrong += 1;
  return { right };
}

/** As many picks as pictures shown: the round is over. */
export const done = (play) => play.picks.length >= play.deal.shown.length;

export const score = (right, wrong) => Math.max(0, 10 * right - 5 * wrong);

/**
 * Stars by right picks of the pictures shown (a wrong pick takes a right one's place, as the
 * round ends at `shown` picks): all → 3, ¾ → 2, half → 1.
 */
export function stars(right, shownCount) {
  if (right >= shownCount) return 3;
  if (4 * right >= 3 * shownCount) return 2;
  if (2 * right >= shownCount) return 1;
  return 0;
}

/** What the server will make of the round: `{ score, stars, passed }`. */
export function outcome(play) {
  const s = stars(play.right, play.deal.shown.length);
  return { score: score(play.right, play.wrong), stars: s, passed: s > 0 };
}

/** The round's log as the server takes it. */
export const log = (play) => ({ picks: play.picks });
