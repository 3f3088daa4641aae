// The seeded random numbers every game draws from, the same as the server's replay
// (`crates/games/src/rng.rs`): Mulberry32. Checked against `crates/games/vectors/rng.json`.

/** A generator over a 32-bit seed: `{ u32(), float(), below(n), shuffle(list) }`. */
export function rng(seed) {
  let state = seed >>> 0;
  const u32 = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const float = () => u32() / 4294967296;
  const below = (n) => Math.floor(float() * n);
  const shuffle = (items) => {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = below(i + 1);
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  };
  return { u32, float, below, shuffle };
}
