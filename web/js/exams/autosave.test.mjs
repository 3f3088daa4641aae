// The autosave queue: the latest answer wins, failures are retried, nothing is lost offline or
// across a reload, and a closed attempt stops the sending.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AutosaveQueue } from './autosave.js';

/** A fake server: a list of outcomes to give, and every call recorded. */
function server(outcomes = []) {
  const calls = [];
  const pending = [];
  return {
    calls,
    pending,
    send: (qid, answer) => {
      calls.push([qid, answer]);
      const next = outcomes.length ? outcomes.shift() : { ok: true };
      if (next === 'hold') return new Promise((resolve) => pending.push(resolve));
      return Promise.resolve(next);
    },
  };
}

/** Waits that end only when the test says so. */
function manualWaits() {
  const waits = [];
  return { waits, wait: (ms) => new Promise((resolve) => waits.push({ ms, resolve })) };
}

const tick = () => new Promise((r) => setImmediate(r));

function memoryStorage() {
  const m = new Map();
  return { getItem: (k) => (m.has(k) ? m.get(k) : null), setItem: (k, v) => m.set(k, v), removeItem: (k) => m.delete(k), m };
}

test('answers are saved and each question reports its state', async () => {
  const s = server();
  const states = [];
  const q = new AutosaveQueue({ send: s.send, onState: (qid, st) => states.push(`${qid}:${st}`) });
  q.put(1, { type: 'single', choice: 0 });
  q.put(2, { type: 'true_false', value: true });
  assert.equal(await q.flush(), true);
  assert.deepEqual(s.calls.map((c) => c[0]), ['1', '2']);
  assert.deepEqual(states, ['1:saving', '1:saved', '2:saving', '2:saved']);
  assert.deepEqual(q.pending(), []);
});

test('the latest answer wins, even when it arrives while the older one is on its way', async () => {
  const s = server(['hold']);
  const q = new AutosaveQueue({ send: s.send });
  q.put(7, { type: 'single', choice: 0 });
  await tick();
  q.put(7, { type: 'single', choice: 1 });
  q.put(7, { type: 'single', choice: 2 });
  s.pending.shift()({ ok: true });
  assert.equal(await q.flush(), true);
  assert.deepEqual(s.calls.map((c) => c[1].choice), [0, 2], 'the middle answer is never sent');
});

test('offline answers are retried with growing pauses and saved once the network is back', async () => {
  const s = server([{ ok: false, kind: 'network' }, { ok: false, kind: 'network' }, { ok: false, kind: 'server' }]);
  const w = manualWaits();
  const states = [];
  const q = new AutosaveQueue({ send: s.send, wait: w.wait, delays: [10, 20, 40], onState: (_, st) => states.push(st) });
  q.put(3, { type: 'short', text: 'Toshkent' });
  await tick();
  assert.equal(w.waits[0].ms, 10);
  w.waits[0].resolve();
  await tick();
  assert.equal(w.waits[1].ms, 20);
  q.put(4, { type: 'numeric', value: 3.5 });
  q.wake(); // the browser says it is online again
  await tick();
  assert.equal(w.waits[2].ms, 40);
  w.waits[2].resolve();
  await tick();
  await tick();
  assert.deepEqual(q.pending(), []);
  assert.deepEqual(s.calls.map((c) => c[0]), ['3', '3', '3', '3', '4']);
  assert.ok(states.includes('offline') && states.at(-1) === 'saved');
});

test('a reload finds the unsaved answers in storage and sends them', async () => {
  const storage = memoryStorage();
  const offline = server([{ ok: false, kind: 'network' }]);
  const w = manualWaits();
  const first = new AutosaveQueue({ send: offline.send, storage, key: 'exams:attempt:9', wait: w.wait });
  first.put(5, { type: 'multiple', choices: [0, 2] });
  await tick();
  assert.ok(storage.m.has('exams:attempt:9'), 'kept while unsaved');

  const online = server();
  const again = new AutosaveQueue({ send: online.send, storage, key: 'exams:attempt:9' });
  assert.deepEqual(again.restored(), { 5: { type: 'multiple', choices: [0, 2] } });
  again.start();
  assert.equal(await again.flush(), true);
  assert.deepEqual(online.calls, [['5', { type: 'multiple', choices: [0, 2] }]]);
  assert.equal(storage.m.has('exams:attempt:9'), false, 'forgotten once saved');
});

test('a closed attempt stops the queue, and a refused answer is dropped alone', async () => {
  const s = server([{ ok: false, kind: 'invalid' }, { ok: true }, { ok: false, kind: 'closed' }]);
  const states = [];
  const q = new AutosaveQueue({ send: s.send, onState: (qid, st) => states.push(`${qid}:${st}`) });
  q.put(1, { type: 'single', choice: 99 });
  q.put(2, { type: 'single', choice: 0 });
  q.put(3, { type: 'single', choice: 1 });
  assert.equal(await q.flush(), false);
  assert.deepEqual(states, ['1:saving', '1:refused', '2:saving', '2:saved', '3:saving', '3:closed']);
  q.put(4, { type: 'single', choice: 0 });
  assert.equal(s.calls.length, 3, 'nothing more is sent after the end');
});

test('flush gives up after its timeout while the network stays down', async () => {
  const s = server(Array(10).fill({ ok: false, kind: 'network' }));
  const q = new AutosaveQueue({ send: s.send, delays: [5] });
  q.put(1, { type: 'true_false', value: false });
  assert.equal(await q.flush(30), false);
  assert.deepEqual(q.pending(), ['1'], 'the answer is still kept');
});
