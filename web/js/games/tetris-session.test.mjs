// The page's session: keys and elapsed time make a log that the rules replay to the same game.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, TICK_MS, DAS } from './tetris-session.js';
import { run, picture } from './tetris.js';

test('tetris session: a log made from keys and frames replays to the page\'s score and field', () => {
  const s = session(77);
  let frame = 0;
  while (!s.play.over && frame < 20000) {
    if (frame % 40 === 0) s.press(['L', 'R', 'CW', 'HOLD'][(frame / 40) % 4]);
    if (frame % 40 === 12) s.release('L'), s.release('R');
    if (frame % 40 === 20) s.press('SD');
    if (frame % 40 === 30) s.release('SD');
    if (frame % 40 === 35) s.press('HD');
    s.advance(frame % 3 === 0 ? 20 : 15);
    frame += 1;
  }
  assert.ok(s.play.over, 'the stack topped out');
  const log = s.log();
  const again = run(77, log);
  assert.deepEqual([again.score, again.lines, again.tick, picture(again)], [s.play.score, s.play.lines, s.play.tick, picture(s.play)]);
  assert.ok(log.inputs.some(([, n]) => n === 'SU'), 'soft drop ends with its key up');
});

test('tetris session: a held side key repeats after the delay, one step per repeat', () => {
  const s = session(5);
  s.press('L');
  s.advance(TICK_MS * (DAS + 4) + 1);
  const lefts = s.log().inputs.filter(([, n]) => n === 'L').map(([t]) => t);
  assert.deepEqual(lefts, [0, DAS, DAS + 2]);
  s.release('L');
  s.advance(TICK_MS * 10);
  assert.equal(s.log().inputs.length, 3);
});

test('tetris session: a stalled tab does not fast-forward the game', () => {
  const s = session(5);
  assert.equal(s.advance(60_000), 15);
  assert.equal(s.play.tick, 15);
});
