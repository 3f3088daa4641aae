// Matchstick math's page: pick a level, then move sticks until the equation is true. Tap a
// stick to pick it up, tap an empty place (shown faintly while a stick is held) to put it
// there. A signed-in child's round starts on the server and its moves go back to be replayed
// there; a visitor plays locally. Rounds, waiting finishes and the mute switch are `round.js`.

import * as rules from './matchstick.js';
import * as round from './round.js';
import { createSpeaker } from '../speech.js';

const SVG = 'http://www.w3.org/2000/svg';
const root = document.getElementById('matchstick');
const $ = (sel) => root.querySelector(sel);
const msg = (name) => root.dataset[`msg${name.replace(/(^|-)(.)/g, (_, __, c) => c.toUpperCase())}`] || '';
const signedIn = root.dataset.signedIn === '1';
const configs = JSON.parse(root.dataset.configs);
const store = window.localStorage;
const tune = (freqs, ms = 90) => round.beep(store, freqs, ms, { volume: 0.15 });
const speaker = createSpeaker({ lang: root.dataset.speechLang, show: () => {} });

// Geometry in units of a hundredth of a digit's width: a digit cell is 100 × 170, a sign or
// "=" cell 70 wide, 8 between cells, 30 between lines (as `layout` counts). A stick is 70 long.
const DIGIT_SEGS = [
  [15, 10, 85, 10], [90, 15, 90, 80], [90, 90, 90, 155], [15, 160, 85, 160],
  [10, 90, 10, 155], [10, 15, 10, 80], [15, 85, 85, 85],
];
const SIGN_SEGS = [[0, 85, 70, 85], [35, 50, 35, 120]];
const EQUALS = [[0, 68, 70, 68], [0, 102, 70, 102]];
const HIT = 35; // half the thickness of a stick's hit area (70 units: ≥ 44 px from 63 px a digit)

// { level, round, config, play, t0, held, over, els: Map(slot → g), lines }
let game = null;

function screen(name) {
  root.dataset.screen = name;
  root.querySelectorAll('section[data-screen]').forEach((s) => { s.hidden = s.dataset.screen !== name; });
}

