// Seeded random numbers for the activities' rounds, so tests can replay them.

/** A generator of floats in [0, 1) from a 32-bit seed (mulberry32). */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy of `items`. */
export function shuffle(items, rng) {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Up to `n` items of `items`, in random order, none twice. */
export function sample(items, n, rng) {
  return shuffle(items, rng).slice(0, Math.max(0, n));
}

/** One item of a non-empty list. */
export function pick(items, rng) {
  return items[Math.floor(rng() * items.length)];
}
