// The shared page module's parts that need no browser: starting, finishing, the waiting
// finishes and the mute switch, with a fake server and a fake localStorage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  start, finish, flush, pending, keep, verdict, isMuted, setMuted, localSeed, sendWhenOnline, beep,
  PENDING_MAX,
} from './round.js';

function memory() {
  const m = new Map();
  return {
    getItem: (k) => (m.has(k) ? m.get(k) : null),
    setItem: (k, v) => m.set(k, String(v)),
    removeItem: (k) => m.delete(k),
  };
}

/** A fake server answering from a list of `{ok, status, data, code}`; records the calls. */
function server(...answers) {
  const calls = [];
  const send = async (url, body) => {
    calls.push({ url, body });
    return answers.length > 1 ? answers.shift() : answers[0];
  };
  return { calls, send };
}

const offline = { ok: false, status: 0, code: 'network' };

test('a visitor plays locally with the page config and a seed of its own', async () => {
  const { calls, send } = server(offline);
  const r = await start('2048', { signedIn: false, config: { goal: 2048 }, send, random: () => 0.5 });
  assert.deepEqual(r, { round_id: null, seed: 2147483648, level: 1, config: { goal: 2048 }, local: true, offline: false });
  assert.equal(calls.length, 0, 'nothing is sent for a visitor');
  assert.deepEqual(await finish(r, { log: {}, claimed_score: 4 }, { storage: memory(), send }), { kind: 'local' });
});

test('a signed-in round starts on the server and without a connection plays locally', async () => {
  const data = { round_id: 7, seed: 99, level: 1, config: { goal: 2048 } };
  const online = server({ ok: true, status: 201, data });
  const r = await start('2048', { signedIn: true, config: {}, send: online.send });
  assert.equal(online.calls[0].url, '/api/v1/games/2048/rounds');
  assert.deepEqual([r.round_id, r.seed, r.local], [7, 99, false]);
  const lost = await start('2048', { signedIn: true, config: { goal: 1 }, send: server(offline).send });
  assert.deepEqual([lost.local, lost.offline, lost.round_id], [true, true, null]);
  const locked = await start('2048', { signedIn: true, config: {}, send: server({ ok: false, status: 409, code: 'games_level_locked' }).send });
  assert.deepEqual(locked, { error: 'games_level_locked' });
  const busy = await start('memory', { signedIn: true, config: {}, send: server({ ok: false, status: 429, code: 'rate_limited', message: 'Rest a little' }).send });
  assert.deepEqual(busy, { error: 'rate_limited', message: 'Rest a little' }, 'the server\'s words come along');
});

test('a finish that cannot be sent waits and is sent once the page is online again', async () => {
  const storage = memory();
  const round = { round_id: 7, local: false };
  const body = { log: { moves: 'LURD' }, claimed_score: 8 };
  assert.deepEqual(await finish(round, body, { storage, send: server(offline).send }), { kind: 'queued' });
  assert.deepEqual(await finish({ round_id: 8 }, body, { storage, send: server({ ok: false, status: 503 }).send }), { kind: 'queued' });
  assert.deepEqual(pending(storage).map((p) => p.round_id), [7, 8]);

  assert.deepEqual(await flush({ storage, send: server(offline).send }), []);
  assert.equal(pending(storage).length, 2, 'still offline: both wait');

  const back = server({ ok: true, status: 200, data: { round_id: 7, score: 8 } }, { ok: false, status: 409, code: 'games_round_expired' });
  const sent = await flush({ storage, send: back.send });
  assert.deepEqual(sent, [{ round_id: 7, score: 8 }]);
  assert.deepEqual(back.calls.map((c) => [c.url, c.body]), [
    ['/api/v1/games/rounds/7/finish', body],
    ['/api/v1/games/rounds/8/finish', body],
  ]);
  assert.deepEqual(pending(storage), [], 'sent and refused finishes are gone');
});