const clock = (ms) => {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
const starText = (n) => '★'.repeat(n) + '☆'.repeat(3 - n);

function el(name, attrs = {}, parent = null) {
  const e = document.createElementNS(SVG, name);
  Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
  if (parent) parent.append(e);
  return e;
}

/** A matchstick from (x1, y1) to (x2, y2): a wooden stick with a red head. */
function stick(parent, [x1, y1, x2, y2], cls = 'ms-stick') {
  const g = el('g', { class: cls }, parent);
  el('line', { x1, y1, x2, y2, class: 'ms-wood' }, g);
  const [hx, hy] = x1 === x2 ? [x1, Math.min(y1, y2) + 5] : [Math.max(x1, x2) - 5, y1];
  el('ellipse', { cx: hx, cy: hy, rx: x1 === x2 ? 8 : 10, ry: x1 === x2 ? 10 : 8, class: 'ms-head' }, g);
  return g;
}

/** Draws `glyphs` (in `lines`) into `svg`; returns slot → {g, seg (absolute)}. */
function draw(svg, glyphs, lines, { interactive }) {
  svg.replaceChildren();
  const places = new Map();
  let width = 0;
  lines.forEach(([a, b], li) => {
    let x = 0;
    const y = li * 200 + 15;
    for (let p = a; p < b; p += 1) {
      const g = glyphs[p];
      const cell = el('g', { transform: `translate(${x} ${y})`, class: `ms-cell ms-${g.kind}` }, svg);
      if (g.kind === 'equals') {
        el('rect', { x: -8, y: 50, width: 86, height: 70, rx: 18, class: 'ms-goal-glow' }, cell);
        EQUALS.forEach((s) => stick(cell, s, 'ms-stick ms-fixed'));
      } else {
        const segs = g.kind === 'digit' ? DIGIT_SEGS : SIGN_SEGS;
        segs.forEach((s, i) => {
          const slot = p * 7 + i;
          const grp = el('g', { class: 'ms-slot', 'data-slot': slot }, cell);
          const [x1, y1, x2, y2] = s;
          const horiz = y1 === y2;
          el('rect', {
            class: 'ms-hit',
            x: horiz ? x1 - 5 : x1 - HIT,
            y: horiz ? y1 - HIT : y1 - 5,
            width: horiz ? x2 - x1 + 10 : 2 * HIT,
            height: horiz ? 2 * HIT : y2 - y1 + 10,
          }, grp);
          el('line', { x1, y1, x2, y2, class: 'ms-ghost' }, grp);
          stick(grp, s);
          if (interactive) {
            grp.setAttribute('role', 'button');
            grp.setAttribute('aria-label', msg('slot'));
          }
          places.set(slot, { g: grp, seg: [x + x1, y + y1, x + x2, y + y2] });
        });
      }
      x += (g.kind === 'digit' ? 100 : 70) + 8;
    }
    width = Math.max(width, x - 8);
  });
  const height = lines.length * 200 - 30 + 30;
  svg.setAttribute('viewBox', `-10 -5 ${width + 20} ${height}`);
  return { places, width: width + 20, height };
}

function paint() {
  const { play } = game;
  for (const [slot, { g }] of game.places) {
    const on = rules.at(play.now, slot);
    const held = game.held === slot;
    const active = game.over ? false : (on || (game.held !== null && !on));
    g.classList.toggle('on', on);
    g.classList.toggle('held', held);
    g.classList.toggle('active', active);
    if (active) g.setAttribute('tabindex', '0'); else g.removeAttribute('tabindex');
    g.setAttribute('aria-label', on ? msg('stick') : msg('slot'));
    if (on) g.setAttribute('aria-pressed', String(held)); else g.removeAttribute('aria-pressed');
  }
  game.svg.classList.toggle('holding', game.held !== null);
  const left = rules.left(play);
  $('[data-left]').replaceChildren(...Array.from({ length: play.allowed }, (_, i) => {
    const s = document.createElement('span');
    s.className = `ms-mini${i < left ? '' : ' used'}`;
    return s;
  }));
  $('[data-left]').dataset.left = left;
  $('[data-undo]').disabled = game.over || play.stack.length === 0;
  // Every stick moved and still false: "take back" calls, for a child who cannot read.
  $('[data-undo]').classList.toggle('ms-pulse', !game.over && left === 0 && !rules.solved(play));
  $('[data-reset]').disabled = game.over || play.stack.length === 0;
  root.dataset.state = game.over ? root.dataset.state : 'playing';
}

function fit() {
  const board = $('[data-board]');
  const w = board.clientWidth;
  // The play section is scrolled to the top, so the board may take the screen below its bar.
  const play = $('section[data-screen="play"]');
  const above = board.getBoundingClientRect().top - play.getBoundingClientRect().top;
  const h = Math.max(240, window.innerHeight - above - 48);
  const { lines, unit } = rules.layout(game.play.now, w - 8, h);
  game.lines = lines;
  const svg = el('svg', { class: 'ms-svg', 'aria-hidden': 'false', focusable: 'false' });
  const drawn = draw(svg, game.play.now, lines, { interactive: true });
  svg.setAttribute('width', Math.floor((drawn.width * unit) / 100));
  svg.setAttribute('height', Math.floor((drawn.height * unit) / 100));
  board.replaceChildren(svg);
  game.svg = svg;
  game.places = drawn.places;
  paint();
}

/** The slot nearest to a point in the board's units, among those a tap may take now. */
function nearest(x, y) {
  let best = null;
  for (const [slot, { g, seg: [x1, y1, x2, y2] }] of game.places) {
    if (!g.classList.contains('active')) continue;
    const cx = Math.max(Math.min(x, Math.max(x1, x2)), Math.min(x1, x2));
    const cy = Math.max(Math.min(y, Math.max(y1, y2)), Math.min(y1, y2));
    const d = Math.hypot(x - cx, y - cy);
    if (d <= HIT + 6 && (!best || d < best.d)) best = { slot, d };
  }
  return best && best.slot;
}

function warn(text) {
  const w = $('[data-warn]');
  w.textContent = text;
  w.classList.remove('shake');
  void w.offsetWidth; // restarts the animation
  if (text) {
    w.classList.add('shake');
    $('[data-undo]').classList.add('ms-pulse');
  }
}

function tap(slot) {
  if (!game || game.over || slot === null) return;
  const on = rules.at(game.play.now, slot);
  if (on) {
    game.held = game.held === slot ? null : slot;
    if (game.held !== null) tune([620]);
    warn('');
    paint();
    return;
  }
  if (game.held === null) return;
  const r = rules.move(game.play, performance.now() - game.t0, game.held, slot);
  if (r === 'too-many') {
    tune([260, 200]);
    warn(msg(game.play.allowed > 1 ? 'too-many-two' : 'too-many-one'));
    return;
  }
  game.held = null;
  tune([740]);
  warn('');
  const focus = slot;
  paint();
  if (rules.solved(game.play)) finish();
  else game.places.get(focus).g.focus({ preventScroll: true });
}

function start(level, serverRound, config) {
  game = {
    level, round: serverRound, config, play: rules.newPlay(config.equation, config.moves),
    t0: performance.now(), held: null, over: false,
  };
  $('[data-level-now]').textContent = `${msg('level').replace('0', String(level))}:`;
  $('[data-goal-text]').textContent = `${msg(config.moves > 1 ? 'goal-two' : 'goal-one')} ${msg('how')}`;
  warn('');
  screen('play');
  fit();
  $('section[data-screen="play"]').scrollIntoView({ block: 'start' });
  if (!round.isMuted(store)) speaker.say(msg(config.moves > 1 ? 'goal-two' : 'goal-one'));
  const first = [...game.places.values()].find(({ g }) => g.classList.contains('active'));
  if (first) first.g.focus({ preventScroll: true });
}

async function finish() {
  game.over = true;
  game.held = null;
  root.dataset.state = 'solved';
  paint();
  game.svg.classList.add('solved');
  const local = rules.outcome(game.play);
  tune([523, 659, 784, 1047], 120);
  const eq = el('svg', { class: 'ms-svg ms-svg-small solved', 'aria-hidden': 'true' });
  const drawn = draw(eq, game.play.now, [[0, game.play.now.length]], { interactive: false });
  eq.setAttribute('width', Math.floor(drawn.width * 0.4));
  eq.setAttribute('height', Math.floor(drawn.height * 0.4));
  drawn.places.forEach(({ g }, slot) => g.classList.toggle('on', rules.at(game.play.now, slot)));
  $('[data-result-eq]').replaceChildren(eq);
  await new Promise((r) => { setTimeout(r, 900); });
  showResult(local, null);
  const note = $('[data-result-note]');
  if (!game.round) {
    note.dataset.status = 'local';
    root.dataset.state = 'over-local';
    return;
  }
  note.textContent = msg('sending');
  note.dataset.status = 'sending';
  const body = { log: rules.log(game.play), claimed_score: local.score };
  const r = await round.finish({ ...game.round, game: 'matchstick' }, body, { storage: store });
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
  $('[data-result-stars]').textContent = starText(r.stars);
  $('[data-result-score]').textContent = r.score;
  $('[data-result-moves]').textContent = game.play.moves.length;
  $('[data-result-time]').textContent = clock(game.play.last);
  $('[data-result-coins-row]').hidden = coins === null || coins === undefined;
  $('[data-result-coins]').textContent = coins ?? 0;
  const next = root.querySelector(`[data-level="${game.level + 1}"]`);
  $('[data-next]').hidden = !next || (signedIn && next.disabled && !r.passed);
  if (root.dataset.screen !== 'result') {
    screen('result');
    ($('[data-next]').hidden ? $('[data-again]') : $('[data-next]')).focus();
  }
}

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
  b.querySelector('.ms-level-n').textContent = String(level);
}

