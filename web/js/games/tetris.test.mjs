// Tetris's rules for the page against the vectors the server's replay is checked with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as T from './tetris.js';

const v = JSON.parse(readFileSync(new URL('../../../crates/games/vectors/tetris.json', import.meta.url)));

const blank = () => {
  const play = T.newGame(1);
  play.field = Array.from({ length: T.HEIGHT }, () => new Array(T.WIDTH).fill(0));
  return play;
};

test('tetris: pieces come seven to a bag in the server\'s order', () => {
  for (const s of v.sequences) {
    const play = T.newGame(s.seed);
    const dealt = T.NAMES[play.piece.kind] + T.next(play, 7);
    assert.equal(dealt, s.pieces.slice(0, 8), `seed ${s.seed}`);
  }
});

test('tetris: every wall kick takes the first offset that fits', () => {
  for (const k of v.kicks) {
    const play = blank();
    for (const [x, y] of k.filled) play.field[y][x] = 8;
    play.piece = { kind: T.NAMES.indexOf(k.piece), rot: k.rot, x: k.x, y: k.y };
    const turned = T.rotate(play, k.cw);
    assert.deepEqual(turned ? [play.piece.rot, play.piece.x, play.piece.y] : null, k.to, JSON.stringify(k));
  }
});

test('tetris: lines score by count and level, back-to-back tetrises ×1.5', () => {
  for (const l of v.locks) {
    const play = blank();
    l.rows.forEach((row, y) => { [...row].forEach((c, x) => { play.field[y][x] = c === '.' ? 0 : 8; }); });
    Object.assign(play, { level: l.level, lines: l.lines, backToBack: l.back_to_back });
    play.piece = { kind: T.NAMES.indexOf(l.piece), rot: l.rot, x: l.x, y: 21 };
    T.input(play, 'HD');
    assert.deepEqual(
      [play.score, play.lines, play.level, play.backToBack, T.picture(play).slice(16)],
      [l.score, l.lines_after, l.level_after, l.back_to_back_after, l.picture],
    );
  }
});

test('tetris: scripted games end on the server\'s field, score and lines', () => {
  for (const g of v.games) {
    const play = T.run(g.seed, g.log);
    assert.deepEqual(
      [play.score, play.lines, play.level, play.over, play.tick, play.hold === null ? null : T.NAMES[play.hold]],
      [g.score, g.lines, g.level, g.over, g.tick, g.hold],
      `seed ${g.seed}`,
    );
    assert.equal(T.next(play, 5), g.next);
    assert.deepEqual(T.picture(play), g.picture);
  }
});
