// Stars 0–3 from an activity's result: the same rules as crates/harf/src/scoring.rs, checked
// against the shared vectors in scoring-vectors.json. The server's count is the one stored.

const inUnit = (x) => typeof x === 'number' && x >= 0 && x <= 1;
const isInt = (x) => Number.isInteger(x);

/** Stars for `activity` and `result`, or null when the result makes no sense for it. */
export function stars(activity, result) {
  const r = result || {};
  switch (activity) {
    case 'listen':
      if (typeof r.completed !== 'boolean') return null;
      return r.completed ? 3 : 0;
    case 'trace': {
      const c = r.coverage;
      const o = r.outside;
      if (!inUnit(c) || !inUnit(o)) return null;
      if (c >= 0.8 && o <= 0.2) return 3;
      if (c >= 0.6 && o <= 0.35) return 2;
      if (c >= 0.4 && o <= 0.5) return 1;
      return 0;
    }
    case 'find':
    case 'first_sound':
    case 'listen_choose':
    case 'say': {
      const { correct, total } = r;
      if (!isInt(correct) || !isInt(total)) return null;
      if (total < 1 || total > 20 || correct < 0 || correct > total) return null;
      if (correct === total) return 3;
      if (correct * 4 >= total * 3) return 2;
      if (correct * 2 >= total) return 1;
      return 0;
    }
    default:
      return null;
  }
}
