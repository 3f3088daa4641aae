// Draws a state onto the page: every screen is already in the HTML, in the player's language;
// this only shows one, fills in numbers and enables or disables the shapes.

import { collects, ready, shapeCount } from './play-state.js';

const $ = (root, sel) => root.querySelector(sel);
const $$ = (root, sel) => [...root.querySelectorAll(sel)];
const show = (el, on) => { if (el) el.hidden = !on; };

/** The page's words from <template id="play-msgs">, with `{name}` slots filled. */
export function messages(doc) {
  const map = new Map();
  for (const el of doc.getElementById('play-msgs')?.content.querySelectorAll('[data-k]') ?? []) {
    map.set(el.dataset.k, el.textContent.trim());
  }
  return (key, vars = {}) => (map.get(key) ?? '').replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
}

/** The text for an error frame: the server's, else the page's own for its code. */
export function errorText(t, error) {
  return error.message || t(`error-${error.code}`) || t('failed');
}

export function render(root, s, t) {
  root.dataset.screen = s.screen;
  for (const sec of $$(root, 'section[data-screen]')) show(sec, sec.dataset.screen === s.screen);
  const doc = root.ownerDocument;
  show(doc.querySelector('[data-who]'), s.seated);
  $(doc, '[data-who-name]').textContent = s.name;
  $(doc, '[data-who-score]').textContent = s.score;
  const err = $(root, '[data-error]');
  show(err, Boolean(s.error));
  if (s.error) err.textContent = errorText(t, s.error);
  $(root, '[data-name]').textContent = s.name;
  show($(root, '[data-paused]'), s.paused);
  if (s.screen === 'question') question(root, s, t);
  if (s.screen === 'sent') sent(root, s);
  if (s.screen === 'result') result(root, s);
  if (s.screen === 'over') over(root, s, t);
  if (s.screen === 'gone') $(root, '[data-gone]').textContent = errorText(t, s.gone);
}

function question(root, s, t) {
  const q = s.question;
  $(root, '[data-qnum]').textContent = t('qnum', { n: q.n + 1, of: q.of });
  const qtext = $(root, '[data-qtext]');
  show(qtext, Boolean(q.text));
  qtext.textContent = q.text ?? '';
  const img = $(root, '[data-qimage]');
  show(img, Boolean(q.imageUrl));
  if (q.imageUrl && img.getAttribute('src') !== q.imageUrl) img.src = q.imageUrl;
  const n = shapeCount(q);
  const shapes = $(root, '[data-shapes]');
  shapes.dataset.count = n;
  for (const b of $$(root, '[data-shape]')) {
    const i = Number(b.dataset.shape);
    show(b, i < n);
    const tf = q.kind === 'true_false';
    $(b, '[data-mark]').textContent = tf ? ['✓', '✗'][i] ?? '' : '';
    $(b, '[data-opt]').textContent = q.optionTexts?.[i] ?? (tf ? t(i === 0 ? 'true' : 'false') : '');
    const on = s.picked.includes(i);
    b.classList.toggle('on', on);
    b.disabled = s.answered || (q.kind === 'ordering' && on);
    const place = q.kind === 'ordering' && on ? String(s.picked.indexOf(i) + 1) : '';
    if (place) b.dataset.place = place; else delete b.dataset.place;
  }
  const picked = $(root, '[data-picked]');
  show(picked, q.kind === 'ordering');
  picked.replaceChildren(...s.picked.map((i) => {
    const li = doc(root).createElement('li');
    li.className = $(root, `[data-shape="${i}"]`).className;
    li.append($(root, `[data-shape="${i}"] svg`).cloneNode(true));
    return li;
  }));
  show($(root, '[data-pad]'), q.kind === 'numeric');
  $(root, '[data-number]').textContent = s.number.replace('.', t('point') || '.');
  for (const k of $$(root, '[data-key]')) k.disabled = s.answered;
  show($(root, '[data-actions]'), collects(q) || q.kind === 'numeric');
  show($(root, '[data-undo]'), q.kind !== 'multiple');
  $(root, '[data-undo]').disabled = s.answered;
  $(root, '[data-send]').disabled = !ready(s);
}

const doc = (root) => root.ownerDocument;

function sent(root, s) {
  const ok = s.ack.accepted || s.ack.reason === 'already_answered';
  show($(root, '[data-sent-ok]'), ok);
  show($(root, '[data-sent-no]'), !ok);
  show($(root, '[data-ack-ok]'), s.ack.accepted);
  for (const r of $$(root, '[data-reason]')) show(r, !s.ack.accepted && r.dataset.reason === s.ack.reason);
}

function result(root, s) {
  const r = s.result;
  root.dataset.correct = r.correct;
  for (const el of $$(root, '[data-right]')) show(el, r.correct);
  for (const el of $$(root, '[data-wrong]')) show(el, !r.correct);
  $(root, '[data-points]').textContent = r.points;
  $(root, '[data-score]').textContent = s.score;
  $(root, '[data-rank]').textContent = r.rank;
  show($(root, '[data-streak-box]'), s.streak > 1);
  $(root, '[data-streak]').textContent = s.streak;
}

function over(root, s, t) {
  $(root, '[data-final-rank]').textContent = s.over.rank;
  $(root, '[data-final-of]').textContent = t('of-players', { players: s.over.players });
  $(root, '[data-final-score]').textContent = s.score;
  $(root, '[data-medal]').textContent = ['🥇', '🥈', '🥉'][s.over.rank - 1] ?? '🏆';
}
