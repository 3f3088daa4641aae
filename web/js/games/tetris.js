// Tetris's rules for the page, the twin of the server's replay (`crates/games/src/tetris/`):
// the same seed, inputs and ticks give the same field, score and lines. Checked against
// `crates/games/vectors/tetris.json`. Play runs in fixed ticks (60 a second); the log is
// `{inputs: [[tick, 'L'|'R'|'CW'|'CCW'|'SD'|'SU'|'HD'|'HOLD'], …], ticks}`.

import { rng } from './rng.js';

export const NAMES = ['I', 'O', 'T', 'S', 'Z', 'J', 'L'];
export const WIDTH = 10;
export const HEIGHT = 40;
export const VISIBLE = 20;
export const LOCK_TICKS = 30;
export const MAX_RESETS = 15;
const SOFT_FACTOR = 20;
const SPAWN_X = 3;
const SPAWN_Y = 21;
const LINE_POINTS = [0, 100, 300, 500, 800];
const I = 0;
const O = 1;

const SPAWN = [
  [[0, 1], [1, 1], [2, 1], [3, 1]],
  [[1, 0], [2, 0], [1, 1], [2, 1]],
  [[1, 0], [0, 1], [1, 1], [2, 1]],
  [[1, 0], [2, 0], [0, 1], [1, 1]],
  [[0, 0], [1, 0], [1, 1], [2, 1]],
  [[0, 0], [0, 1], [1, 1], [2, 1]],
  [[2, 0], [0, 1], [1, 1], [2, 1]],
];

/** The cells of `kind` in state `rot` in its box (x right, y down). */
export function cells(kind, rot) {
  let out = SPAWN[kind].map((c) => [...c]);
  if (kind === O) return out;
  const size = kind === I ? 4 : 3;
  for (let i = 0; i < rot; i += 1) out = out.map(([x, y]) => [size - 1 - y, x]);
  return out;
}

// By state turned from, then [clockwise, counter-clockwise]; offsets x right, y up.
const KICKS_JLSTZ = [
  [[[0, 0], [-1, 0], [-1, 1], [0, -2], [-1, -2]], [[0, 0], [1, 0], [1, 1], [0, -2], [1, -2]]],
  [[[0, 0], [1, 0], [1, -1], [0, 2], [1, 2]], [[0, 0], [1, 0], [1, -1], [0, 2], [1, 2]]],
  [[[0, 0], [1, 0], [1, 1], [0, -2], [1, -2]], [[0, 0], [-1, 0], [-1, 1], [0, -2], [-1, -2]]],
  [[[0, 0], [-1, 0], [-1, -1], [0, 2], [-1, 2]], [[0, 0], [-1, 0], [-1, -1], [0, 2], [-1, 2]]],
];
const KICKS_I = [
  [[[0, 0], [-2, 0], [1, 0], [-2, -1], [1, 2]], [[0, 0], [-1, 0], [2, 0], [-1, 2], [2, -1]]],
  [[[0, 0], [-1, 0], [2, 0], [-1, 2], [2, -1]], [[0, 0], [2, 0], [-1, 0], [2, 1], [-1, -2]]],
  [[[0, 0], [2, 0], [-1, 0], [2, 1], [-1, -2]], [[0, 0], [1, 0], [-2, 0], [1, -2], [-2, 1]]],
  [[[0, 0], [1, 0], [-2, 0], [1, -2], [-2, 1]], [[0, 0], [-2, 0], [1, 0], [-2, -1], [1, 2]]],
];

/** The offsets tried when `kind` turns from `rot`, clockwise or not. */
export function kicks(kind, rot, cw) {
  if (kind === O) return [[0, 0]];
  return (kind === I ? KICKS_I : KICKS_JLSTZ)[rot][cw ? 0 : 1];
}

/** Gravity by level in 1/65536 rows a tick (the server's table, `pieces.rs`). */
export const GRAVITY = [
  1092, 1377, 1768, 2311, 3075, 4169, 5759, 8107, 11634, 17026, 25416, 38709, 60169, 95483,
  154742, 256187, 433425, 749597, 1310720, 1310720,
];
const ROW = 65536;
export const gravity = (level) => GRAVITY[Math.min(Math.max(level, 1), 20) - 1];

/** The field cells `[x, y]` (y up from the bottom row) a piece covers. */
export function blocks(p) {
  return cells(p.kind, p.rot).map(([bx, by]) => [p.x + bx, p.y - by]);
}

const spawnPiece = (kind) => ({ kind, rot: 0, x: SPAWN_X, y: SPAWN_Y });
const emptyRow = () => new Array(WIDTH).fill(0);

/** A new game for `seed`. */
export function newGame(seed) {
  const play = {
    field: Array.from({ length: HEIGHT }, emptyRow),
    piece: null, hold: null, queue: [], score: 0, lines: 0, level: 1, over: false, tick: 0,
    holdUsed: false, soft: false, fall: 0, lock: 0, resets: 0, lowest: SPAWN_Y, backToBack: false,
    r: rng(seed),
  };
  nextPiece(play);
  return play;
}

function refill(play) {
  while (play.queue.length < 7) play.queue.push(...play.r.shuffle([0, 1, 2, 3, 4, 5, 6]));
}

