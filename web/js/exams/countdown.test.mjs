// The countdown trusts the server's clock: a phone set hours wrong still ends on time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatRemaining, remainingMs, serverOffset, startCountdown } from './countdown.js';

test('the offset makes a wrong phone clock irrelevant', () => {
  const server = 1_800_000_000_000;
  const phone = server - 3 * 3600 * 1000; // three hours behind
  const offset = serverOffset(server, phone);
  const deadline = server + 10 * 60 * 1000;
  assert.equal(remainingMs(deadline, phone, offset), 600_000);
  assert.equal(remainingMs(deadline, phone + 599_000, offset), 1_000);
  assert.equal(remainingMs(deadline, phone + 700_000, offset), 0, 'never negative');
});

test('remaining time reads as m:ss or h:mm:ss and rounds up', () => {
  assert.equal(formatRemaining(75_000), '1:15');
  assert.equal(formatRemaining(3_725_000), '1:02:05');
  assert.equal(formatRemaining(100), '0:01');
  assert.equal(formatRemaining(0), '0:00');
  assert.equal(formatRemaining(-5), '0:00');
});

test('the countdown ticks down and ends exactly once', () => {
  let clock = 5_000; // the phone thinks it is 5 s after the epoch
  const serverNow = 1_000_000;
  const deadline = serverNow + 2_000;
  let timer = null;
  const ticks = [];
  let ends = 0;
  let cleared = 0;
  startCountdown({
    deadline,
    serverNow,
    now: () => clock,
    tick: (ms) => ticks.push(ms),
    onEnd: () => { ends += 1; },
    setTimer: (fn) => { timer = fn; return 1; },
    clearTimer: () => { cleared += 1; },
  });
  assert.deepEqual(ticks, [2000]);
  clock += 1_500;
  timer();
  clock += 1_000;
  timer();
  timer();
  assert.deepEqual(ticks, [2000, 500, 0, 0]);
  assert.equal(ends, 1);
  assert.ok(cleared >= 1);
});
