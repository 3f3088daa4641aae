// Letter Memory's page: pick a level, turn cards two at a time, find every letter's picture.
// A signed-in child's round starts on the server and its flips go back to be replayed there;
// a visitor plays locally. Rounds, finishes that wait until the page is back online, and the
// mute switch are `round.js`.

import { deal, flip, done, log, newPlay, outcome } from './memory.js';
import * as round from './round.js';
import { createSpeaker } from '../speech.js';

const root = document.getElementById('memory');
const $ = (sel) => root.querySelector(sel);
const msg = (name) => root.dataset[`msg${name[0].toUpperCase()}${name.slice(1)}`] || '';
const signedIn = root.dataset.signedIn === '1';
const configs = JSON.parse(root.dataset.configs);
const store = window.localStorage;
/** Letter Memory's tones: `freqs` one after the other, `ms` each. */
const tune = (freqs, ms = 90) => round.beep(store, freqs, ms, { volume: 0.15 });
const speaker = createSpeaker({ lang: root.dataset.speechLang, show: () => {} });

// { level, round (the server's, null when local), config, play, cards[], t0, shown: [a, b] | null, timer }
let game = null;

function showMute() {
  const muted = round.isMuted(store);
  const b = $('[data-mute]');
  b.setAttribute('aria-pressed', String(muted));
  b.setAttribute('aria-label', muted ? msg('unmute') : msg('mute'));
  b.title = b.getAttribute('aria-label');
  $('[data-mute-icon]').textContent = muted ? '🔇' : '🔊';
}

function screen(name) {
  root.dataset.screen = name;
  root.querySelectorAll('section[data-screen]').forEach((s) => { s.hidden = s.dataset.screen !== name; });
}

const clock = (ms) => {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
const starText = (n) => '★'.repeat(n) + '☆'.repeat(3 - n);

/** Columns that make the cards biggest in the space the board has. */
function fit() {
  const board = $('[data-board]');
  const n = game.cards.length;
  const gap = 6;
  const w = board.clientWidth;
  const h = Math.max(260, window.innerHeight - board.getBoundingClientRect().top - 12);
  let best = { cols: 4, size: 0 };
  for (let cols = 2; cols <= 8; cols += 1) {
    const rows = Math.ceil(n / cols);
    const size = Math.min((w - gap * (cols - 1)) / cols, (h - gap * (rows - 1)) / rows, 150);
    if (size > best.size) best = { cols, size };
  }
  board.style.setProperty('--cols', best.cols);
  board.style.setProperty('--size', `${Math.floor(best.size)}px`);
}

function cardButton(i) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'gm-card';
  b.dataset.i = i;
  b.setAttribute('aria-label', msg('card'));
  const inner = document.createElement('span');
  inner.className = 'gm-inner';
  const back = document.createElement('span');
  back.className = 'gm-back'; // its "?" is drawn by the style sheet, so the label is the name
  const front = document.createElement('span');
  front.className = 'gm-front';
  inner.append(back, front);
  b.append(inner);
  return b;
}

/** Fills a card's face when it turns up; a face-down card holds nothing to read. */
function showFace(front, face) {
  front.className = `gm-front ${face.kind}`;
  if (face.kind === 'letter') {
    front.textContent = face.upper === face.lower ? face.upper : `${face.upper} ${face.lower}`;
    // Two-letter sounds (Ch ch, Sh sh, Oʻ oʻ) need a smaller size to fit the card.
    if ([...front.textContent].length > 3) front.classList.add('long');
    return;
  }
  const e = document.createElement('span');
  e.className = 'gm-emoji';
  e.setAttribute('aria-hidden', 'true');
  e.textContent = face.emoji;
  const w = document.createElement('span');
  w.className = 'gm-word';
  w.textContent = face.word;
  front.replaceChildren(e, w);
}

function turn(i, up) {
  const b = game.cards[i];
  const face = game.faces[i];
  const front = b.querySelector('.gm-front');
  b.classList.toggle('up', up);
  if (up) {
    b.dataset.pair = face.pair;
    b.removeAttribute('aria-label');
    showFace(front, face);
  } else {
    delete b.dataset.pair;
    b.setAttribute('aria-label', msg('card'));
    const g = game;
    setTimeout(() => { if (!g.play.up[i] && !b.classList.contains('up')) front.replaceChildren(); }, 400);
  }
}

function start(level, serverRound, seed, config) {
  const { picks, deck } = deal(seed, config.pool.length, config.pairs);
  const faces = deck.map((c) => {
    const p = config.pool[picks[c >> 1]];
    const kind = c % 2 === 0 ? 'letter' : 'picture';
    return { ...p, kind, pair: c >> 1 };
  });
  const board = $('[data-board]');
  board.replaceChildren();
  const cards = faces.map((_, i) => cardButton(i));
  board.append(...cards);
  clearInterval(game && game.timer);
  game = { level, round: serverRound, config, play: newPlay(deck), cards, faces, t0: performance.now(), shown: null, over: false };
  game.timer = setInterval(tick, 500);
  $('[data-total]').textContent = config.pairs;
  status();
  screen('play');
  fit();
  cards[0].focus({ preventScroll: true });
}

function tick() {
  if (game && !game.over) $('[data-clock]').textContent = clock(performance.now() - game.t0);
}

