// Syllable puzzle's page: pick a level; for each word a picture and its spoken word, and tiles
// to tap in the word's order. A signed-in child's round starts on the server and its taps go
// back to be replayed there; a visitor plays locally. Rounds, finishes that wait until the
// page is back online, and the mute switch are `round.js`.

import { config as levelConfig, deal, log, newPlay, outcome, over, params, tap, current, TIMEOUT } from './syllables.js';
import * as round from './round.js';
import { createSpeaker } from '../speech.js';

const root = document.getElementById('syllables');
const $ = (sel) => root.querySelector(sel);
const msg = (name) => root.dataset[`msg${name.replace(/(^|-)(\w)/g, (_, _d, c) => c.toUpperCase())}`] || '';
const signedIn = root.dataset.signedIn === '1';
const words = JSON.parse(root.dataset.words);
const store = window.localStorage;
const tune = (freqs, ms = 90) => round.beep(store, freqs, ms, { volume: 0.15 });
const pageLang = { uz: 'uz-UZ', ru: 'ru-RU', en: 'en-GB' }[document.documentElement.lang] || 'uz-UZ';
const voice = createSpeaker({ lang: root.dataset.speechLang || 'uz-UZ', show: () => {} });
const leadVoice = createSpeaker({ lang: pageLang, show: () => {} });

// { level, round, p, play, t0, busy, timer }
let game = null;

function showMute() {
  const muted = round.isMuted(store);
  const b = $('[data-mute]');
  b.setAttribute('aria-pressed', String(muted));
  b.setAttribute('aria-label', muted ? msg('unmute') : msg('mute'));
  b.title = b.getAttribute('aria-label');
  $('[data-mute-icon]').textContent = muted ? '🔇' : '🔊';
}

function screen(name, state = name) {
  root.dataset.screen = name;
  root.dataset.state = state;
  root.querySelectorAll('section[data-screen]').forEach((s) => { s.hidden = s.dataset.screen !== name; });
}

const now = () => performance.now() - game.t0;

function sayWord() {
  const w = game && current(game.play);
  if (w && !round.isMuted(store)) voice.say(w.word);
}

function lives() {
  const n = game.play.lives;
  $('[data-lives]').textContent = '❤️'.repeat(n) + '🤍'.repeat(3 - n);
}

/** Draws the current word: its picture, its empty slots and its tiles. */
function showWord() {
  const play = game.play;
  const w = current(play);
  const puzzle = play.puzzles[play.word];
  $('[data-emoji]').textContent = w.emoji;
  $('[data-word-n]').textContent = play.word + 1;
  $('[data-word-total]').textContent = play.puzzles.length;
  const slots = w.syllables.map(() => {
    const s = document.createElement('span');
    s.className = 'gs-slot';
    const hint = document.createElement('span');
    hint.className = 'sr-only';
    hint.textContent = msg('slot');
    s.append(hint);
    return s;
  });
  $('[data-slots]').replaceChildren(...slots);
  const tiles = puzzle.tiles.map((text, i) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'gs-tile';
    b.dataset.i = i;
    b.textContent = text;
    return b;
  });
  $('[data-tiles]').replaceChildren(...tiles);
  lives();
  game.busy = false;
  clock();
  sayWord();
}

/** The timer of a timed level: the seconds left and the bar; a word whose time ran out. */
function clock() {
  if (!game || !game.p.limit_ms || over(game.play)) return;
  const left = game.play.start + game.p.limit_ms - now();
  $('[data-clock]').textContent = Math.max(0, Math.ceil(left / 1000));
  $('[data-timebar-fill]').style.width = `${Math.max(0, (100 * left) / game.p.limit_ms)}%`;
  root.classList.toggle('gs-hurry', left < 5000);
  if (left <= 0 && !game.busy) timeUp();
}

function timeUp() {
  const w = current(game.play);
  tap(game.play, game.play.start + game.p.limit_ms, TIMEOUT);
  tune([300, 200, 150], 120);
  // The word the child did not finish shows whole for a moment, then the next one comes.
  $('[data-slots]').querySelectorAll('.gs-slot').forEach((s, k) => { s.textContent = w.syllables[k]; s.classList.add('missed'); });
  next(1200);
}

/** After a word: the next one (its time starts when this one ended), or the round's end. */
function next(ms) {
  game.busy = true;
  lives();
  const g = game;
  setTimeout(() => {
    if (game !== g) return;
    if (over(g.play)) finish(); else showWord();
  }, ms);
}

function onTile(i) {
  if (!game || game.busy || over(game.play)) return;
  const ms = now();
  if (game.p.limit_ms && ms > game.play.start + game.p.limit_ms) { timeUp(); return; }
  const placed = game.play.placed;
  const w = current(game.play);
  const r = tap(game.play, ms, i);
  if (!r) return;
  const b = $(`.gs-tile[data-i="${i}"]`);
  if (!r.right) {
    tune([260, 200]);
    b.classList.remove('wrong');
    void b.offsetWidth; // restart the shake
    b.classList.add('wrong');
    lives();
    if (over(game.play)) next(900);
    return;
  }
  const slot = $('[data-slots]').children[placed];
  slot.textContent = b.textContent;
  slot.classList.add('filled');
  b.disabled = true;
  b.classList.add('used');
  if (!r.solved) { tune([520 + 80 * placed]); return; }
  $('[data-slots]').classList.add('solved');
  tune([523, 659, 784], 110);
  if (!round.isMuted(store)) voice.say(w.word);
  setTimeout(() => $('[data-slots]').classList.remove('solved'), 1100);
  next(1100);
}