async function choose(level) {
  const err = $('[data-error]');
  err.hidden = true;
  const r = await round.start('matchstick', { signedIn, config: configs[level - 1], level });
  if (!r.error) { start(level, r.local ? null : r, r.config); return; }
  err.textContent = r.error === 'games_level_locked' ? msg('locked') : r.message || msg('failed');
  err.hidden = false;
  screen('levels');
  err.scrollIntoView({ block: 'center' });
}

root.querySelectorAll('[data-level]').forEach((b) => b.addEventListener('click', () => choose(Number(b.dataset.level))));
$('[data-board]').addEventListener('click', (e) => {
  if (!game || !game.svg) return;
  const m = game.svg.getScreenCTM();
  if (!m) return;
  const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
  // A tap from a key press lands on the focused place itself.
  const own = e.target.closest && e.target.closest('.ms-slot.active');
  tap(e.detail === 0 && own ? Number(own.dataset.slot) : nearest(p.x, p.y));
});
$('[data-board]').addEventListener('keydown', (e) => {
  const g = e.target.closest('.ms-slot');
  if (!g) return;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    tap(Number(g.dataset.slot));
  } else if (e.key === 'Escape' && game.held !== null) {
    game.held = null;
    paint();
  }
});
const undoOne = () => {
  if (!game || game.over || !rules.undo(game.play, performance.now() - game.t0)) return;
  game.held = null;
  tune([440, 330]);
  warn('');
  paint();
};
$('[data-undo]').addEventListener('click', undoOne);
$('[data-reset]').addEventListener('click', () => {
  if (!game || game.over) return;
  rules.reset(game.play, performance.now() - game.t0);
  game.held = null;
  warn('');
  paint();
});
document.addEventListener('keydown', (e) => {
  if (root.dataset.screen === 'play' && (e.key === 'z' || e.key === 'Z' || e.key === 'Backspace') && !e.target.closest('input, textarea')) {
    e.preventDefault();
    undoOne();
  }
});
$('[data-quit]').addEventListener('click', () => { game = null; screen('levels'); root.dataset.state = 'levels'; });
$('[data-say-lead]').addEventListener('click', () => speaker.say($('[data-lead]').textContent));
$('[data-say-goal]').addEventListener('click', () => speaker.say($('[data-goal-text]').textContent));
function showMute() {
  const muted = round.isMuted(store);
  const b = $('[data-mute]');
  b.setAttribute('aria-pressed', String(muted));
  b.setAttribute('aria-label', muted ? msg('unmute') : msg('mute'));
  b.title = b.getAttribute('aria-label');
  $('[data-mute-icon]').textContent = muted ? '🔇' : '🔊';
}
$('[data-mute]').addEventListener('click', () => { round.setMuted(store, !round.isMuted(store)); showMute(); });
$('[data-again]').addEventListener('click', () => choose(game.level));
$('[data-next]').addEventListener('click', () => choose(game.level + 1));
$('[data-back]').addEventListener('click', () => { screen('levels'); root.dataset.state = 'levels'; });
window.addEventListener('resize', () => { if (game && !game.over && root.dataset.screen === 'play') fit(); });
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