function enter(play, kind) {
  play.piece = spawnPiece(kind);
  play.fall = 0;
  play.lock = 0;
  play.resets = 0;
  play.lowest = play.piece.y;
  if (!fits(play, play.piece)) play.over = true;
}

function nextPiece(play) {
  refill(play);
  const kind = play.queue.shift();
  refill(play);
  enter(play, kind);
}

/** The piece fits on the field. */
export function fits(play, p) {
  return blocks(p).every(([x, y]) => x >= 0 && x < WIDTH && y >= 0 && y < HEIGHT && play.field[y][x] === 0);
}

const grounded = (play) => !fits(play, { ...play.piece, y: play.piece.y - 1 });

function moved(play) {
  if (play.lock > 0 && play.resets < MAX_RESETS) {
    play.lock = 0;
    play.resets += 1;
  }
}

function shift(play, dx) {
  const p = { ...play.piece, x: play.piece.x + dx };
  if (fits(play, p)) {
    play.piece = p;
    moved(play);
  }
}

/** Turns the piece with the SRS kicks; true if it turned. */
export function rotate(play, cw) {
  const from = play.piece.rot;
  const to = cw ? (from + 1) % 4 : (from + 3) % 4;
  for (const [dx, dy] of kicks(play.piece.kind, from, cw)) {
    const p = { ...play.piece, rot: to, x: play.piece.x + dx, y: play.piece.y + dy };
    if (fits(play, p)) {
      play.piece = p;
      moved(play);
      return true;
    }
  }
  return false;
}

function down(play) {
  const p = { ...play.piece, y: play.piece.y - 1 };
  if (!fits(play, p)) return false;
  play.piece = p;
  if (p.y < play.lowest) {
    play.lowest = p.y;
    play.lock = 0;
    play.resets = 0;
  }
  return true;
}

/** Where the piece would land (the ghost). */
export function ghost(play) {
  let p = play.piece;
  while (fits(play, { ...p, y: p.y - 1 })) p = { ...p, y: p.y - 1 };
  return p;
}

/** Applies one input by its log name; false for a name that is no input. */
export function input(play, name) {
  if (!['L', 'R', 'CW', 'CCW', 'SD', 'SU', 'HD', 'HOLD'].includes(name)) return false;
  if (play.over) return true;
  if (name === 'L') shift(play, -1);
  else if (name === 'R') shift(play, 1);
  else if (name === 'CW') rotate(play, true);
  else if (name === 'CCW') rotate(play, false);
  else if (name === 'SD') play.soft = true;
  else if (name === 'SU') play.soft = false;
  else if (name === 'HD') {
    while (down(play)) play.score += 2;
    lockPiece(play);
  } else if (!play.holdUsed) {
    play.holdUsed = true;
    const held = play.hold;
    play.hold = play.piece.kind;
    if (held === null) nextPiece(play);
    else enter(play, held);
  }
  return true;
}

/** One tick after its inputs: gravity (soft drop ×20, +1 a row), then the lock delay. */
export function step(play) {
  play.tick += 1;
  if (play.over) return;
  const g = gravity(play.level);
  const rate = play.soft ? Math.min(g * SOFT_FACTOR, 20 * ROW) : g;
  play.fall += rate;
  while (play.fall >= ROW) {
    play.fall -= ROW;
    if (!down(play)) {
      play.fall = 0;
      break;
    }
    if (play.soft) play.score += 1;
  }
  if (grounded(play)) {
    play.lock += 1;
    if (play.lock >= LOCK_TICKS) lockPiece(play);
  }
}

function lockPiece(play) {
  const bs = blocks(play.piece);
  for (const [x, y] of bs) play.field[y][x] = play.piece.kind + 1;
  if (bs.every(([, y]) => y >= VISIBLE)) {
    play.over = true;
    return;
  }
  const kept = play.field.filter((row) => row.some((c) => c === 0));
  const cleared = HEIGHT - kept.length;
  while (kept.length < HEIGHT) kept.push(emptyRow());
  play.field = kept;
  if (cleared > 0) {
    let points = LINE_POINTS[cleared] * play.level;
    if (cleared === 4) {
      if (play.backToBack) points = Math.floor((points * 3) / 2);
      play.backToBack = true;
    } else {
      play.backToBack = false;
    }
    play.score += points;
    play.lines += cleared;
    play.level = 1 + Math.floor(play.lines / 10);
  }
  play.holdUsed = false;
  nextPiece(play);
}

/** The next `n` pieces by name. */
export function next(play, n) {
  refill(play);
  return play.queue.slice(0, n).map((k) => NAMES[k]).join('');
}

/** The visible field as text, top row first: `.` empty, else the piece's letter. */
export function picture(play) {
  const rows = [];
  for (let y = VISIBLE - 1; y >= 0; y -= 1) rows.push(play.field[y].map((c) => (c ? NAMES[c - 1] ?? 'X' : '.')).join(''));
  return rows;
}

/** Plays a log to its end (or the top-out), as the server's replay does. */
export function run(seed, log) {
  const play = newGame(seed);
  let i = 0;
  for (let t = 0; t < log.ticks && !play.over; t += 1) {
    while (i < log.inputs.length && log.inputs[i][0] === t) {
      input(play, log.inputs[i][1]);
      i += 1;
    }
    step(play);
  }
  return play;
}