function start(level, serverRound, seed, config) {
  clearInterval(game && game.timer);
  const p = params(level);
  const play = newPlay(config.pool, deal(seed, config.pool, p), level, p.limit_ms);
  game = { level, round: serverRound, p, play, t0: performance.now(), busy: false };
  $('[data-clock-box]').hidden = !p.limit_ms;
  $('[data-timebar]').hidden = !p.limit_ms;
  root.classList.remove('gs-hurry');
  screen('play', 'playing');
  showWord();
  if (p.limit_ms) game.timer = setInterval(clock, 200);
  const first = $('.gs-tile');
  if (first) first.focus({ preventScroll: true });
}

async function finish() {
  clearInterval(game.timer);
  const local = outcome(game.play);
  tune(local.passed ? [523, 659, 784, 1047] : [392, 330, 262], 130);
  showResult(local, null);
  const note = $('[data-result-note]');
  if (!game.round) {
    note.textContent = signedIn ? '' : msg('local');
    note.dataset.status = 'local';
    root.dataset.state = 'over-local';
    return;
  }
  note.textContent = msg('sending');
  note.dataset.status = 'sending';
  const body = { log: log(game.play), claimed_score: local.score };
  const r = await round.finish({ ...game.round, game: 'syllables' }, body, { storage: store });
  note.dataset.status = r.kind;
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
  root.dataset.state = `over-${r.kind}`;
}

function showResult(r, coins) {
  $('[data-result-stars]').textContent = '★'.repeat(r.stars) + '☆'.repeat(3 - r.stars);
  $('[data-result-title]').textContent = r.passed ? msg('well-done') : msg('lost');
  $('[data-result-score]').textContent = r.score;
  $('[data-result-solved]').textContent = `${game.play.solved}/${game.play.puzzles.length}`;
  $('[data-result-mistakes]').textContent = game.play.mistakes;
  $('[data-result-coins-row]').hidden = coins === null || coins === undefined;
  $('[data-result-coins]').textContent = coins ?? 0;
  const nextLevel = root.querySelector(`[data-level="${game.level + 1}"]`);
  $('[data-next]').hidden = !nextLevel || (nextLevel.disabled && !r.passed);
  screen('result', root.dataset.state === 'playing' ? 'over' : root.dataset.state);
  $('[data-again]').focus();
}

function addCoins(coins) {
  const balance = document.querySelector('[data-coin-balance]');
  const have = balance && Number(balance.textContent.replace(/\D/g, ''));
  if (coins > 0 && Number.isFinite(have)) balance.textContent = String(have + coins);
}

function unlock(level) {
  const b = root.querySelector(`[data-level="${level}"]`);
  if (!b || !b.disabled) return;
  b.disabled = false;
  b.removeAttribute('aria-disabled');
  b.querySelector('.gs-level-n').textContent = level;
}

async function choose(level) {
  const err = $('[data-error]');
  err.hidden = true;
  const r = await round.start('syllables', { signedIn, config: levelConfig(level, words), level });
  if (!r.error) { start(level, r.local ? null : r, r.seed, r.config); return; }
  err.textContent = r.error === 'games_level_locked' ? msg('locked') : r.message || msg('failed');
  err.hidden = false;
}

root.querySelectorAll('[data-level]').forEach((b) => b.addEventListener('click', () => choose(Number(b.dataset.level))));
$('[data-tiles]').addEventListener('click', (e) => {
  const b = e.target.closest('.gs-tile');
  if (b) onTile(Number(b.dataset.i));
});
document.addEventListener('keydown', (e) => {
  if (!game || root.dataset.screen !== 'play' || e.ctrlKey || e.metaKey || e.altKey) return;
  const n = Number(e.key);
  if (n >= 1 && n <= 9) {
    const b = $(`.gs-tile[data-i="${n - 1}"]`);
    if (b && !b.disabled) { e.preventDefault(); onTile(n - 1); }
  }
});
$('[data-say-word]').addEventListener('click', sayWord);
$('[data-say-lead]').addEventListener('click', () => leadVoice.say($('[data-lead]').textContent));
$('[data-mute]').addEventListener('click', () => {
  round.setMuted(store, !round.isMuted(store));
  showMute();
});
$('[data-quit]').addEventListener('click', () => {
  clearInterval(game.timer);
  game = null;
  screen('levels');
});
$('[data-again]').addEventListener('click', () => choose(game.level));
$('[data-next]').addEventListener('click', () => choose(game.level + 1));
$('[data-back]').addEventListener('click', () => screen('levels'));
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
