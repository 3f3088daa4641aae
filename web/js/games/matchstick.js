// Matchstick math's rules for the page, the twin of the server's replay
// (`crates/games/src/matchstick/`): the same sticks read as the same equation, the same moves
// give the same score and stars. Checked against `crates/games/vectors/matchstick.json`.
//
// A place for a stick is a slot, numbered `position × 7 + segment`. Digit segments: 0 top,
// 1 upper right, 2 lower right, 3 bottom, 4 lower left, 5 upper left, 6 middle; a sign's are
// 0 the bar (−) and 1 the upright that makes it +; the "=" has none.

export const DIGITS = [0x3f, 0x06, 0x5b, 0x4f, 0x66, 0x6d, 0x7d, 0x07, 0x7f, 0x6f];
export const MINUS = 0b01;
export const PLUS = 0b11;
export const MAX_MOVES = 500;
export const MAX_MS = 30 * 60 * 1000;

/** `"6+4=4"` as glyphs `{kind: 'digit'|'sign'|'equals', mask}`. */
export function parse(text) {
  return [...text].map((c) => {
    if (c >= '0' && c <= '9') return { kind: 'digit', mask: DIGITS[Number(c)] };
    if (c === '+') return { kind: 'sign', mask: PLUS };
    if (c === '-') return { kind: 'sign', mask: MINUS };
    if (c === '=') return { kind: 'equals', mask: 0 };
    throw new Error(`not a matchstick character: ${c}`);
  });
}

const slotCount = (g) => ({ digit: 7, sign: 2, equals: 0 })[g.kind];

/** The character a glyph shows, `?` when its sticks make no digit or sign. */
export function char(g) {
  if (g.kind === 'digit') {
    const d = DIGITS.indexOf(g.mask);
    return d < 0 ? '?' : String(d);
  }
  if (g.kind === 'sign') return { [PLUS]: '+', [MINUS]: '-' }[g.mask] || '?';
  return '=';
}

export const text = (glyphs) => glyphs.map(char).join('');

/** Every slot, in order. */
export const slots = (glyphs) => glyphs.flatMap((g, p) => [...Array(slotCount(g)).keys()].map((s) => p * 7 + s));

/** `true` when a stick lies in `slot`, `false` when it is an empty place, `null` when no place. */
export function at(glyphs, slot) {
  const g = glyphs[Math.floor(slot / 7)];
  const s = slot % 7;
  if (!g || !Number.isInteger(slot) || s >= slotCount(g)) return null;
  return (g.mask & (1 << s)) !== 0;
}

/** Moves the stick in `from` to the empty place `to`; `false` (nothing moves) when it cannot. */
export function shift(glyphs, from, to) {
  if (at(glyphs, from) !== true || at(glyphs, to) !== false) return false;
  glyphs[Math.floor(from / 7)].mask &= ~(1 << (from % 7));
  glyphs[Math.floor(to / 7)].mask |= 1 << (to % 7);
  return true;
}

const bits = (m) => { let n = 0; for (let x = m; x; x >>= 1) n += x & 1; return n; };

/** Sticks that lie where `start` had none: the fewest moves from `start` to `now`. */
export const movedFrom = (now, start) => now.reduce((n, g, p) => n + bits(g.mask & ~start[p].mask), 0);

/** `[left, right]` when the equation reads `n (± n)* = n` with no leading zero, else null. */
export function value(glyphs) {
  const t = text(glyphs);
  const [left, right, more] = t.split('=');
  if (right === undefined || more !== undefined) return null;
  const number = (s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : null);
  const r = number(right);
  if (r === null) return null;
  let sum = 0;
  for (const m of left.matchAll(/([+-]?)([^+-]*)/g)) {
    if (m[0] === '' && m.index === left.length) break;
    const n = number(m[2]);
    if (n === null) return null;
    if (m[1] === '' && m.index !== 0) return null;
    sum += m[1] === '-' ? -n : n;
  }
  return [sum, r];
}

export const isTrue = (glyphs) => { const v = value(glyphs); return v !== null && v[0] === v[1]; };

/** 3 stars with no move to spare, 2 with at most 4 more, else 1. */
export function stars(allowed, moves) {
  const extra = moves - allowed;
  if (extra <= 0) return 3;
  return extra <= 4 ? 2 : 1;
}

/** 100, 25 for each spare move under 4 more than needed, 1 for each second under a minute. */
export function score(allowed, moves, ms) {
  const spare = Math.min(4, Math.max(0, 4 - (moves - allowed)));
  return 100 + 25 * spare + Math.max(0, 60 - Math.floor(ms / 1000));
}

