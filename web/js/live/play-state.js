// The player's page as data: each server message and each tap turns one state into the
// next, with no DOM and no socket, so the rules can be tested in Node.

/** Errors after which this page stops: reconnecting would not help. */
const FINAL = new Set(['live_kicked', 'live_game_over', 'live_replaced']);
/** Errors that send the player back to the join form (and forget a saved seat). */
const REJOIN = new Set(['live_resume_unknown', 'live_game_not_found']);

export function initial() {
  return {
    screen: 'join', seated: false, final: false, name: '', score: 0, streak: 0,
    question: null, answered: false, picked: [], number: '', paused: false,
    ack: null, result: null, over: null, error: null, gone: null,
  };
}

/** The state after a server message. */
export function reduce(s, m) {
  switch (m.type) {
    case 'joined':
      return { ...s, screen: 'lobby', seated: true, name: m.name, error: null };
    case 'resumed':
      return { ...s, screen: 'lobby', seated: true, name: m.name, score: m.score, streak: m.streak, error: null };
    case 'question': {
      // The same question again (after a pause or a reconnect): what was being picked stays.
      const same = s.question && s.question.n === m.question && s.screen === 'question';
      return {
        ...s, screen: 'question', answered: false, paused: false, ack: null,
        picked: same ? s.picked : [], number: same ? s.number : '',
        question: {
          n: m.question, of: m.of, kind: m.kind, options: m.options, limitMs: m.time_limit_ms,
          text: m.text ?? null, optionTexts: m.option_texts ?? null, imageUrl: m.image_url ?? null,
        },
      };
    }
    case 'paused':
      return { ...s, paused: true };
    case 'unpaused':
      return { ...s, paused: false };
    case 'ack':
      if (!s.question || m.question !== s.question.n) return s;
      // Refused because the game was paused: the question comes back when it goes on.
      if (m.reason === 'paused') return { ...s, answered: false, paused: true };
      return { ...s, screen: 'sent', answered: true, ack: { accepted: m.accepted, reason: m.reason ?? null } };
    case 'result':
      return {
        ...s, screen: 'result', paused: false, score: m.score, streak: m.streak,
        result: { correct: m.correct, points: m.points, rank: m.rank },
      };
    case 'game_over':
      return { ...s, screen: 'over', final: true, paused: false, score: m.score, over: { rank: m.rank, players: m.players } };
    case 'error':
      return onError(s, m);
    default:
      return s;
  }
}

function onError(s, m) {
  const error = { code: m.code, message: m.message || '' };
  if (FINAL.has(m.code)) return { ...s, screen: 'gone', final: true, gone: error };
  if (!s.seated || REJOIN.has(m.code)) return { ...s, screen: 'join', seated: false, error };
  return { ...s, error };
}

/** What to do with the saved seat after a message: 'save', 'clear' or null. */
export function storage(m) {
  if (m.type === 'joined') return 'save';
  if (m.type === 'game_over') return 'clear';
  if (m.type === 'error' && (FINAL.has(m.code) || REJOIN.has(m.code))) return 'clear';
  return null;
}

/** Whether the phone answers this question with shapes tapped in turn and a send button. */
export const collects = (q) => q.kind === 'multiple' || q.kind === 'ordering';

/** Shapes to show: true/false is two, a number question none. */
export function shapeCount(q) {
  if (!q || q.kind === 'numeric') return 0;
  return q.kind === 'true_false' ? 2 : Math.min(q.options, 6);
}

/** A tap on shape `i`: `{state, send}` where `send` is the answer to send now, if any. */
export function tap(s, i) {
  const q = s.question;
  if (!q || s.answered || s.paused || s.screen !== 'question' || i < 0 || i >= shapeCount(q)) return { state: s, send: null };
  if (q.kind === 'multiple') {
    const picked = s.picked.includes(i) ? s.picked.filter((p) => p !== i) : [...s.picked, i];
    return { state: { ...s, picked }, send: null };
  }
  if (q.kind === 'ordering') {
    if (s.picked.includes(i)) return { state: s, send: null };
    return { state: { ...s, picked: [...s.picked, i] }, send: null };
  }
  return sent(s, i);
}

/** A key of the number pad: digits, '-' (sign) and '.'. */
export function press(s, key) {
  if (s.answered || s.paused || s.question?.kind !== 'numeric') return s;
  let n = s.number;
  if (key === '-') n = n.startsWith('-') ? n.slice(1) : `-${n}`;
  else if (key === '.') n = n.includes('.') ? n : `${n.replace(/^-?$/, '$&0')}.`;
  else if (/^\d$/.test(key) && n.replace(/[-.]/g, '').length < 12) n = n === '0' || n === '-0' ? n.replace('0', key) : n + key;
  return { ...s, number: n };
}

/** Undo: the last shape of an order, or the last character typed. */
export function undo(s) {
  if (s.answered) return s;
  if (s.question?.kind === 'numeric') return { ...s, number: s.number.slice(0, -1) };
  return { ...s, picked: s.picked.slice(0, -1) };
}

/** Whether the send button may be pressed. */
export function ready(s) {
  const q = s.question;
  if (!q || s.answered || s.paused) return false;
  if (q.kind === 'numeric') return Number.isFinite(Number.parseFloat(s.number));
  if (q.kind === 'ordering') return s.picked.length === shapeCount(q);
  if (q.kind === 'multiple') return s.picked.length > 0;
  return false;
}

/** The send button: `{state, send}`. */
export function submit(s) {
  if (!ready(s)) return { state: s, send: null };
  const q = s.question;
  if (q.kind === 'numeric') return sent(s, Number.parseFloat(s.number));
  return sent(s, q.kind === 'multiple' ? [...s.picked].sort((a, b) => a - b) : s.picked);
}

function sent(s, choice) {
  return { state: { ...s, answered: true }, send: { type: 'answer', question: s.question.n, choice } };
}
