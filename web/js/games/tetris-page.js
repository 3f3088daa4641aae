// Tetris's page: draws the session on canvases, turns keys and the big buttons into inputs,
// starts a round on the server for a signed-in child and sends its log at the end (or keeps
// it for later when offline); a visitor plays with a local seed and nothing is sent. Rounds,
// waiting finishes and mute are `round.js`.

import { createSpeaker } from '../speech.js';
import { elementLang } from '../speech/lang.js';
import { blocks, ghost, NAMES, VISIBLE, WIDTH, cells, next } from './tetris.js';
import { session } from './tetris-session.js';
import * as round from './round.js';

const root = document.getElementById('tetris');
const $ = (sel) => root.querySelector(sel);
const signedIn = root.dataset.signedIn === '1';
const storage = localStorage;
/** The longest round the server replays (`config.max_ticks`): two hours of ticks. */
const MAX_TICKS = 2 * 3600 * 60;
const COLORS = ['#22b8cf', '#fcc419', '#9c36b5', '#40c057', '#fa5252', '#228be6', '#fd7e14', '#868e96'];
const KEYS = {
  ArrowLeft: 'L', ArrowRight: 'R', ArrowUp: 'CW', KeyX: 'CW', KeyZ: 'CCW', ArrowDown: 'SD',
  Space: 'HD', KeyC: 'HOLD', ShiftLeft: 'HOLD', ShiftRight: 'HOLD',
};

const msgs = new Map();
for (const el of document.getElementById('tetris-msgs').content.querySelectorAll('[data-k]')) {
  msgs.set(el.dataset.k, el.textContent);
}
const t = (key, vars = {}) => (msgs.get(key) ?? key).replace(/\{(\w+)\}/g, (m, n) => (n in vars ? String(vars[n]) : m));

// Sounds: short beeps, muted by the speaker button (the one switch of every game).
const beep = (freq, ms) => round.beep(storage, freq, ms);
function showSound() {
  const muted = round.isMuted(storage);
  $('[data-sound]').setAttribute('aria-pressed', String(!muted));
  $('[data-sound-icon]').textContent = muted ? '🔇' : '🔊';
}
$('[data-sound]').addEventListener('click', () => {
  round.setMuted(storage, !round.isMuted(storage));
  showSound();
});
showSound();

// The instruction read aloud by the platform's voice (the server's, else the browser's, else
// shown big for a moment).
const say = $('[data-say]');
const speaker = createSpeaker({ lang: elementLang(say), show: () => {} });
say.hidden = false;
say.addEventListener('click', () => speaker.say($('[data-intro]').textContent));

// Drawing.
const board = $('[data-board]');
const bctx = board.getContext('2d');
const CELL = 20;
function cell(ctx, x, y, color, size, alpha = 1) {
  ctx.globalAlpha = alpha;
  ctx.fillStyle = color;
  ctx.fillRect(x * size + 1, y * size + 1, size - 2, size - 2);
  ctx.globalAlpha = 1;
}
function drawBoard(play) {
  bctx.fillStyle = '#101828';
  bctx.fillRect(0, 0, board.width, board.height);
  for (let y = 0; y < VISIBLE; y += 1) {
    for (let x = 0; x < WIDTH; x += 1) {
      const c = play.field[y][x];
      if (c) cell(bctx, x, VISIBLE - 1 - y, COLORS[c - 1] ?? COLORS[7], CELL);
    }
  }
  if (play.over) return;
  const color = COLORS[play.piece.kind];
  for (const [x, y] of blocks(ghost(play))) if (y < VISIBLE) cell(bctx, x, VISIBLE - 1 - y, color, CELL, 0.25);
  for (const [x, y] of blocks(play.piece)) if (y < VISIBLE) cell(bctx, x, VISIBLE - 1 - y, color, CELL);
}
function drawMini(canvas, kinds) {
  const ctx = canvas.getContext('2d');
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  const size = 16; // 4 cells wide on an 80-pixel canvas, 3 rows a piece
  kinds.forEach((kind, i) => {
    const dx = kind <= 1 ? 0.5 : 1; // I and O sit in a 4-wide box, the rest in 3
    const dy = kind === 0 ? 0 : 0.5; // I's cells are its box's second row
    for (const [x, y] of cells(kind, 0)) cell(ctx, x + dx, y + dy + i * 3, COLORS[kind], size);
  });
}

// Playing.
let game = null;
let current = null;
let last = 0;
let paused = false;
let seen = { lines: 0, piece: null };