/** A round in play on `equation` with `allowed` sticks to move. */
export function newPlay(equation, allowed) {
  return { start: parse(equation), now: parse(equation), allowed, moves: [], stack: [], last: 0 };
}

/** Sticks that may still move before the limit. */
export const left = (play) => play.allowed - movedFrom(play.now, play.start);

/**
 * Moves a stick at `ms`: `'moved'`, `'too-many'` (it would move more sticks than the level
 * allows, so the page refuses it) or `'no'` (not a stick to an empty place).
 */
export function move(play, ms, from, to) {
  const next = play.now.map((g) => ({ ...g }));
  if (!shift(next, from, to)) return 'no';
  if (movedFrom(next, play.start) > play.allowed) return 'too-many';
  play.now = next;
  play.last = Math.max(play.last, Math.round(ms));
  play.moves.push([play.last, from, to]);
  play.stack.push([from, to]);
  return 'moved';
}

/** Takes the last move back (logged as the stick moved back); false when there is none. */
export function undo(play, ms) {
  const m = play.stack.pop();
  if (!m) return false;
  shift(play.now, m[1], m[0]);
  play.last = Math.max(play.last, Math.round(ms));
  play.moves.push([play.last, m[1], m[0]]);
  return true;
}

/** Takes every move back. */
export function reset(play, ms) {
  while (play.stack.length) undo(play, ms);
}

export const solved = (play) => isTrue(play.now) && movedFrom(play.now, play.start) <= play.allowed;

export const log = (play) => ({ moves: play.moves.map((m) => [...m]) });

/** What the server's replay will say: `{score, stars, passed}`. */
export function outcome(play) {
  if (!solved(play)) return { score: 0, stars: 0, passed: false };
  const n = play.moves.length;
  return { score: score(play.allowed, n, play.last), stars: stars(play.allowed, n), passed: true };
}

/** The server's replay of `moves` on a puzzle; throws on an illegal move, as it answers 422. */
export function replay(equation, allowed, moves) {
  if (moves.length > MAX_MOVES) throw new Error('too long');
  const start = parse(equation);
  const now = parse(equation);
  let last = 0;
  for (const [ms, from, to] of moves) {
    if (ms < last || ms > MAX_MS) throw new Error('time goes back or runs past the round');
    if (!shift(now, from, to)) throw new Error('not a stick to an empty place');
    last = ms;
  }
  const play = { start, now, allowed, moves, stack: [], last };
  return { ...outcome(play), shows: text(now) };
}

/**
 * The equation's terms split into lines that make the sticks biggest in `width` × `height`
 * (a number, then each sign or "=" with its number): `{lines: [[firstPos, endPos]…], unit}`,
 * `unit` the width of a digit in pixels (at most `max`). Cells: digit 1, sign or "=" 0.7,
 * gap 0.08; a line is 1.7 high with 0.3 between lines. The fewest lines whose digits are at
 * least `big` pixels wide win (one line reads best), else the lines that make them biggest.
 */
export function layout(glyphs, width, height, max = 110, big = 63) {
  const terms = [];
  glyphs.forEach((g, p) => {
    if (g.kind !== 'digit' || p === 0) terms.push([p, p + 1]);
    else terms[terms.length - 1][1] = p + 1;
  });
  // A sign or "=" starts a term with the number after it.
  const merged = [];
  terms.forEach((t) => {
    const prev = merged[merged.length - 1];
    if (prev && glyphs[prev[1] - 1].kind !== 'digit') prev[1] = t[1];
    else merged.push([...t]);
  });
  const cellW = (p) => (glyphs[p].kind === 'digit' ? 1 : 0.7);
  const lineW = ([a, b]) => { let w = 0; for (let p = a; p < b; p += 1) w += cellW(p); return w + 0.08 * (b - a - 1); };
  let best = null;
  const n = merged.length;
  for (let cuts = 0; cuts < 1 << (n - 1); cuts += 1) {
    const lines = [];
    let cur = [...merged[0]];
    for (let i = 1; i < n; i += 1) {
      if (cuts & (1 << (i - 1))) { lines.push(cur); cur = [...merged[i]]; } else cur[1] = merged[i][1];
    }
    lines.push(cur);
    const w = Math.max(...lines.map(lineW));
    const h = lines.length * 1.7 + (lines.length - 1) * 0.3;
    const unit = Math.min(width / w, height / h, max);
    const rank = unit >= big ? [0, lines.length, -unit] : [1, 0, -unit];
    const better = !best || rank[0] < best.rank[0]
      || (rank[0] === best.rank[0] && (rank[1] < best.rank[1] || (rank[1] === best.rank[1] && rank[2] < best.rank[2])));
    if (better) best = { lines, unit, rank };
  }
  return { lines: best.lines, unit: best.unit };
}
