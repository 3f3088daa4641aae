// Answers as the API takes them ({"type":"single","choice":2} …), built from plain form
// values. No DOM here: attempt.js reads the inputs, these functions decide what they mean.

/**
 * A number as people type it: "3,5" or "3.5", spaces between thousands, a typographic minus.
 * Returns null when it is not a finite number.
 */
export function parseDecimal(raw) {
  if (raw === null || raw === undefined) return null;
  const cleaned = String(raw)
    .trim()
    .replace(/[\s\u00a0]/g, '')
    .replace(/,/g, '.')
    .replace(/\u2212/g, '-');
  if (cleaned === '' || (cleaned.match(/\./g) || []).length > 1) return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

const int = (v) => {
  const n = Number.parseInt(v, 10);
  return Number.isInteger(n) && n >= 0 && String(n) === String(v).trim() ? n : null;
};

const ok = (answer) => ({ ok: true, answer });
const EMPTY = { ok: false, reason: 'empty' };

/**
 * Turns the values of one question into its answer.
 *  single: {choice}          true_false: {value: "true"|"false"}
 *  multiple: {choices: []}   short: {text}      numeric: {text}
 *  ordering: {order: []}     matching: {choices: [] ("" for none)}   fill_blanks: {values: []}
 * Returns {ok: true, answer} or {ok: false, reason: "empty" | "number"}.
 */
export function serialize(kind, v) {
  switch (kind) {
    case 'single': {
      const choice = int(v.choice);
      return choice === null ? EMPTY : ok({ type: 'single', choice });
    }
    case 'true_false':
      if (v.value === 'true' || v.value === true) return ok({ type: 'true_false', value: true });
      if (v.value === 'false' || v.value === false) return ok({ type: 'true_false', value: false });
      return EMPTY;
    case 'multiple': {
      const choices = [...new Set((v.choices || []).map(int).filter((c) => c !== null))].sort((a, b) => a - b);
      return choices.length ? ok({ type: 'multiple', choices }) : EMPTY;
    }
    case 'short': {
      const text = String(v.text || '').trim();
      return text ? ok({ type: 'short', text }) : EMPTY;
    }
    case 'numeric': {
      if (String(v.text || '').trim() === '') return EMPTY;
      const value = parseDecimal(v.text);
      return value === null ? { ok: false, reason: 'number' } : ok({ type: 'numeric', value });
    }
    case 'ordering': {
      const order = (v.order || []).map(int);
      return order.length && order.every((i) => i !== null) ? ok({ type: 'ordering', order }) : EMPTY;
    }
    case 'matching': {
      const raw = v.choices || [];
      const n = raw.length;
      const picked = raw.map(int);
      if (!n || picked.every((c) => c === null)) return EMPTY;
      // An item left unmatched gets an index no pair has, so it counts as wrong.
      return ok({ type: 'matching', choices: picked.map((c) => (c === null ? n : c)) });
    }
    case 'fill_blanks': {
      const values = (v.values || []).map((x) => String(x || '').trim());
      return values.some((x) => x !== '') ? ok({ type: 'fill_blanks', values }) : EMPTY;
    }
    default:
      return EMPTY;
  }
}

/** Moves the item at `from` by `delta` places (-1 up, +1 down); a new array. */
export function move(order, from, delta) {
  const to = from + delta;
  if (from < 0 || from >= order.length || to < 0 || to >= order.length) return order.slice();
  const out = order.slice();
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item);
  return out;
}
