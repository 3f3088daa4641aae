// Writes simon.json from the page's rules (web/js/games/simon.js); the Rust rules are then
// checked against it: `node crates/games/vectors/simon.gen.mjs > crates/games/vectors/simon.json`.
import { newPlay, tap, playbackEnd, outcome, sequence, stepMs, MAX_LEN, GAP_MS } from '../../../web/js/games/simon.js';
import { rng } from '../../../web/js/games/rng.js';

const sequences = [1, 42, 7777, 3000000000].map((seed) => ({ seed, seq: sequence(seed) }));
const steps = [1, 2, 5, 10, 11, 12, 30, 50].map((k) => [k, stepMs(k)]);

// A child who waits a little after each playback and taps 200–900 ms apart; it slips on turn
// `slipAt` (or never), and may stop without a mistake after `stopAt` turns.
function game(seed, slipAt, stopAt = MAX_LEN) {
  const p = newPlay(seed);
  const r = rng(seed ^ 0x5bd1e995);
  while (!p.over && p.turn <= stopAt) {
    let ms = playbackEnd(p) + r.below(1500);
    const k = p.turn;
    for (let i = 0; i < k && !p.over; i += 1) {
      const wrong = k === slipAt && i === k - 1;
      const pad = wrong ? (p.seq[i] + 1 + r.below(3)) % 4 : p.seq[i];
      tap(p, ms, pad);
      ms += 200 + r.below(700);
    }
  }
  return { seed, taps: p.taps, ...outcome(p), mistake: p.mistake };
}
const games = [
  game(1, 1), game(2, 3), game(42, 6), game(99, 12), game(3000000001, 20),
  game(5, 0), // repeats all fifty
  game(8, 0, 4), // stops after four without a mistake
  { seed: 9, taps: [], score: 0, stars: 0, passed: false, mistake: false },
];
const s = sequence(11);
const end1 = 1000 + stepMs(1);
const illegal = [
  { why: 'a tap before the sequence finished playing', seed: 11, taps: [[end1 - 1, s[0]]] },
  { why: 'a tap before the second turn finished playing', seed: 11, taps: [[end1, s[0]], [end1 + GAP_MS + 2 * stepMs(2) - 1, s[0]]] },
  { why: 'a tap after a mistake', seed: 11, taps: [[end1, (s[0] + 1) % 4], [end1 + 5000, s[0]]] },
  { why: 'time going back', seed: 11, taps: [[end1 + 10, s[0]], [end1 + GAP_MS + 2 * stepMs(2) + 100, s[0]], [end1 + GAP_MS + 2 * stepMs(2) + 50, s[1]]] },
  { why: 'not a pad', seed: 11, taps: [[end1, 4]] },
  { why: 'time past the round', seed: 11, taps: [[3600001, s[0]]] },
];
console.log(JSON.stringify({ sequences, steps, games, illegal }));
