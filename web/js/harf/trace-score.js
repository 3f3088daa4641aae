// Scoring a traced letter, without the DOM: masks are {width, height, data} with one 0/1 byte
// per pixel, built from ImageData-like objects (RGBA bytes), so node tests can use synthetic ones.

/** A mask of the pixels whose alpha is at least `threshold`. */
export function maskFromImageData(img, threshold = 128) {
  const { width, height, data } = img;
  const out = new Uint8Array(width * height);
  for (let i = 0; i < out.length; i++) out[i] = data[i * 4 + 3] >= threshold ? 1 : 0;
  return { width, height, data: out };
}

/** How many pixels a mask has set. */
export function count(mask) {
  let n = 0;
  for (const v of mask.data) n += v;
  return n;
}

/**
 * Distance in pixels from every pixel to the nearest set pixel of `mask` (Infinity when the
 * mask is empty), by a two-pass chamfer transform: exact enough for tolerances of a few pixels.
 */
export function distanceTo(mask) {
  const { width: w, height: h, data } = mask;
  const d = new Float32Array(w * h);
  for (let i = 0; i < d.length; i++) d[i] = data[i] ? 0 : Infinity;
  const S = 1;
  const D = Math.SQRT2;
  const relax = (i, j, cost) => {
    if (d[j] + cost < d[i]) d[i] = d[j] + cost;
  };
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      if (x > 0) relax(i, i - 1, S);
      if (y > 0) {
        relax(i, i - w, S);
        if (x > 0) relax(i, i - w - 1, D);
        if (x < w - 1) relax(i, i - w + 1, D);
      }
    }
  }
  for (let y = h - 1; y >= 0; y--) {
    for (let x = w - 1; x >= 0; x--) {
      const i = y * w + x;
      if (x < w - 1) relax(i, i + 1, S);
      if (y < h - 1) {
        relax(i, i + w, S);
        if (x < w - 1) relax(i, i + w + 1, D);
        if (x > 0) relax(i, i + w - 1, D);
      }
    }
  }
  return d;
}

/** Share (0–1) of the guide's pixels that lie within `radius` pixels of some ink. */
export function coverage(guide, ink, radius) {
  const total = count(guide);
  if (total === 0 || count(ink) === 0) return 0;
  const near = distanceTo(ink);
  let hit = 0;
  for (let i = 0; i < guide.data.length; i++) if (guide.data[i] && near[i] <= radius) hit++;
  return hit / total;
}

/** Share (0–1) of the ink's pixels farther than `tolerance` pixels from the guide. */
export function outside(ink, guide, tolerance) {
  const total = count(ink);
  if (total === 0) return 0;
  const near = distanceTo(guide);
  let off = 0;
  for (let i = 0; i < ink.data.length; i++) if (ink.data[i] && near[i] > tolerance) off++;
  return off / total;
}

/** Both figures, rounded to 3 decimals as the page sends them. */
export function traceResult(guide, ink, { radius, tolerance }) {
  const round = (x) => Math.round(x * 1000) / 1000;
  return {
    coverage: round(coverage(guide, ink, radius)),
    outside: round(outside(ink, guide, tolerance)),
  };
}
