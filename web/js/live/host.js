// The host screen: speaks to /ws/live/host/{game}, draws what `host-view.js` works out, sends
// the host's controls over the same socket and reads each question aloud in the test's language.

import { createSpeaker } from '../speech.js';
import { bars, initial, optionLabels, podiumOrder, reduce, secondsLeft, shapeOf } from './host-view.js';

const root = document.querySelector('[data-live-host]');
const msgs = JSON.parse(root.dataset.msgs || '{}');
const $ = (sel) => root.querySelector(sel);
const speaker = createSpeaker({ lang: root.dataset.speechLang, show: () => {} });

let view = initial(root.dataset.state === 'over' ? 'over' : 'lobby');
let socket = null;
let timer = null;
let retry = 0;

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const c of children) node.append(c);
  return node;
}

function shape(i) {
  const s = shapeOf(i);
  return el('span', { className: `lh-shape lh-shape-${s.name}`, textContent: s.glyph, ariaHidden: 'true' });
}

function send(type, extra = {}) {
  if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type, ...extra }));
}

function drawPlayers() {
  $('[data-count]').textContent = String(view.count);
  $('[data-waiting]').hidden = view.players.length > 0;
  $('[data-players]').replaceChildren(...view.players.map((p) => {
    const kick = el('button', { type: 'button', className: 'lh-kick', textContent: '✕', title: msgs.kick || '' });
    kick.setAttribute('aria-label', `${msgs.kick || ''}: ${p.name}`);
    kick.addEventListener('click', () => send('kick', { player_id: p.id }));
    return el('li', {}, el('span', { textContent: p.name }), kick);
  }));
}

function drawQuestion(q, fresh) {
  $('[data-progress]').textContent = `${q.question + 1} / ${q.of}`;
  $('[data-text]').textContent = q.text;
  $('[data-answers]').textContent = String(view.answers);
  const img = $('[data-image]');
  img.hidden = !q.image_url;
  if (q.image_url) img.src = q.image_url;
  const labels = optionLabels(q, msgs);
  $('[data-typed]').hidden = labels.length > 0;
  $('[data-options]').replaceChildren(...labels.map((text, i) =>
    el('li', { className: `lh-option lh-bg-${shapeOf(i).name}` }, shape(i), el('span', { textContent: text }))));
  if (!fresh) return;
  countdown(q.time_limit_ms);
  readAloud(q, labels);
}

/** The big timer, from `ms` left down to zero. */
function countdown(ms) {
  const started = performance.now();
  clearInterval(timer);
  const tick = () => {
    const left = secondsLeft(ms, performance.now() - started);
    $('[data-timer]').textContent = String(left);
    if (left === 0) clearInterval(timer);
  };
  tick();
  timer = setInterval(tick, 250);
}

/** A pause stops the timer where it is; going on starts it from the time left. */
function drawPause(frame) {
  $('[data-paused-note]').hidden = !view.paused;
  $('[data-control="pause"]').hidden = view.paused;
  $('[data-control="resume"]').hidden = !view.paused;
  if (frame.type === 'paused' || (frame.type === 'state' && view.paused)) clearInterval(timer);
  if (frame.type === 'paused') $('[data-timer]').textContent = String(secondsLeft(frame.left_ms, 0));
  if (frame.type === 'unpaused') countdown(frame.left_ms);
}

async function readAloud(q, labels) {
  const say = $('[data-say]');
  const phrases = [q.text, ...labels].filter(Boolean);
  say.hidden = phrases.length === 0;
  say.onclick = () => readAloud(q, labels);
  for (const p of phrases) {
    if (!(await speaker.say(p))) break;
  }
}

function drawResults(r) {
  clearInterval(timer);
  const q = view.question && view.question.question === r.question ? view.question : null;
  $('[data-results-text]').textContent = q ? q.text : '';
  const labels = q ? optionLabels(q, msgs) : [];
  $('[data-bars]').replaceChildren(...bars(r.distribution, labels, msgs).map((b) => {
    const bar = el('span', { className: `lh-barfill lh-bg-${shapeOf(b.shape).name}` });
    bar.style.setProperty('--h', `${Math.max(b.percent, 2)}%`);
    return el('li', { className: b.right ? 'right' : '' },
      el('strong', { className: 'lh-bar-count', textContent: String(b.count) }), bar,
      el('span', { className: 'lh-bar-label' }, shape(b.shape), b.right ? ' ✔ ' : ' ', b.label));
  }));
  $('[data-right]').textContent = String(r.correct ?? 0);
  $('[data-answered]').textContent = String(r.answered ?? 0);
  drawTop($('[data-top]'), view.top.slice(0, 5));
}

function drawTop(list, players) {
  list.replaceChildren(...players.map((p) =>
    el('li', {}, el('span', { textContent: p.name }), el('strong', { textContent: `${p.score} ${msgs.points || ''}` }))));
}

function drawPodium() {
  $('[data-podium]').replaceChildren(...podiumOrder(view.podium).map((p) =>
    el('li', { className: `lh-place lh-place-${p.rank}` },
      el('span', { className: 'lh-medal', textContent: ['🥇', '🥈', '🥉'][p.rank - 1] || '' }),
      el('strong', { textContent: p.name }), el('span', { textContent: String(p.score) }),
      el('span', { className: 'lh-step', textContent: String(p.rank) }))));
}

function show(frame) {
  const before = view;
  view = reduce(view, frame);
  for (const section of root.querySelectorAll('[data-phase]')) section.hidden = section.dataset.phase !== view.phase;
  const error = $('[data-error]');
  error.hidden = !view.error;
  error.textContent = view.error ? (msgs[view.error] || view.error) : '';
  drawPlayers();
  if (view.phase === 'question' && view.question) drawQuestion(view.question, frame.type === 'question');
  drawPause(frame);
  if (view.phase === 'results' && view.results && view.results !== before.results) drawResults(view.results);
  $('header [data-control="end"]').hidden = view.phase === 'over';
  if (view.phase === 'over') {
    clearInterval(timer);
    drawPodium();
  }
}

function connect() {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  socket = new WebSocket(`${scheme}://${location.host}/ws/live/host/${root.dataset.game}`);
  socket.addEventListener('open', () => { retry = 0; });
  socket.addEventListener('message', (e) => {
    try { show(JSON.parse(e.data)); } catch { /* a frame we cannot read: skip it */ }
  });
  socket.addEventListener('close', () => {
    if (view.phase === 'over') return;
    show({ type: 'error', code: 'lost' });
    retry = Math.min(retry + 1, 5);
    setTimeout(connect, 1000 * retry);
  });
}

root.addEventListener('click', (e) => {
  const button = e.target.closest('[data-control]');
  if (!button) return;
  if (button.dataset.confirm && !window.confirm(button.dataset.confirm)) return;
  send(button.dataset.control);
});

show({ type: 'noop' });
if (view.phase !== 'over') connect();
