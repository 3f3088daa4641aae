// A Tetris game as the page plays it: fixed 60-a-second ticks fed by elapsed time, keys turned
// into the log's inputs (with the page's own key repeat for ← →), and the log the server
// replays. No DOM here, so it is tested under node (`tetris-session.test.mjs`).

import { newGame, input, step } from './tetris.js';

export const TICK_MS = 1000 / 60;
/** Ticks before a held ← or → starts repeating, and between repeats. */
export const DAS = 10;
export const ARR = 2;
/** The longest catch-up after a stall (a tab in the background): a quarter second. */
const MAX_STEPS = 15;

/** A game for `seed`: `press(key)`, `release(key)`, `advance(ms)`, `log()`. */
export function session(seed) {
  const play = newGame(seed);
  const inputs = [];
  const queued = [];
  let acc = 0;
  let held = null; // 'L' | 'R' | null: the side key held down, for repeat
  let heldFor = 0;

  const apply = (name) => {
    inputs.push([play.tick, name]);
    input(play, name);
  };

  const tick = () => {
    for (const name of queued.splice(0)) apply(name);
    if (held && !play.over) {
      heldFor += 1;
      if (heldFor >= DAS && (heldFor - DAS) % ARR === 0) apply(held);
    }
    step(play);
  };

  return {
    play,
    /** A key went down: `L R CW CCW SD HD HOLD`; it takes effect on the next tick. */
    press(key) {
      if (play.over) return;
      if (key === 'L' || key === 'R') {
        held = key;
        heldFor = -1; // the press tick itself is not held time
      }
      queued.push(key);
    },
    /** A key came up: ends the soft drop or the side repeat. */
    release(key) {
      if (key === 'SD' && !play.over) queued.push('SU');
      if (key === held) held = null;
    },
    /** Runs the ticks `ms` of time holds; returns how many ran. */
    advance(ms) {
      acc += ms;
      let n = 0;
      while (acc >= TICK_MS && !play.over) {
        acc -= TICK_MS;
        if (n < MAX_STEPS) {
          tick();
          n += 1;
        }
      }
      if (n >= MAX_STEPS) acc = 0;
      return n;
    },
    /** The log the server replays. */
    log() {
      return { inputs: inputs.map((i) => [...i]), ticks: play.tick };
    },
  };
}
