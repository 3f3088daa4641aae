// What the host screen shows, worked out from the host socket's frames (`state`, `players`,
// `question`, `answers`, `paused`, `unpaused`, `results`, `game_over`, `error`). Pure: no DOM, so `node --test` checks it.

/** The shapes the phones show, in the same order: option i is shape i. */
export const SHAPES = [
  { name: 'triangle', colour: '#e21b3c', glyph: '▲' },
  { name: 'diamond', colour: '#1368ce', glyph: '◆' },
  { name: 'circle', colour: '#d89e00', glyph: '●' },
  { name: 'square', colour: '#26890c', glyph: '■' },
  { name: 'star', colour: '#864cbf', glyph: '★' },
  { name: 'hexagon', colour: '#0aa3a3', glyph: '⬢' },
];

/** The shape of option `i` (past six, the colours come round again). */
export function shapeOf(i) {
  return SHAPES[i % SHAPES.length];
}

/** A view before any frame: the phase the page was rendered in. */
export function initial(phase = 'lobby') {
  return { phase, players: [], count: 0, question: null, answers: 0, results: null, podium: [], top: [], paused: false, error: null };
}

/**
 * The words beside the shapes of a `question` frame: its options, or true/false in the page's
 * language (`msgs.true`, `msgs.false`), or none (a number typed on the phone).
 */
export function optionLabels(q, msgs = {}) {
  if (Array.isArray(q.options)) return q.options.map(String);
  if (q.kind === 'true_false') return [msgs.true || 'True', msgs.false || 'False'];
  return [];
}

/**
 * Bars of a `results` frame's distribution: per shape for choice questions (`bars`, `right`),
 * or two bars, right and wrong, for numbers and orderings. `percent` is of the tallest bar.
 */
export function bars(distribution, labels, msgs = {}) {
  const d = distribution || {};
  let list;
  if (Array.isArray(d.bars)) {
    const right = new Set(d.right || []);
    list = d.bars.map((count, i) => ({ shape: i, label: labels[i] ?? '', count, right: right.has(i) }));
  } else {
    list = [
      { shape: 3, label: msgs.right || 'Right', count: d.right_count || 0, right: true },
      { shape: 0, label: msgs.wrong || 'Wrong', count: d.wrong_count || 0, right: false },
    ];
  }
  const most = Math.max(1, ...list.map((b) => b.count));
  return list.map((b) => ({ ...b, percent: Math.round((b.count * 100) / most) }));
}

/** Whole seconds left of `limitMs` after `elapsedMs`, rounded up, never below zero. */
export function secondsLeft(limitMs, elapsedMs) {
  return Math.max(0, Math.ceil((limitMs - elapsedMs) / 1000));
}

/** The view after one frame. Frames of unknown types leave it as it was. */
export function reduce(view, frame) {
  switch (frame.type) {
    case 'state': {
      const g = frame.game || {};
      const phase = g.phase === 'open' ? 'question' : g.phase === 'closed' ? 'results' : g.phase || 'lobby';
      return { ...view, phase, paused: Boolean(frame.paused), top: frame.top || [], podium: g.phase === 'over' ? (frame.top || []).slice(0, 3) : view.podium, error: null };
    }
    case 'players':
      return { ...view, players: frame.players || [], count: frame.count ?? (frame.players || []).length };
    case 'question':
      return { ...view, phase: 'question', question: frame, answers: 0, results: null, paused: false, error: null };
    case 'paused':
    case 'unpaused':
      if (!view.question || frame.question !== view.question.question) return view;
      return { ...view, paused: frame.type === 'paused' };
    case 'answers':
      if (!view.question || frame.question !== view.question.question) return view;
      return { ...view, answers: frame.count };
    case 'results':
      return { ...view, phase: 'results', results: frame, top: frame.top || [], paused: false, error: null };
    case 'game_over':
      return { ...view, phase: 'over', podium: frame.podium || [], error: null };
    case 'error':
      return { ...view, error: frame.code || 'error' };
    default:
      return view;
  }
}

/** Podium order for display: second, first, third (the winner in the middle). */
export function podiumOrder(podium) {
  const [first, second, third] = podium;
  return [second, first, third].filter(Boolean);
}
