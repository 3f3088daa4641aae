// Math Monster's page: a signed-in child's round starts on the server and its answers go back
// at the end (or wait in localStorage while offline); a visitor plays the questions that came
// with the page and keeps nothing. Keys 1–4 pick an option.

import { outcome, pending, promptText, rightOption, spoken } from './math-monster.js';

const root = document.getElementById('math-monster');
const data = JSON.parse(document.getElementById('mm-data').textContent);
const $ = (sel) => root.querySelector(sel);

const words = new Map();
for (const el of document.getElementById('mm-msgs').content.querySelectorAll('[data-k]')) {
  words.set(el.dataset.k, el.textContent.trim().replace(/[\u2068\u2069]/g, ''));
}
const t = (key, vars = {}) => (words.get(key) ?? key).replace(/\{(\w+)\}/g, (m, n) => (n in vars ? String(vars[n]) : m));

/** JSON POST with the session cookie and CSRF token: `{ok, data}` or `{ok: false, kind, status}`. */
async function post(url, body) {
  let res;
  try {
    const csrf = document.querySelector('meta[name="csrf-token"]')?.content || '';
    res = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf, Accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, kind: 'network' };
  }
  const json = await res.json().catch(() => null);
  if (res.ok) return { ok: true, data: json };
  if (res.status === 401) return { ok: false, kind: 'signin', status: 401 };
  return { ok: false, kind: res.status === 409 ? 'locked' : 'other', status: res.status, code: json?.error?.code };
}

// Sounds: short WebAudio beeps, muted by the speaker button (remembered on this device).
const MUTE = 'games.muted';
let muted = localStorage.getItem(MUTE) === '1';
let audio = null;
function beep(freqs) {
  if (muted) return;
  try {
    audio = audio || new AudioContext();
    freqs.forEach((f, i) => {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      const at = audio.currentTime + i * 0.12;
      osc.frequency.value = f;
      gain.gain.setValueAtTime(0.15, at);
      gain.gain.exponentialRampToValueAtTime(0.001, at + 0.2);
      osc.connect(gain).connect(audio.destination);
      osc.start(at);
      osc.stop(at + 0.22);
    });
  } catch {
    /* no audio on this device: play on quietly */
  }
}
function showMute() {
  $('[data-mute]').setAttribute('aria-pressed', String(muted));
  $('[data-mute-icon]').textContent = muted ? '🔇' : '🔊';
}
$('[data-mute]').addEventListener('click', () => {
  muted = !muted;
  localStorage.setItem(MUTE, muted ? '1' : '0');
  if (muted && 'speechSynthesis' in window) speechSynthesis.cancel();
  showMute();
});
showMute();

function say(text) {
  if (muted || !('speechSynthesis' in window)) return;
  speechSynthesis.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.lang = document.documentElement.lang;
  speechSynthesis.speak(u);
}

const queue = pending(localStorage);
const stage = $('[data-stage]');
const buttons = [...root.querySelectorAll('[data-option]')];
let questions = [];
let roundId = null;
let index = 0;
let shownAt = 0;
let busy = false;
const answers = [];

function problem(key) {
  const p = $('[data-problem]');
  p.textContent = t(key);
  p.hidden = false;
  root.dataset.state = 'problem';
}

function show() {
  const q = questions[index];
  const prompt = $('[data-prompt]');
  prompt.textContent = promptText(q.terms);
  // Three numbers in the hundreds: a smaller size keeps the sum on one line of a phone.
  prompt.toggleAttribute('data-long', prompt.textContent.length > 13);
  buttons.forEach((b, i) => {
    b.querySelector('[data-value]').textContent = String(q.options[i]);
    b.className = 'mm-option';
    b.disabled = false;
  });
  [...$('[data-dots]').children].forEach((d, i) => d.classList.toggle('mm-dot-now', i === index));
  $('[data-feedback]').textContent = '';
  shownAt = performance.now();
  busy = false;
}

