// Math Monster's page: a signed-in child's round starts on the server and its answers go back
// at the end (or wait in localStorage while offline); a visitor plays the questions that came
// with the page and keeps nothing. Keys 1–4 pick an option. Rounds, waiting finishes and mute
// are `round.js`.

import { createSpeaker } from '../speech.js';
import { elementLang } from '../speech/lang.js';
import { outcome, promptText, rightOption, spoken } from './math-monster.js';
import * as round from './round.js';

const root = document.getElementById('math-monster');
const data = JSON.parse(document.getElementById('mm-data').textContent);
const $ = (sel) => root.querySelector(sel);
const storage = localStorage;

const words = new Map();
for (const el of document.getElementById('mm-msgs').content.querySelectorAll('[data-k]')) {
  words.set(el.dataset.k, el.textContent.trim().replace(/[\u2068\u2069]/g, ''));
}
const t = (key, vars = {}) => (words.get(key) ?? key).replace(/\{(\w+)\}/g, (m, n) => (n in vars ? String(vars[n]) : m));

// Sounds: short tunes, muted by the speaker button (the one switch of every game), which
// silences the voice too.
const beep = (freqs) => round.beep(storage, freqs, 220, { step: 120, volume: 0.15 });
const muted = () => round.isMuted(storage);
function showMute() {
  $('[data-mute]').setAttribute('aria-pressed', String(muted()));
  $('[data-mute-icon]').textContent = muted() ? '🔇' : '🔊';
}
$('[data-mute]').addEventListener('click', () => {
  round.setMuted(storage, !muted());
  if (muted()) speaker.stop();
  showMute();
});
showMute();

// Questions are said by the platform's voice (the server's, else the browser's, else shown big
// for a moment), like every other spoken word.
const speaker = createSpeaker({ lang: elementLang(root), show: () => {} });
function say(text) {
  if (muted()) return;
  speaker.say(text);
}

const stage = $('[data-stage]');
const buttons = [...root.querySelectorAll('[data-option]')];
let questions = [];
let current = null;
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
  const res = await round.finish({ ...current, game: 'math-monster' }, { log: { answers }, claimed_score: mine.score }, { storage });
  if (res.kind === 'saved') {
    paint(res.result);
    const coins = $('[data-result-coins]');
    coins.textContent = t('result-coins', { coins: res.result.coins });
    coins.hidden = res.result.coins <= 0;
    status.textContent = t('saved');
    root.dataset.saved = 'true';
  } else if (res.kind === 'queued') {
    status.textContent = t('pending');
  } else {
    status.textContent = t('failed');
  }
}

async function start() {
  if (data.signed_in) {
    // Earlier finishes (of any game) go first; they are sent again whenever the page is back online.
    if ((await round.sendWhenOnline({ storage })).length > 0) $('[data-result-status]').textContent = t('sent');
    if (!data.open) return problem('locked');
    current = await round.start('math-monster', { signedIn: true, config: null, level: data.level });
    if (current.error === 'games_level_locked') return problem('locked');
    // The questions come from the server: without it there is no round to play.
    if (current.error || current.local) return problem('start-failed');
    questions = current.config.questions;
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
start();
