// Fruit math's rules for the page, the twin of the server's replay
// (`crates/games/src/fruit_math/`): the page gets the puzzles without their values and works
// them out as a child would (every value 1–40 tried against the lines), then scores the taps
// as the server does. Checked against `crates/games/vectors/fruit-math.json`.

export const POINTS = [10, 5, 2, 0];
export const MAX_MS = 30 * 60 * 1000;
/** The values a fruit is tried with when the page works a puzzle out. */
const TRY_UP_TO = 40;

/** The value of `tokens` (fruit indices and signs) with `values`, or null when not positive. */
export function evaluate(tokens, values) {
  let at = 0;
  const atom = () => {
    const t = tokens[at++];
    if (typeof t === 'number') return values[t] ?? null;
    if (t !== '(') return null;
    const inner = sum();
    if (inner === null || tokens[at] !== ')') return null;
    at += 1;
    return inner;
  };
  const product = () => {
    let acc = atom();
    while (acc !== null && tokens[at] === '×') { at += 1; const r = atom(); acc = r === null ? null : acc * r; }
    return acc;
  };
  function sum() {
    let acc = product();
    while (acc !== null && (tokens[at] === '+' || tokens[at] === '−')) {
      const op = tokens[at++];
      const r = product();
      if (r === null) return null;
      acc = op === '+' ? acc + r : acc - r;
      if (acc < 1) return null;
    }
    return acc;
  }
  const v = sum();
  return at === tokens.length ? v : null;
}

/** The fruits' values that make every line true (the first found), or null. */
export function solve(puzzle) {
  const n = puzzle.fruits.length;
  const values = new Array(n).fill(1);
  for (let k = 0; k < TRY_UP_TO ** n; k += 1) {
    for (let i = 0, x = k; i < n; i += 1, x = Math.floor(x / TRY_UP_TO)) values[i] = (x % TRY_UP_TO) + 1;
    if (puzzle.lines.every((l) => evaluate(l.left, values) === l.right)) return [...values];
  }
  return null;
}

/** The question's answer and the option that holds it. */
export function rightOption(puzzle) {
  const values = solve(puzzle);
  const answer = values && evaluate(puzzle.question, values);
  return { answer, option: puzzle.options.indexOf(answer) };
}

/** Stars of a level's score (of 30): 30 → 3, 20 or more → 2, 10 or more → 1. */
export const stars = (score) => (score >= 30 ? 3 : score >= 20 ? 2 : score >= 10 ? 1 : 0);

/** A level in play: `{ rights, at (puzzle), tried (wrong options of this one), score, answers }`. */
export function newPlay(puzzles) {
  return { rights: puzzles.map((p) => rightOption(p).option), at: 0, tried: [], score: 0, answers: [], last: 0 };
}

export const done = (play) => play.at >= play.rights.length;

/** Taps `option` at `ms`: null when not allowed, else `{ right, next: whether a puzzle was solved }`. */
export function answer(play, ms, option) {
  if (done(play) || !(option >= 0 && option < 4) || play.tried.includes(option)) return null;
  const t = Math.min(Math.max(Math.round(ms), play.last), MAX_MS);
  play.answers.push([t, option]);
  play.last = t;
  if (option !== play.rights[play.at]) {
    play.tried.push(option);
    return { right: false };
  }
  play.score += POINTS[play.tried.length];
  play.at += 1;
  play.tried = [];
  return { right: true };
}

/** What the server will make of the level: `{ score, stars, passed, coins }`. */
export function outcome(play) {
  const s = done(play) ? stars(play.score) : 0;
  return { score: play.score, stars: s, passed: s > 0, coins: 2 * s };
}

export const log = (play) => ({ answers: play.answers });

/** A line as text a screen reader reads: fruit names for indices. */
export const lineText = (tokens, names) => tokens.map((t) => (typeof t === 'number' ? names[t] : t)).join(' ');
