// Matchstick math's page rules against the vectors the server's replay is checked with, and
// the layout that fits the equation on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as m from './matchstick.js';

const vectors = JSON.parse(readFileSync(new URL('../../../crates/games/vectors/matchstick.json', import.meta.url)));
const content = JSON.parse(readFileSync(new URL('../../../crates/games/content/matchstick.json', import.meta.url)));

test('sticks read as the same equations and values as on the server', () => {
  for (const v of vectors.equations) {
    const g = m.parse(v.text);
    assert.deepEqual(m.slots(g).filter((s) => m.at(g, s)), v.sticks, v.text);
    assert.deepEqual(m.value(g), v.value, v.text);
    assert.equal(m.isTrue(g), v.true, v.text);
  }
});

test('whole rounds end on the server\'s equation, score and stars', () => {
  for (const v of vectors.games) {
    const p = content[v.level - 1];
    const r = m.replay(p.equation, p.moves, v.moves);
    assert.deepEqual(r, { score: v.score, stars: v.stars, passed: v.passed, shows: v.shows }, `level ${v.level}`);
  }
});

test('an illegal move is refused as the server refuses it', () => {
  for (const v of vectors.illegal) {
    const p = content[v.level - 1];
    assert.throws(() => m.replay(p.equation, p.moves, v.moves), v.why);
  }
});

test('every level is false as shown and its listed answers are true', () => {
  assert.equal(content.length, 100);
  for (const p of content) {
    assert.equal(m.isTrue(m.parse(p.equation)), false, p.equation);
    for (const s of p.solutions) assert.ok(m.isTrue(m.parse(s)), s);
  }
});

test('a play moves, refuses a stick too many, takes moves back and logs every one', () => {
  const play = m.newPlay('6+4=4', 1);
  assert.equal(m.move(play, 1000, 8, 1), 'moved'); // the + upright into the 6: 8-4=4
  assert.ok(m.solved(play));
  assert.deepEqual(m.outcome(play), { score: 100 + 100 + 59, stars: 3, passed: true });
  assert.ok(m.undo(play, 2000));
  assert.equal(m.text(play.now), '6+4=4');
  assert.equal(m.move(play, 2500, 0, 3), 'no', 'a stick onto a stick');
  assert.equal(m.move(play, 3000, 0, 1), 'moved');
  assert.equal(m.move(play, 3500, 8, 14), 'too-many', 'a second stick on a one-stick level');
  m.reset(play, 4000);
  assert.equal(m.left(play), 1);
  assert.equal(m.move(play, 5000, 8, 1), 'moved');
  assert.deepEqual(m.log(play).moves, [[1000, 8, 1], [2000, 1, 8], [3000, 0, 1], [4000, 1, 0], [5000, 8, 1]]);
  assert.deepEqual(m.outcome(play), { score: 100 + 0 + 55, stars: 2, passed: true });
  const server = m.replay('6+4=4', 1, m.log(play).moves);
  assert.equal(server.score, 155);
});

test('the layout puts long equations on lines so sticks stay big on a phone', () => {
  for (const eq of ['12+35=47', '3+4-2=5', '6+4=4', '95-22=73']) {
    const { lines, unit } = m.layout(m.parse(eq), 304, 480);
    assert.ok(unit >= 63, `${eq}: ${unit.toFixed(1)} px a digit`);
    assert.equal(lines[0][0], 0);
    assert.equal(lines[lines.length - 1][1], eq.length);
  }
  assert.deepEqual(m.layout(m.parse('12+35=47'), 1200, 500).lines, [[0, 8]], 'one line on a computer');
  assert.deepEqual(m.layout(m.parse('6+2=2'), 304, 480).lines, [[0, 5]], 'a short one on one line on a phone');
});
