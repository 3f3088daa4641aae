// The attempt page with scripts: each answer saved as it is given (with a visible state and
// retries), back/next without reloading, a countdown on the server's clock, and a confirm
// before handing in. Without this file the same page posts the form to save and move on.

import { move, serialize } from './answers.js';
import { AutosaveQueue } from './autosave.js';
import { COUNTDOWN_FROM_MS, formatRemaining, startCountdown } from './countdown.js';

const form = document.querySelector('form.attempt');
if (form) setUp(form);

function csrf() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : '';
}

async function api(method, url, body) {
  let res;
  try {
    res = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf(), Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, kind: 'network' };
  }
  if (res.ok) return { ok: true };
  if (res.status === 409 || res.status === 404) return { ok: false, kind: 'closed' };
  if (res.status === 422 || res.status === 400) return { ok: false, kind: 'invalid' };
  if (res.status === 401 || res.status === 403) return { ok: false, kind: 'signin' };
  return { ok: false, kind: 'server' };
}

/** The values of one question's inputs, in the shapes `serialize` reads. */
function valuesOf(section) {
  const field = (sel) => [...section.querySelectorAll(sel)];
  switch (section.dataset.kind) {
    case 'single':
    case 'true_false': {
      const on = section.querySelector('input[type=radio]:checked');
      return { choice: on ? on.value : null, value: on ? on.value : null };
    }
    case 'multiple':
      return { choices: field('input[type=checkbox]:checked').map((i) => i.value) };
    case 'short':
    case 'numeric':
      return { text: section.querySelector('input.answer-input').value };
    case 'ordering':
      return { order: field('[data-order] > li').map((li) => li.dataset.index) };
    case 'matching':
      return { choices: field('select').map((s) => s.value) };
    case 'fill_blanks':
      return { values: field('.blanks input').map((i) => i.value) };
    default:
      return {};
  }
}

/** Puts a kept (unsaved) answer back into the inputs after a reload. */
function fill(section, a) {
  const check = (value) => {
    const input = section.querySelector(`input[value="${value}"]`);
    if (input) input.checked = true;
  };
  if (a.type === 'single') check(a.choice);
  if (a.type === 'true_false') check(a.value);
  if (a.type === 'multiple') {
    for (const i of section.querySelectorAll('input[type=checkbox]')) i.checked = a.choices.includes(Number(i.value));
  }
  if (a.type === 'short') section.querySelector('input.answer-input').value = a.text;
  if (a.type === 'numeric') section.querySelector('input.answer-input').value = String(a.value);
  if (a.type === 'matching') section.querySelectorAll('select').forEach((s, i) => { s.value = String(a.choices[i]); });
  if (a.type === 'fill_blanks') section.querySelectorAll('.blanks input').forEach((inp, i) => { inp.value = a.values[i] || ''; });
  if (a.type === 'ordering') {
    const list = section.querySelector('[data-order]');
    for (const idx of a.order) {
      const li = list.querySelector(`li[data-index="${idx}"]`);
      if (li) list.appendChild(li);
    }
    syncOrder(section);
  }
}

/** After a move: the hidden order field and the number selects agree with the list. */
function syncOrder(section) {
  const items = [...section.querySelectorAll('[data-order] > li')];
  items.forEach((li, i) => {
    li.querySelector('[data-pos]').value = String(i + 1);
    li.querySelector('[data-up]').disabled = i === 0;
    li.querySelector('[data-down]').disabled = i === items.length - 1;
  });
  section.querySelector('[data-order-field]').value = items.map((li) => li.dataset.index).join(',');
}