function choose(option) {
  if (busy || root.dataset.state !== 'playing') return;
  busy = true;
  const q = questions[index];
  answers.push([Math.max(0, Math.round(performance.now() - shownAt)), option]);
  const right = option === rightOption(q);
  buttons.forEach((b) => { b.disabled = true; });
  buttons[option].classList.add(right ? 'mm-right' : 'mm-wrong');
  const dot = $('[data-dots]').children[index];
  dot.classList.add(right ? 'mm-dot-right' : 'mm-dot-wrong');
  $('[data-feedback]').textContent = t(right ? 'right' : 'wrong');
  const monster = $('[data-monster]');
  monster.classList.remove('mm-eat', 'mm-sad');
  void monster.offsetWidth; // restart the animation
  monster.classList.add(right ? 'mm-eat' : 'mm-sad');
  $('[data-bite]').textContent = right ? String(q.options[option]) : '';
  beep(right ? [660, 880] : [220]);
  setTimeout(() => {
    index += 1;
    if (index < questions.length) show();
    else finish();
  }, right ? 700 : 1100);
}

async function finish() {
  root.dataset.state = 'done';
  stage.hidden = true;
  const mine = outcome(questions, answers);
  const result = $('[data-result]');
  result.hidden = false;
  const paint = (o) => {
    $('[data-result-stars]').textContent = '★'.repeat(o.stars) + '☆'.repeat(3 - o.stars);
    $('[data-result-stars]').setAttribute('aria-label', t('stars', { stars: o.stars }));
    $('[data-result-right]').textContent = t('result-right', { right: o.score / 10 });
    $('[data-result-score]').textContent = t('result-score', { score: o.score });
    const next = $('[data-next]');
    next.hidden = !(o.passed && data.next);
    if (data.next) next.href = `/games/math-monster/${data.next}`;
  };
  paint(mine);
  beep(mine.passed ? [523, 659, 784] : [330, 262]);
  const status = $('[data-result-status]');
  if (!data.signed_in) {
    status.textContent = t('not-kept');
    return;
  }
  status.textContent = t('saving');
  const log = { answers };
  const res = await post(`/api/v1/games/rounds/${roundId}/finish`, { log, claimed_score: mine.score });
  if (res.ok) {
    paint(res.data);
    const coins = $('[data-result-coins]');
    coins.textContent = t('result-coins', { coins: res.data.coins });
    coins.hidden = res.data.coins <= 0;
    status.textContent = t('saved');
    root.dataset.saved = 'true';
  } else if (res.kind === 'network') {
    queue.add({ round_id: roundId, log, claimed_score: mine.score });
    status.textContent = t('pending');
  } else {
    status.textContent = t('failed');
  }
}

async function start() {
  if (data.signed_in) {
    if (queue.list().length && (await queue.flush(post)) > 0) $('[data-result-status]').textContent = t('sent');
    if (!data.open) return problem('locked');
    const res = await post('/api/v1/games/math-monster/rounds', { level: data.level });
    if (!res.ok) return problem(res.kind === 'locked' ? 'locked' : 'start-failed');
    roundId = res.data.round_id;
    questions = res.data.config.questions;
  } else {
    questions = data.questions;
  }
  const dots = $('[data-dots]');
  dots.replaceChildren(...questions.map(() => document.createElement('li')));
  stage.hidden = false;
  root.dataset.state = 'playing';
  show();
}

buttons.forEach((b, i) => b.addEventListener('click', () => choose(i)));
$('[data-say]').addEventListener('click', () => {
  if (questions[index]) say(spoken(questions[index].terms, t));
});
document.addEventListener('keydown', (e) => {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  const n = Number(e.key);
  if (n >= 1 && n <= 4) choose(n - 1);
});
window.addEventListener('online', () => {
  if (data.signed_in) queue.flush(post);
});
start();
