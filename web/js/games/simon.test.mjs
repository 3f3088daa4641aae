// Simon's page rules against the server's vectors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { KEYS, canTap, newPlay, outcome, playbackEnd, sequence, stepMs, tap } from './simon.js';

const v = JSON.parse(readFileSync(new URL('../../../crates/games/vectors/simon.json', import.meta.url)));

test('simon: the seed plays the same sequence and speed as the server', () => {
  for (const s of v.sequences) assert.deepEqual(sequence(s.seed), s.seq, `seed ${s.seed}`);
  for (const [k, ms] of v.steps) assert.equal(stepMs(k), ms, `turn ${k}`);
});

test('simon: whole games come to the server\'s score', () => {
  for (const g of v.games) {
    const play = newPlay(g.seed);
    for (const [ms, pad] of g.taps) assert.ok(tap(play, ms, pad, { clamp: false }), `seed ${g.seed}`);
    assert.deepEqual({ ...outcome(play), mistake: play.mistake }, { score: g.score, stars: 0, passed: g.passed, mistake: g.mistake });
  }
});

test('simon: the page refuses the taps the server refuses', () => {
  for (const bad of v.illegal) {
    const play = newPlay(bad.seed);
    const all = bad.taps.map(([ms, pad]) => tap(play, ms, pad, { clamp: false }) !== null);
    assert.ok(all.includes(false), bad.why);
  }
});

test('simon: a tap the page\'s timer makes a little early counts at the playback\'s end', () => {
  const play = newPlay(3);
  const end = playbackEnd(play);
  assert.equal(canTap(play, end - 5, play.seq[0]), false);
  assert.deepEqual(tap(play, end - 5, play.seq[0]), { right: true, turnDone: true, over: false });
  assert.deepEqual(play.taps, [[end, play.seq[0]]]);
  assert.equal(play.start, end + 1000);
});

test('simon: keys 1–4 and the arrows pick the pads clockwise', () => {
  assert.deepEqual(['1', '2', '3', '4'].map((k) => KEYS[k]), [0, 1, 2, 3]);
  assert.deepEqual(['ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowLeft'].map((k) => KEYS[k]), [0, 1, 3, 2]);
});
