// 2048's rules for the page, the twin of the server's replay (`crates/games/src/g2048.rs`):
// the same seed and moves give the same board and score. Checked against
// `crates/games/vectors/2048.json`.

import { rng } from './rng.js';

const TURNS = { L: 0, D: 1, R: 2, U: 3 };
const empty4 = () => [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]];

/** A new game: `{ board (4 rows of 4, 0 = empty), score, moves }` with its generator. */
export function newGame(seed) {
  const play = { board: empty4(), score: 0, moves: '', r: rng(seed) };
  spawn(play);
  spawn(play);
  return play;
}

/** Slides one row left and merges: `{ row, points }`. */
export function slideLeft(row) {
  const tiles = row.filter((v) => v !== 0);
  const out = [];
  let points = 0;
  for (let i = 0; i < tiles.length; i += 1) {
    if (i + 1 < tiles.length && tiles[i] === tiles[i + 1]) {
      out.push(tiles[i] * 2);
      points += tiles[i] * 2;
      i += 1;
    } else {
      out.push(tiles[i]);
    }
  }
  while (out.length < 4) out.push(0);
  return { row: out, points };
}

function rotate(board, turns) {
  let b = board;
  for (let k = 0; k < turns; k += 1) {
    const t = empty4();
    b.forEach((row, r) => row.forEach((v, c) => { t[c][3 - r] = v; }));
    b = t;
  }
  return b;
}

function spawn(play) {
  const free = [];
  for (let i = 0; i < 16; i += 1) if (play.board[Math.floor(i / 4)][i % 4] === 0) free.push(i);
  if (free.length === 0) return;
  const i = free[play.r.below(free.length)];
  play.board[Math.floor(i / 4)][i % 4] = play.r.float() < 0.9 ? 2 : 4;
}

/** One move (`L`, `R`, `U`, `D`), kept in `moves`; true when it changed the board. */
export function step(play, dir) {
  const turns = TURNS[dir];
  if (turns === undefined) return false;
  let points = 0;
  const slid = rotate(play.board, turns).map((row) => {
    const s = slideLeft(row);
    points += s.points;
    return s.row;
  });
  const board = rotate(slid, (4 - turns) % 4);
  play.moves += dir;
  if (JSON.stringify(board) === JSON.stringify(play.board)) return false;
  play.board = board;
  play.score += points;
  spawn(play);
  return true;
}

/** The largest tile. */
export const bestTile = (play) => Math.max(...play.board.flat());

/** No move can change the board any more. */
export function over(play) {
  const b = play.board;
  for (let r = 0; r < 4; r += 1) {
    for (let c = 0; c < 4; c += 1) {
      if (b[r][c] === 0) return false;
      if (c < 3 && b[r][c] === b[r][c + 1]) return false;
      if (r < 3 && b[r][c] === b[r + 1][c]) return false;
    }
  }
  return true;
}