function status() {
  $('[data-moves]').textContent = game.play.moves;
  $('[data-found]').textContent = game.play.matched;
  tick();
}

function onCard(i) {
  if (!game || game.over) return;
  if (game.shown) { // a missed pair still showing: turn it down now
    game.shown.forEach((c) => turn(c, false));
    clearTimeout(game.hide);
    game.shown = null;
  }
  const r = flip(game.play, performance.now() - game.t0, i);
  if (!r) return;
  turn(i, true);
  const face = game.faces[i];
  if (face.kind === 'picture' && !round.isMuted(store)) speaker.say(face.word);
  if (r.first) { tune([520]); status(); return; }
  if (r.match) {
    tune([660, 880]);
    [r.a, r.b].forEach((c) => game.cards[c].classList.add('found'));
  } else {
    tune([300, 220]);
    const shown = [r.a, r.b];
    game.shown = shown;
    game.hide = setTimeout(() => {
      if (game.shown === shown) { shown.forEach((c) => turn(c, false)); game.shown = null; }
    }, 1100);
  }
  status();
  if (done(game.play)) finish();
}

async function finish() {
  game.over = true;
  clearInterval(game.timer);
  const local = outcome(game.play);
  $('[data-clock]').textContent = clock(game.play.last);
  tune([523, 659, 784, 1047], 120);
  showResult(local, null);
  const note = $('[data-result-note]');
  if (!game.round) return;
  note.textContent = msg('sending');
  const body = { log: log(game.play), claimed_score: local.score };
  const r = await round.finish({ ...game.round, game: 'memory' }, body, { storage: store });
  if (r.kind === 'saved') {
    showResult(r.result, r.result.coins);
    note.textContent = msg('kept');
    addCoins(r.result.coins);
    if (r.result.passed) unlock(game.level + 1);
  } else if (r.kind === 'queued') {
    note.textContent = msg('offline');
  } else {
    note.textContent = msg('failed');
  }
}

function showResult(r, coins) {
  $('[data-result-stars]').textContent = starText(r.stars);
  $('[data-result-score]').textContent = r.score;
  $('[data-result-moves]').textContent = game.play.moves;
  $('[data-result-time]').textContent = clock(game.play.last);
  $('[data-result-coins-row]').hidden = coins === null || coins === undefined;
  $('[data-result-coins]').textContent = coins ?? 0;
  $('[data-result-note]').textContent = '';
  const next = root.querySelector(`[data-level="${game.level + 1}"]`);
  $('[data-next]').hidden = !next || (signedIn && game.round && next.disabled && !r.passed);
  setTimeout(() => { screen('result'); $('[data-again]').focus(); }, 500);
}

/** The header's coin balance goes up by what the round paid. */
function addCoins(coins) {
  const balance = document.querySelector('[data-coin-balance]');
  const now = balance && Number(balance.textContent.replace(/\D/g, ''));
  if (coins > 0 && Number.isFinite(now)) balance.textContent = String(now + coins);
}

function unlock(level) {
  const b = root.querySelector(`[data-level="${level}"]`);
  if (!b || !b.disabled) return;
  b.disabled = false;
  b.removeAttribute('aria-disabled');
  const icon = b.querySelector('.gm-level-icon');
  if (icon) icon.textContent = ['🐣', '🦊', '🦁'][level - 1] || '⭐';
}

async function choose(level) {
  const err = $('[data-error]');
  err.hidden = true;
  const r = await round.start('memory', { signedIn, config: configs[level - 1], level });
  if (!r.error) { start(level, r.local ? null : r, r.seed, r.config); return; }
  err.textContent = r.error === 'games_level_locked' ? msg('locked') : r.message || msg('failed');
  err.hidden = false;
}

root.querySelectorAll('[data-level]').forEach((b) => b.addEventListener('click', () => choose(Number(b.dataset.level))));
$('[data-board]').addEventListener('click', (e) => {
  const b = e.target.closest('.gm-card');
  if (b) onCard(Number(b.dataset.i));
});
$('[data-board]').addEventListener('keydown', (e) => {
  const b = e.target.closest('.gm-card');
  const cols = Number(getComputedStyle($('[data-board]')).getPropertyValue('--cols')) || 4;
  const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -cols, ArrowDown: cols }[e.key];
  if (!b || step === undefined) return;
  e.preventDefault();
  const next = game.cards[Number(b.dataset.i) + step];
  if (next) next.focus();
});
$('[data-say-lead]').addEventListener('click', () => speaker.say($('[data-lead]').textContent));
$('[data-mute]').addEventListener('click', () => {
  round.setMuted(store, !round.isMuted(store));
  showMute();
});
$('[data-quit]').addEventListener('click', () => {
  clearInterval(game.timer);
  clearTimeout(game.hide);
  game = null;
  screen('levels');
});
$('[data-again]').addEventListener('click', () => choose(game.level));
$('[data-next]').addEventListener('click', () => choose(game.level + 1));
$('[data-back]').addEventListener('click', () => screen('levels'));
window.addEventListener('resize', () => { if (game && root.dataset.screen === 'play') fit(); });
showMute();
if (signedIn) {
  round.sendWhenOnline({
    storage: store,
    onSent: () => {
      const o = $('[data-outbox]');
      o.textContent = msg('kept');
      o.hidden = false;
    },
  });
}