function setUp(form) {
  const id = form.dataset.attempt;
  const msg = form.dataset;
  const sections = [...form.querySelectorAll('section.q')];
  const byId = new Map(sections.map((s) => [s.dataset.qid, s]));
  // Time on each question: the time since the previous answer goes to the one being answered.
  let lastAnswer = Date.now();
  const spent = new Map();

  const stateText = { saving: msg.msgSaving, saved: msg.msgSaved, offline: msg.msgOffline, refused: msg.msgRefused, closed: msg.msgRefused };
  const queue = new AutosaveQueue({
    key: `alif24:exams:attempt:${id}`,
    storage: window.localStorage,
    send: (qid, answer) => api('PUT', `/api/v1/exams/attempts/${id}/answers/${qid}`, { answer, time_ms: spent.get(qid) || 0 }),
    onState: (qid, state) => {
      const s = byId.get(qid);
      if (!s) return;
      const el = s.querySelector('[data-save-state]');
      el.textContent = stateText[state] || '';
      el.dataset.state = state;
      if (state === 'saved') markAnswered(s, true);
      if (state === 'closed') finish();
    },
  });

  const markAnswered = (section, yes) => {
    if (yes) section.dataset.answered = '';
    else delete section.dataset.answered;
    const dot = form.querySelector(`[data-go="${sections.indexOf(section)}"]`);
    if (dot) dot.classList.toggle('answered', yes);
  };

  const save = (section) => {
    const r = serialize(section.dataset.kind, valuesOf(section));
    const el = section.querySelector('[data-save-state]');
    if (r.ok) {
      const now = Date.now();
      spent.set(section.dataset.qid, (spent.get(section.dataset.qid) || 0) + (now - lastAnswer));
      lastAnswer = now;
      queue.put(section.dataset.qid, r.answer);
    }
    else if (r.reason === 'number') { el.textContent = msg.msgNumber; el.dataset.state = 'refused'; }
  };

  // Ordering: up/down buttons replace the number selects.
  for (const section of sections.filter((s) => s.dataset.kind === 'ordering')) {
    section.querySelector('[data-order-field]').disabled = false;
    for (const m of section.querySelectorAll('[data-moves]')) m.hidden = false;
    for (const p of section.querySelectorAll('[data-pos]')) p.hidden = true;
    syncOrder(section);
    section.addEventListener('click', (e) => {
      const btn = e.target.closest('[data-up],[data-down]');
      if (!btn) return;
      const list = section.querySelector('[data-order]');
      const items = [...list.children];
      const from = items.indexOf(btn.closest('li'));
      const order = move(items.map((_, i) => i), from, btn.hasAttribute('data-up') ? -1 : 1);
      for (const i of order) list.appendChild(items[i]);
      syncOrder(section);
      btn.focus();
      save(section);
    });
  }

  for (const [qid, answer] of Object.entries(queue.restored())) {
    const s = byId.get(qid);
    if (s) fill(s, answer);
  }
  queue.start();

  const timers = new Map();
  form.addEventListener('change', (e) => {
    const s = e.target.closest('section.q');
    if (s) save(s);
  });
  form.addEventListener('input', (e) => {
    const s = e.target.closest('section.q');
    if (!s || e.target.tagName !== 'INPUT' || e.target.type === 'radio' || e.target.type === 'checkbox') return;
    clearTimeout(timers.get(s));
    timers.set(s, setTimeout(() => save(s), 700));
  });
  window.addEventListener('online', () => queue.wake());
  window.addEventListener('beforeunload', (e) => {
    if (queue.pending().length && !form.dataset.leaving) e.preventDefault();
  });

  pages(form, sections);

  let finishing = false;
  async function finish() {
    if (finishing) return;
    finishing = true;
    const timer = form.querySelector('[data-timer]');
    if (timer) timer.textContent = msg.msgTimeUp;
    await queue.flush(2500);
    await api('POST', `/api/v1/exams/attempts/${id}/submit`);
    form.dataset.leaving = '1';
    window.location.assign(form.dataset.result);
  }

  form.addEventListener('submit', async (e) => {
    const button = e.submitter;
    if (!button || button.value !== 'submit' || form.dataset.leaving) return;
    e.preventDefault();
    for (const s of sections) if (!s.hasAttribute('data-answered')) save(s);
    const missing = sections.filter((s) => !serialize(s.dataset.kind, valuesOf(s)).ok).map((s) => s.dataset.n);
    const question = missing.length ? msg.confirmUnanswered.replace('%LIST%', missing.join(', ')) : msg.confirmSubmit;
    if (!window.confirm(question)) return;
    if (!(await queue.flush(8000)) && !queue.closed) return; // offline: stay, the answers are kept
    form.dataset.leaving = '1';
    const res = await api('POST', `/api/v1/exams/attempts/${id}/submit`);
    if (res.ok || res.kind === 'closed') {
      window.location.assign(form.dataset.result);
      return;
    }
    // The API did not answer: the plain form saves everything again and hands in.
    const action = document.createElement('input');
    Object.assign(action, { type: 'hidden', name: 'action', value: 'submit' });
    form.appendChild(action);
    form.submit();
  });

  const deadline = Number(form.dataset.deadline);
  const serverNow = Number(form.dataset.now);
  const timer = form.querySelector('[data-timer]');
  // A timed test counts down all the time; an untimed one only in its last minutes.
  const countdownFrom = Math.min(Number(form.dataset.countdownFrom) || COUNTDOWN_FROM_MS, COUNTDOWN_FROM_MS);
  startCountdown({
    deadline,
    serverNow,
    tick: (left) => {
      if (!timer || finishing || left > countdownFrom) return;
      timer.classList.remove('untimed');
      timer.textContent = `⏱ ${formatRemaining(left)}`;
      timer.classList.toggle('low', left < 60_000);
    },
    onEnd: finish,
  });
}

/**
 * One question at a time on small screens, with back/next and numbered dots. The server has
 * already shown the current question; here back/next stop posting the form and just switch.
 */
function pages(form, sections) {
  const nav = form.querySelector('[data-qnav]');
  if (!nav || sections.length < 2) return;
  let current = Math.max(0, sections.findIndex((s) => s.classList.contains('current')));
  const show = (i) => {
    current = Math.min(sections.length - 1, Math.max(0, i));
    sections.forEach((s, n) => s.classList.toggle('current', n === current));
    nav.querySelectorAll('[data-go]').forEach((b, n) => {
      b.classList.toggle('current', n === current);
      b.classList.toggle('answered', sections[n].hasAttribute('data-answered'));
    });
    nav.querySelector('[data-prev]').disabled = current === 0;
    nav.querySelector('[data-next]').disabled = current === sections.length - 1;
  };
  nav.addEventListener('click', (e) => {
    if (e.target.closest('button')) e.preventDefault();
    const go = e.target.closest('[data-go]');
    if (go) show(Number(go.dataset.go));
    if (e.target.closest('[data-prev]')) show(current - 1);
    if (e.target.closest('[data-next]')) show(current + 1);
    if (go || e.target.closest('[data-prev],[data-next]')) {
      sections[current].scrollIntoView({ block: 'nearest' });
    }
  });
  show(current);
}
