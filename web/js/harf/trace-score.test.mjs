// Trace scoring on synthetic masks: full coverage, scribbles outside, nothing drawn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { count, coverage, distanceTo, maskFromImageData, outside, traceResult } from './trace-score.js';

const W = 60;
const H = 60;

/** A mask with the pixels where `inside(x, y)` holds. */
function mask(inside) {
  const data = new Uint8Array(W * H);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) data[y * W + x] = inside(x, y) ? 1 : 0;
  return { width: W, height: H, data };
}

// The guide: a thick vertical bar, like the stem of an L.
const guide = mask((x, y) => x >= 20 && x < 30 && y >= 5 && y < 55);
const opts = { radius: 3, tolerance: 2 };

test('a mask is built from the alpha channel of RGBA pixels', () => {
  const rgba = new Uint8ClampedArray(4 * 4);
  rgba[3] = 255; // first pixel opaque
  rgba[7] = 40; // second faint
  rgba[11] = 200;
  const m = maskFromImageData({ width: 2, height: 2, data: rgba });
  assert.deepEqual([...m.data], [1, 0, 1, 0]);
});

test('distances grow away from the set pixels', () => {
  const d = distanceTo(mask((x, y) => x === 0 && y === 0));
  assert.equal(d[0], 0);
  assert.equal(d[5], 5);
  assert.ok(Math.abs(d[3 * W + 3] - 3 * Math.SQRT2) < 1e-6);
});

test('ink over the whole guide covers it and is not outside', () => {
  const r = traceResult(guide, guide, opts);
  assert.equal(r.coverage, 1);
  assert.equal(r.outside, 0);
});

test('a thin line down the middle of the stem still covers it', () => {
  const ink = mask((x, y) => x >= 23 && x < 27 && y >= 5 && y < 55);
  assert.ok(coverage(guide, ink, 3) >= 0.95);
  assert.equal(outside(ink, guide, 2), 0);
});

test('a scribble away from the letter is outside and covers nothing', () => {
  const ink = mask((x, y) => x >= 40 && x < 58 && (y % 6 < 2));
  const r = traceResult(guide, ink, opts);
  assert.equal(r.coverage, 0);
  assert.equal(r.outside, 1);
});

test('ink half on the guide and half off gives partial figures', () => {
  const ink = mask((x, y) => y >= 5 && y < 30 && ((x >= 22 && x < 28) || (x >= 45 && x < 51)));
  const r = traceResult(guide, ink, opts);
  assert.ok(r.coverage > 0.4 && r.coverage < 0.7, `coverage ${r.coverage}`);
  assert.ok(Math.abs(r.outside - 0.5) < 0.01, `outside ${r.outside}`);
});

test('ink just beside the stem is forgiven by the tolerance band', () => {
  const ink = mask((x, y) => x >= 30 && x < 32 && y >= 5 && y < 55);
  assert.equal(outside(ink, guide, 2), 0);
  assert.ok(outside(ink, guide, 0) > 0.9);
});

test('nothing drawn gives zero for both', () => {
  const empty = mask(() => false);
  assert.equal(count(empty), 0);
  assert.deepEqual(traceResult(guide, empty, opts), { coverage: 0, outside: 0 });
  assert.equal(coverage(empty, guide, 3), 0, 'an empty guide is never covered');
});
