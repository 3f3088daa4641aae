// The story page: the voice reads paragraph by paragraph and lights up the word it is on; the
// child may instead read alone against a timer; then the questions are answered by tapping
// pictures (or typing, for older readers) and checked on the server. A signed-in child may
// also read each paragraph aloud into the microphone (record.js).

import { createSpeaker } from '../speech.js';
import { post } from './api.js';
import { layout, wordAt } from './highlight.js';
import { setupDictation } from './dictate.js';
import { setupRecording } from './record.js';

const root = document.getElementById('story');
const storyId = root.dataset.story;
const reader = root.dataset.reader === '1';
const msg = (k) => root.dataset[`msg${k[0].toUpperCase()}${k.slice(1)}`] || '';
const speaker = createSpeaker({ lang: root.dataset.speechLang, show: () => {} });
const paras = [...root.querySelectorAll('[data-para]')].map((el) => {
  const spans = [...el.querySelectorAll('.w')];
  return { el, spans, ...layout(spans.map((s) => s.textContent)) };
});
const $ = (sel) => root.querySelector(sel);

let readingId = null;
let selfStart = null;
let readMs = null;
let timer = null;

if (reader) {
  post(`/api/v1/smartkids/stories/${storyId}/readings`).then((r) => {
    if (r.ok) readingId = r.data.reading_id;
  });
}

function light(span) {
  root.querySelectorAll('.w.on').forEach((s) => s.classList.remove('on'));
  if (span) {
    span.classList.add('on');
    if (span.scrollIntoView && !span.dataset.seen) {
      span.dataset.seen = '1';
      span.closest('[data-para]').scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  }
}

let listening = false;
async function listen() {
  if (listening) return;
  listening = true;
  $('[data-stop]').hidden = false;
  for (const p of paras) {
    if (!listening) break;
    p.spans.forEach((s) => delete s.dataset.seen);
    const heard = await speaker.say(p.text, {
      progress: (f) => light(p.spans[wordAt(p.starts, p.text.length, f)]),
    });
    if (!heard) break;
  }
  light(null);
  listening = false;
  $('[data-stop]').hidden = true;
}

function stop() {
  listening = false;
  speaker.stop();
  light(null);
  $('[data-stop]').hidden = true;
}

function startSelf() {
  stop();
  selfStart = Date.now();
  readMs = null;
  $('[data-self]').hidden = true;
  $('[data-self-done]').hidden = false;
  $('[data-timer]').hidden = false;
  clearInterval(timer);
  timer = setInterval(() => {
    $('[data-seconds]').textContent = String(Math.round((Date.now() - selfStart) / 1000));
  }, 1000);
}

function doneSelf() {
  if (selfStart) readMs = Date.now() - selfStart;
  clearInterval(timer);
  $('[data-self]').hidden = false;
  $('[data-self-done]').hidden = true;
  const quiz = $('[data-quiz]');
  if (quiz) quiz.scrollIntoView({ behavior: 'smooth' });
}

$('[data-listen]').addEventListener('click', listen);
if (reader) {
  setupRecording({ root, reading: () => readingId, beforeRecord: stop, msg });
  setupDictation({
    root,
    lang: root.dataset.speechLang,
    beforeRecord: stop,
    failed: () => {
      const box = $('[data-result]');
      box.hidden = false;
      box.textContent = msg('failed');
    },
  });
}
$('[data-stop]').addEventListener('click', stop);
$('[data-self]').addEventListener('click', startSelf);
$('[data-self-done]').addEventListener('click', doneSelf);

// Questions: a tap picks one option of a group.
root.querySelectorAll('.sk-options').forEach((group) => {
  group.addEventListener('click', (e) => {
    const b = e.target.closest('.sk-option');
    if (!b) return;
    group.querySelectorAll('.sk-option').forEach((o) => o.setAttribute('aria-checked', String(o === b)));
  });
});
root.querySelectorAll('[data-say-q]').forEach((btn) => {
  btn.addEventListener('click', () => {
    const q = btn.closest('.sk-q');
    const parts = [q.querySelector('[data-prompt]').textContent];
    q.querySelectorAll('.sk-option').forEach((o) => parts.push(o.textContent));
    speaker.say(parts.join('. '));
  });
});

function answers() {
  return [...root.querySelectorAll('[data-q]')].map((q) => {
    const picked = q.querySelector('.sk-option[aria-checked="true"]');
    switch (q.dataset.kind) {
      case 'single':
        return picked ? { type: 'single', choice: Number(picked.dataset.choice) } : null;
      case 'true_false':
        return picked ? { type: 'true_false', value: picked.dataset.value === 'true' } : null;
      default: {
        const t = q.querySelector('[data-typed]').value.trim();
        return t ? { type: 'short', text: t } : null;
      }
    }
  });
}

async function check() {
  const btn = $('[data-check]');
  const given = answers();
  const talk = [...root.querySelectorAll('[data-talk-text]')].map((t) => t.value.trim());
  const box = $('[data-result]');
  if (given.some((a) => a === null)) {
    box.hidden = false;
    box.textContent = msg('pick');
    return;
  }
  btn.disabled = true;
  const body = { answers: given, talk, read_ms: readMs };
  const r = reader && readingId
    ? await post(`/api/v1/smartkids/readings/${readingId}/finish`, body)
    : await post(`/api/v1/smartkids/stories/${storyId}/check`, body);
  btn.disabled = false;
  box.hidden = false;
  if (!r.ok) {
    box.textContent = (r.data && r.data.error && r.data.error.message) || msg('failed');
    return;
  }
  const d = r.data;
  root.querySelectorAll('[data-q]').forEach((q, i) => {
    const right = d.correct[i];
    q.dataset.right = right ? '1' : '0';
    q.querySelector('[data-mark]').textContent = right ? `✅ ${msg('right')}` : `❌ ${msg('wrong')}`;
  });
  root.querySelectorAll('[data-talk]').forEach((q, i) => {
    const v = d.talk[i];
    if (v && v.refused) q.querySelector('[data-mark]').textContent = `🛡️ ${msg('talkRefused')}`;
    else if (v) q.querySelector('[data-mark]').textContent = `${v.good ? '🌟' : '💬'} ${v.feedback || msg(v.good ? 'talkGood' : 'talkMore')}`;
  });
  box.replaceChildren();
  const line = (icon, label, value) => {
    const p = document.createElement('p');
    p.textContent = `${icon} ${label}: ${value}`;
    box.append(p);
  };
  if (d.quiz_score !== null && d.quiz_score !== undefined) line('🎯', msg('score'), `${d.quiz_score}%`);
  if (d.wpm) line('⏱', msg('wpm'), d.wpm);
  if (d.accuracy !== null && d.accuracy !== undefined) line('🎤', msg('accuracy'), `${d.accuracy}%`);
  if (d.coins !== undefined) line('🪙', msg('coins'), d.coins);
  if (reader && readingId) btn.hidden = true;
}

const checkBtn = $('[data-check]');
if (checkBtn) checkBtn.addEventListener('click', check);

const report = $('[data-report]');
if (report) {
  report.addEventListener('click', async () => {
    const r = await post(`/api/v1/smartkids/stories/${storyId}/report`, {});
    if (r.ok) {
      report.textContent = report.dataset.done;
      report.disabled = true;
    }
  });
}