test('the server\'s result is handed back, and a refusal is not kept', async () => {
  const storage = memory();
  const ok = await finish({ round_id: 3 }, { log: {} }, { storage, send: server({ ok: true, status: 200, data: { score: 12, coins: 1 } }).send });
  assert.deepEqual(ok, { kind: 'saved', result: { score: 12, coins: 1 } });
  const bad = await finish({ round_id: 4 }, { log: {} }, { storage, send: server({ ok: false, status: 422, code: 'validation' }).send });
  assert.deepEqual(bad, { kind: 'refused', code: 'validation' });
  assert.deepEqual(pending(storage), []);
  assert.deepEqual(
    [429, 401, 404, 409, 422].map((status) => verdict({ ok: false, status })),
    ['retry', 'retry', 'drop', 'drop', 'drop'],
    'a finish whose session ended waits for the child to sign in again',
  );
});

test('a round waits once however often it is kept, and the oldest go past the limit', () => {
  const storage = memory();
  keep(storage, { round_id: 1, body: { a: 1 } });
  keep(storage, { round_id: 1, body: { a: 2 } });
  assert.deepEqual(pending(storage), [{ round_id: 1, body: { a: 2 } }]);
  for (let i = 2; i <= PENDING_MAX + 5; i += 1) keep(storage, { round_id: i, body: {} });
  assert.equal(pending(storage).length, PENDING_MAX);
  assert.equal(pending(storage)[0].round_id, 6);
  storage.setItem('alif24.games.pending', 'not json');
  assert.deepEqual(pending(storage), [], 'a broken list is an empty one');
});

test('the mute switch is kept and seeds are 32-bit', () => {
  const storage = memory();
  assert.equal(isMuted(storage), false);
  setMuted(storage, true);
  assert.equal(isMuted(storage), true);
  setMuted(storage, false);
  assert.equal(isMuted(storage), false);
  assert.equal(localSeed(() => 0.999999999999), 4294967295);
  assert.equal(localSeed(() => 0), 0);
});

test('the finishes of every game are sent on load and again when the page is back online', async () => {
  const storage = memory();
  keep(storage, { round_id: 1, game: 'tetris', body: {} });
  keep(storage, { round_id: 2, game: 'memory', body: {} });
  const listeners = {};
  const target = { addEventListener: (name, fn) => { listeners[name] = fn; } };
  let up = false;
  const send = async (url) => (up ? { ok: true, status: 200, data: { url } } : offline);
  const passes = [];
  const first = await sendWhenOnline({ storage, send, target, onSent: (s) => passes.push(s) });
  assert.deepEqual(first, [], 'offline on load: nothing sent');
  assert.equal(pending(storage).length, 2);
  up = true;
  await listeners.online();
  assert.deepEqual(passes, [[{ url: '/api/v1/games/rounds/1/finish' }, { url: '/api/v1/games/rounds/2/finish' }]]);
  assert.deepEqual(pending(storage), []);
  assert.deepEqual(await sendWhenOnline({ storage, send, target }), [], 'nothing waits, nothing is sent');
});

test('beeps play a tune of notes a step apart, and nothing when muted', () => {
  const notes = [];
  class FakeAudio {
    constructor() { this.currentTime = 10; this.destination = {}; }
    createOscillator() {
      const osc = { frequency: {}, connect: (g) => g, start: (at) => notes.push([osc.frequency.value, at]), stop() {} };
      return osc;
    }
    createGain() {
      return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (d) => d };
    }
  }
  globalThis.window = { AudioContext: FakeAudio };
  try {
    const storage = memory();
    beep(storage, [660, 880], 200, { step: 120, volume: 0.15 });
    beep(storage, 440);
    assert.deepEqual(notes, [[660, 10], [880, 10.12], [440, 10]]);
    setMuted(storage, true);
    beep(storage, [523, 659]);
    assert.equal(notes.length, 3, 'muted: silent');
  } finally {
    delete globalThis.window;
  }
});
