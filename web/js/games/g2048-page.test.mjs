// The 2048 page's input rules that need no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KEYS, swipe, tileClass } from './g2048-page.js';

test('a swipe moves the way the finger went, a tap does not move', () => {
  assert.equal(swipe(80, 10), 'R');
  assert.equal(swipe(-80, 30), 'L');
  assert.equal(swipe(5, 60), 'D');
  assert.equal(swipe(-20, -90), 'U');
  assert.equal(swipe(10, -12), null);
});

test('arrow keys and WASD map to the four moves', () => {
  assert.deepEqual(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].map((k) => KEYS[k]), ['L', 'R', 'U', 'D']);
  assert.equal(KEYS.w, 'U');
  assert.equal(KEYS.Enter, undefined);
});

test('tiles past 2048 share one colour', () => {
  assert.deepEqual([0, 2, 2048, 4096].map(tileClass), ['', 'v2', 'v2048', 'vbig']);
});
