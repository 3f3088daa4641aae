// Math Monster's page rules: how a question reads, which option is right, and what a round
// comes to. The questions come from the server (drawn from the round's seed, without their
// answers); the page knows the right option by adding up the terms, as a child would. The
// server counts again on its own: both follow `crates/games/vectors/math-monster.json`.

/** The value of signed terms: `[7, -3, 2]` is 6. */
export function total(terms) {
  return terms.reduce((sum, t) => sum + t, 0);
}

/** The question as shown: `7 − 3 + 2 = ?` (a real minus sign). */
export function promptText(terms) {
  const parts = terms.map((t, i) => (i === 0 ? String(t) : `${t < 0 ? '−' : '+'} ${Math.abs(t)}`));
  return `${parts.join(' ')} = ?`;
}

/** The question as read aloud, with the page's words for plus, minus and "equals what". */
export function spoken(terms, t) {
  const parts = terms.map((n, i) => (i === 0 ? String(n) : `${t(n < 0 ? 'minus' : 'plus')} ${Math.abs(n)}`));
  return `${parts.join(' ')} ${t('equals')}`;
}

/** The index of the right option of a question `{terms, options}`. */
export function rightOption(question) {
  return question.options.indexOf(total(question.terms));
}

/** Stars for right answers out of ten: 10 → 3, ≥ 7 → 2, ≥ 5 → 1. */
export function stars(right) {
  if (right >= 10) return 3;
  if (right >= 7) return 2;
  if (right >= 5) return 1;
  return 0;
}

/** What a log `[[ms, option], …]` comes to on these questions: the server's rules. */
export function outcome(questions, answers) {
  let right = 0;
  answers.forEach(([, option], i) => {
    if (questions[i] && option === rightOption(questions[i])) right += 1;
  });
  const passed = right >= 5;
  return { right, score: right * 10, stars: stars(right), passed, coins: passed ? right * 2 : 0 };
}
