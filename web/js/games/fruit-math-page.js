// Fruit math's level page: three puzzles, each a few fruit equations and a question with four
// big options (keys 1–4). A wrong option turns red and stays out; the puzzle waits for the
// right one. A signed-in child's round starts on the server and the taps go back to be replayed
// there; a visitor plays the puzzles the page came with. Rounds, waiting finishes and the mute
// switch are `round.js`.

import { answer, done, log, newPlay, outcome } from './fruit-math.js';
import * as round from './round.js';
import { createSpeaker } from '../speech.js';

const root = document.getElementById('fruit-math');
const $ = (sel) => root.querySelector(sel);
const msg = (name) => root.dataset[`msg${name.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('')}`] || '';
const data = JSON.parse(document.getElementById('fm-data').textContent);
const store = window.localStorage;
const speaker = createSpeaker({ lang: root.dataset.speechLang, show: () => {} });
const options = [...root.querySelectorAll('[data-option]')];

// { round (the server's, null when local), puzzles, play, t0 }
let game = null;

const setState = (s) => { root.dataset.state = s; };
const starText = (n) => '★'.repeat(n) + '☆'.repeat(3 - n);

function showMute() {
  const muted = round.isMuted(store);
  const b = $('[data-mute]');
  b.setAttribute('aria-pressed', String(muted));
  b.setAttribute('aria-label', muted ? msg('unmute') : msg('mute'));
  b.title = b.getAttribute('aria-label');
  $('[data-mute-icon]').textContent = muted ? '🔇' : '🔊';
}

/** A line of tokens as big fruits and signs, then `= right`. */
function line(tokens, fruits, right) {
  const p = document.createElement('p');
  p.className = 'fm-line';
  for (const t of tokens) {
    const s = document.createElement('span');
    if (typeof t === 'number') {
      s.className = 'fm-fruit';
      s.textContent = fruits[t];
    } else {
      s.className = t === '(' || t === ')' ? 'fm-bracket' : 'fm-sign';
      s.textContent = t;
    }
    p.append(s);
  }
  const eq = document.createElement('span');
  eq.className = 'fm-sign';
  eq.textContent = '=';
  const r = document.createElement('b');
  r.className = right === null ? 'fm-ask' : 'fm-number';
  r.textContent = right === null ? '?' : String(right);
  p.append(eq, r);
  return p;
}

function show() {
  const p = game.puzzles[game.play.at];
  $('[data-lines]').replaceChildren(...p.lines.map((l) => line(l.left, p.fruits, l.right)));
  $('[data-question]').replaceChildren(line(p.question, p.fruits, null));
  options.forEach((b, i) => {
    b.textContent = String(p.options[i]);
    b.disabled = false;
    b.className = 'fm-option';
  });
  $('[data-dots]').textContent = game.puzzles.map((_, i) => (i < game.play.at ? '🟢' : i === game.play.at ? '🟡' : '⚪')).join(' ');
  $('[data-feedback]').textContent = '';
  setState('playing');
}

function onOption(i) {
  if (!game || root.dataset.state !== 'playing') return;
  const r = answer(game.play, performance.now() - game.t0, i);
  if (!r) return;
  const b = options[i];
  if (!r.right) {
    b.classList.add('wrong');
    b.disabled = true;
    round.beep(store, [300, 220], 120, { volume: 0.15 });
    $('[data-feedback]').textContent = `🤔 ${msg('try-again')}`;
    return;
  }
  b.classList.add('right');
  round.beep(store, [660, 880], 110, { volume: 0.15 });
  $('[data-feedback]').textContent = `🎉 ${msg('well-done')}`;
  setState('right');
  setTimeout(() => (done(game.play) ? finish() : show()), 800);
}

async function finish() {
  const g = game;
  const local = outcome(g.play);
  setState('sending');
  $('[data-board]').hidden = true;
  $('[data-result]').hidden = false;
  $('[data-result-stars]').textContent = starText(local.stars);
  $('[data-result-title]').textContent = msg('well-done');
  $('[data-result-score]').textContent = local.score;
  $('[data-next]').hidden = !data.next || (!local.passed && !!g.round);
  round.beep(store, [523, 659, 784, 1047], 120, { volume: 0.15 });
  const note = $('[data-status]');
  if (!g.round) {
    note.dataset.status = 'local';
    note.textContent = data.signed_in ? msg('offline') : msg('local');
    setState('over-local');
    return;
  }
  note.dataset.status = 'sending';
  note.textContent = msg('sending');
  const r = await round.finish({ ...g.round, game: 'fruit-math' }, { log: log(g.play), claimed_score: local.score }, { storage: store });
  note.dataset.status = r.kind;
  if (r.kind === 'saved') {
    $('[data-result-stars]').textContent = starText(r.result.stars);
    $('[data-result-score]').textContent = r.result.score;
    $('[data-result-coins-row]').hidden = false;
    $('[data-result-coins]').textContent = r.result.coins;
    $('[data-next]').hidden = !data.next || !r.result.passed;
    note.textContent = msg('kept');
    const balance = document.querySelector('[data-coin-balance]');
    const was = balance && Number(balance.textContent.replace(/\D/g, ''));
    if (r.result.coins > 0 && Number.isFinite(was)) balance.textContent = String(was + r.result.coins);
  } else {
    note.textContent = r.kind === 'queued' ? msg('offline') : msg('failed');
  }
  setState(`over-${r.kind}`);
  $('[data-again]').focus();
}

async function begin() {
  if (data.signed_in) await round.sendWhenOnline({ storage: store });
  const r = await round.start('fruit-math', { signedIn: data.signed_in, config: data.config, level: data.level });
  const err = $('[data-error]');
  if (r.error || (r.local && !r.config)) {
    // Without a connection a signed-in child has no puzzles: the server draws them.
    err.textContent = r.error === 'games_level_locked' ? msg('locked') : r.message || msg('no-round');
    err.hidden = false;
    setState('error');
    return;
  }
  game = { round: r.local ? null : r, puzzles: r.config.puzzles, play: newPlay(r.config.puzzles), t0: performance.now() };
  $('[data-board]').hidden = false;
  show();
}

options.forEach((b, i) => b.addEventListener('click', () => onOption(i)));
document.addEventListener('keydown', (e) => {
  const i = ['1', '2', '3', '4'].indexOf(e.key);
  if (i < 0 || e.ctrlKey || e.metaKey || e.altKey || options[i].disabled) return;
  e.preventDefault();
  onOption(i);
});
$('[data-say-lead]').addEventListener('click', () => speaker.say($('[data-lead]').textContent));
$('[data-mute]').addEventListener('click', () => {
  round.setMuted(store, !round.isMuted(store));
  showMute();
});
showMute();
begin();