function status(text) {
  $('[data-status]').textContent = text;
}
function showStats(play) {
  $('[data-score]').textContent = play.score;
  $('[data-lines]').textContent = play.lines;
  $('[data-level]').textContent = play.level;
  drawBoard(play);
  drawMini($('[data-hold]'), play.hold === null ? [] : [play.hold]);
  drawMini($('[data-next]'), [...next(play, 5)].map((n) => NAMES.indexOf(n)));
}

function frame(now) {
  if (!game || root.dataset.state !== 'playing') return;
  if (!paused) {
    game.advance(Math.min(now - last, 250));
    const play = game.play;
    if (play.lines > seen.lines) beep(880, 120);
    else if (play.piece !== seen.piece && seen.piece && play.piece.kind !== seen.piece.kind) beep(220, 40);
    seen = { lines: play.lines, piece: play.piece };
    showStats(play);
    if (play.over || play.tick >= MAX_TICKS) {
      finish();
      return;
    }
  }
  last = now;
  requestAnimationFrame(frame);
}

async function start() {
  root.dataset.state = 'starting';
  $('[data-start]').hidden = true;
  $('[data-over]').hidden = true;
  $('[data-result]').hidden = true;
  status('');
  current = await round.start('tetris', { signedIn, config: null });
  // A round the server would not start is played locally and not kept.
  if (current.error) current = await round.start('tetris', { signedIn: false, config: null });
  if (signedIn && current.local) status(t('games-tetris-not-saved'));
  game = session(current.seed);
  seen = { lines: 0, piece: null };
  paused = false;
  root.dataset.state = 'playing';
  $('[data-pause]').hidden = false;
  root.scrollIntoView({ block: 'start' });
  last = performance.now();
  requestAnimationFrame(frame);
}

async function finish() {
  const play = game.play;
  beep(150, 400);
  $('[data-pause]').hidden = true;
  $('[data-over]').hidden = false;
  const result = $('[data-result]');
  result.dataset.score = String(play.score);
  result.textContent = `${t('games-tetris-score')}: ${play.score}`;
  result.hidden = false;
  if (!current.local) {
    root.dataset.state = 'sending';
    status(t('games-tetris-sending'));
  }
  const done = await round.finish({ ...current, game: 'tetris' }, { log: game.log(), claimed_score: play.score }, { storage });
  if (done.kind === 'saved') {
    const r = done.result;
    result.dataset.score = String(r.score);
    result.dataset.coins = String(r.coins);
    result.textContent = `${t('games-tetris-saved', { score: r.score })} · 🪙 ${t('games-tetris-coins', { coins: r.coins })}`;
    status('');
    root.dataset.state = 'done';
  } else if (done.kind === 'queued') {
    status(t('games-tetris-offline'));
    root.dataset.state = 'offline';
  } else {
    if (done.kind === 'refused') status(t('games-tetris-not-saved'));
    root.dataset.state = 'done';
  }
  $('[data-start-label]').textContent = t('games-tetris-again');
  $('[data-start]').hidden = false;
  $('[data-start]').focus();
}

function togglePause(force) {
  if (root.dataset.state !== 'playing') return;
  paused = force ?? !paused;
  status(paused ? t('games-tetris-paused') : '');
  $('[data-pause]').textContent = paused ? '▶️' : '⏸️';
}

$('[data-start]').addEventListener('click', start);
$('[data-pause]').addEventListener('click', () => togglePause());
document.addEventListener('visibilitychange', () => document.hidden && togglePause(true));

const playing = () => game && root.dataset.state === 'playing' && !paused;
document.addEventListener('keydown', (e) => {
  if (e.code === 'KeyP') return togglePause();
  const key = KEYS[e.code];
  if (!key || !playing()) return;
  e.preventDefault();
  if (!e.repeat) game.press(key);
});
document.addEventListener('keyup', (e) => {
  const key = KEYS[e.code];
  if (key && game) game.release(key);
});
for (const button of root.querySelectorAll('[data-key]')) {
  const key = button.dataset.key;
  button.addEventListener('pointerdown', (e) => {
    e.preventDefault();
    if (playing()) game.press(key);
  });
  for (const up of ['pointerup', 'pointercancel', 'pointerleave']) button.addEventListener(up, () => game && game.release(key));
  button.addEventListener('contextmenu', (e) => e.preventDefault());
}

drawBoard({ field: Array.from({ length: VISIBLE }, () => new Array(WIDTH).fill(0)), over: true });
if (signedIn) {
  round.sendWhenOnline({
    storage,
    onSent: () => {
      if (root.dataset.state !== 'playing') status(t('games-tetris-sent-later'));
    },
  });
}
