// MathKids: a problem is solved one step at a time — the child types each step's number and
// the server checks it — or, where a parent allows it, shown whole. Every line can be heard.

import { createSpeaker } from '../speech.js';
import { post } from './api.js';

const root = document.getElementById('mathkids');
const lang = root.dataset.lang;
const msg = (k) => root.dataset[`msg${k[0].toUpperCase()}${k.slice(1)}`] || '';
const speaker = createSpeaker({ lang: root.dataset.speechLang, show: () => {} });
const $ = (sel) => root.querySelector(sel);
const input = $('#mk-problem');

let problem = '';
let solved = null;
let at = 0;
let given = []; // the child's accepted numbers, step by step

function error(text) {
  const e = $('[data-error]');
  e.hidden = !text;
  e.textContent = text || '';
}

function stepItem(s) {
  const li = document.createElement('li');
  li.className = 'mk-step';
  li.dataset.change = s.change;
  const work = document.createElement('p');
  work.className = 'mk-step-work';
  work.textContent = s.after && s.after !== s.before ? `${s.before} → ${s.after}` : s.before;
  const text = document.createElement('p');
  text.className = 'mk-step-text';
  text.textContent = s.text;
  const say = document.createElement('button');
  say.type = 'button';
  say.className = 'sk-say';
  say.textContent = '🔈';
  say.setAttribute('aria-label', s.text);
  say.addEventListener('click', () => speaker.say(s.say || s.text));
  li.append(say, work, text);
  return li;
}

function showAnswer(answer, said) {
  const a = $('[data-answer]');
  a.hidden = false;
  a.textContent = `🎉 ${msg('answer')}: ${answer}`;
  $('[data-ask]').hidden = true;
  speaker.say(`${msg('done')} ${said || answer}`);
}

/** A step without a question, from the server when this child's solution is kept back. */
async function plainStep(i) {
  const s = solved.steps[i];
  if (s.after || s.text) return { step: s, answer: null };
  const r = await post('/api/v1/mathkids/check', { problem, language: lang, step: i, value: '', previous: given });
  return r.ok ? { step: r.data.step, answer: r.data.answer || null, say: r.data.say_answer } : null;
}

/** Reveals steps until one asks the child for a number. */
async function advance() {
  const steps = solved.steps;
  while (at < steps.length && !steps[at].ask) {
    const got = await plainStep(at);
    if (!got) {
      error(msg('failed'));
      return;
    }
    $('[data-steps]').append(stepItem(got.step));
    if (got.answer) {
      solved.answer = got.answer;
      solved.say_answer = got.say;
    }
    at += 1;
  }
  if (at >= steps.length) {
    if (solved.answer) showAnswer(solved.answer, solved.say_answer);
    return;
  }
  const ask = $('[data-ask]');
  ask.hidden = false;
  $('[data-ask-label]').textContent = steps[at].ask;
  $('[data-mark]').textContent = '';
  const v = $('#mk-value');
  v.value = '';
  v.focus();
  speaker.say(steps[at].say_ask || steps[at].ask);
}

async function solve(text) {
  problem = text.trim();
  if (!problem) return;
  error('');
  const r = await post('/api/v1/mathkids/solve', { problem, language: lang, mode: 'hint' });
  if (!r.ok) {
    $('[data-work]').hidden = true;
    error((r.data && r.data.error && r.data.error.message) || msg('failed'));
    return;
  }
  solved = r.data;
  at = 0;
  given = [];
  $('[data-work]').hidden = false;
  $('[data-problem]').textContent = solved.problem;
  $('[data-steps]').replaceChildren();
  $('[data-answer]').hidden = true;
  $('[data-ask]').hidden = true;
  advance();
}

async function checkStep(e) {
  e.preventDefault();
  const value = $('#mk-value').value.trim();
  if (!value) return;
  const r = await post('/api/v1/mathkids/check', { problem, language: lang, step: at, value, previous: given });
  if (!r.ok) {
    $('[data-mark]').textContent = (r.data && r.data.error && r.data.error.message) || msg('failed');
    return;
  }
  if (!r.data.correct) {
    $('[data-mark]').textContent = `🤔 ${msg('wrong')}`;
    speaker.say(msg('wrong'));
    return;
  }
  given.push(value);
  $('[data-steps]').append(stepItem(r.data.step));
  speaker.say(`${msg('right')} ${r.data.step.say || r.data.step.text}`);
  if (r.data.answer) {
    solved.answer = r.data.answer;
    solved.say_answer = r.data.say_answer;
  }
  at += 1;
  advance();
}

async function showAll() {
  const r = await post('/api/v1/mathkids/solve', { problem, language: lang, mode: 'steps' });
  if (!r.ok) {
    error((r.data && r.data.error && r.data.error.message) || msg('failed'));
    return;
  }
  solved = r.data;
  $('[data-ask]').hidden = true;
  $('[data-steps]').replaceChildren(...solved.steps.map(stepItem));
  at = solved.steps.length;
  showAnswer(solved.answer, solved.say_answer);
}

async function similar() {
  const r = await post('/api/v1/mathkids/similar', { problem });
  if (!r.ok) {
    error((r.data && r.data.error && r.data.error.message) || msg('failed'));
    return;
  }
  input.value = r.data.problem;
  solve(r.data.problem);
}

$('[data-form]').addEventListener('submit', (e) => {
  e.preventDefault();
  solve(input.value);
});
$('[data-ask]').addEventListener('submit', checkStep);
const all = $('[data-show-all]');
if (all) all.addEventListener('click', showAll);
$('[data-similar]').addEventListener('click', similar);
$('[data-say-problem]').addEventListener('click', () => speaker.say(solved ? solved.spoken : problem));
root.querySelectorAll('[data-key]').forEach((k) => {
  k.addEventListener('click', () => {
    const s = input.selectionStart ?? input.value.length;
    const e = input.selectionEnd ?? input.value.length;
    const key = ` ${k.dataset.key} `.replace(/^ \(/, '(').replace(/\) $/, ')');
    input.value = input.value.slice(0, s) + key + input.value.slice(e);
    input.focus();
  });
});
root.querySelectorAll('[data-example]').forEach((b) => {
  b.addEventListener('click', () => {
    input.value = b.dataset.example;
    solve(b.dataset.example);
  });
});
root.querySelectorAll('[data-say-text]').forEach((b) => {
  b.addEventListener('click', () => speaker.say(b.dataset.sayText));
});

// A photographed problem: scaled down on the phone, read on the server, put in the box for the
// child to check and correct before solving.
async function shrink(file) {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
}

const photo = $('[data-photo]');
if (photo) {
  photo.addEventListener('change', async () => {
    const file = photo.files && photo.files[0];
    if (!file) return;
    const note = $('[data-photo-note]');
    note.hidden = false;
    note.textContent = msg('photoReading');
    let body = file;
    try { body = await shrink(file); } catch { /* send as taken */ }
    const token = document.querySelector('meta[name="csrf-token"]');
    let res;
    try {
      res = await fetch('/api/v1/mathkids/photo', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/octet-stream', 'X-CSRF-Token': token ? token.content : '', Accept: 'application/json' },
        body,
      });
    } catch {
      note.textContent = msg('failed');
      return;
    }
    const data = await res.json().catch(() => null);
    if (!res.ok) {
      note.textContent = (data && data.error && data.error.message) || msg('failed');
      return;
    }
    input.value = data.text;
    input.focus();
    note.textContent = msg('photoRead');
    speaker.say(msg('photoRead'));
  });
}
