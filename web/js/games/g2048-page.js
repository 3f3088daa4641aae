// The 2048 page: the board as a DOM grid, swipes and arrow keys, score and best, "keep playing"
// at 2048, and the game-over card with the server's result. The rules are `g2048.js` (the
// server replays the same moves); rounds, waiting finishes and mute are `round.js`.

import { newGame, step, over, bestTile } from './g2048.js';
import * as round from './round.js';

/** Keys to moves: arrows and WASD. */
export const KEYS = {
  ArrowLeft: 'L', ArrowRight: 'R', ArrowUp: 'U', ArrowDown: 'D', a: 'L', d: 'R', w: 'U', s: 'D',
};

/** The move of a swipe by (dx, dy) pixels, or null for a tap or a short wobble. */
export function swipe(dx, dy, min = 24) {
  if (Math.max(Math.abs(dx), Math.abs(dy)) < min) return null;
  if (Math.abs(dx) > Math.abs(dy)) return dx > 0 ? 'R' : 'L';
  return dy > 0 ? 'D' : 'U';
}

/** The tile's size class: `v2` … `v2048`, and `vbig` above. */
export const tileClass = (v) => (v === 0 ? '' : v <= 2048 ? `v${v}` : 'vbig');

function init(root) {
  const storage = window.localStorage;
  const $ = (sel) => root.querySelector(sel);
  const cells = [...root.querySelectorAll('[data-cell]')];
  const config = JSON.parse(root.dataset.config || '{}');
  const signedIn = root.dataset.signedIn === '1';
  const goal = config.goal || 2048;
  let best = Number($('[data-best]').textContent) || 0;
  let play = null;
  let current = null;
  let won = false;
  let ended = false;

  const draw = () => {
    play.board.flat().forEach((v, i) => {
      cells[i].textContent = v === 0 ? '' : String(v);
      cells[i].className = `g2048-cell ${tileClass(v)}`.trim();
    });
    $('[data-score]').textContent = String(play.score);
    best = Math.max(best, play.score);
    $('[data-best]').textContent = String(best);
  };

  const showStatus = (name) => {
    root.querySelectorAll('[data-over] [data-status]').forEach((el) => { el.hidden = el.dataset.status !== name; });
  };

  const shown = (kind, result) => {
    if (kind === 'saved') {
      $('[data-server-score]').textContent = String(result.score);
      $('[data-coins]').textContent = String(result.coins);
    }
    showStatus(kind);
    root.dataset.state = `over-${kind}`;
  };

  const end = async () => {
    ended = true;
    root.dataset.state = 'over';
    round.beep(storage, 196, 300);
    $('[data-final-score]').textContent = String(play.score);
    const card = $('[data-over]');
    card.hidden = false;
    card.querySelector('[data-new]').focus();
    showStatus(current.local ? 'local' : 'sending');
    const done = await round.finish(current, { log: { moves: play.moves }, claimed_score: play.score }, { storage });
    shown(done.kind, done.result);
  };

  const move = (dir) => {
    if (!play || ended || !$('[data-won]').hidden) return;
    if (!step(play, dir)) return;
    round.beep(storage, 330 + 40 * Math.log2(bestTile(play)), 60);
    draw();
    if (!won && bestTile(play) >= goal) {
      won = true;
      round.beep(storage, 880, 250);
      $('[data-won]').hidden = false;
      $('[data-keep]').focus();
      return;
    }
    if (over(play)) end();
  };

  const begin = async () => {
    root.dataset.state = 'loading';
    $('[data-over]').hidden = true;
    $('[data-won]').hidden = true;
    ended = false;
    won = false;
    const r = await round.start('2048', { signedIn, config });
    current = r.error ? { ...(await round.start('2048', { signedIn: false, config })), offline: true } : r;
    $('[data-offline-local]').hidden = !current.offline;
    play = newGame(current.seed);
    draw();
    root.dataset.state = 'playing';
  };

  document.addEventListener('keydown', (e) => {
    const dir = KEYS[e.key];
    if (!dir || e.target.closest('input, textarea, select')) return;
    e.preventDefault();
    move(dir);
  });
  const board = $('[data-board]');
  let from = null;
  board.addEventListener('pointerdown', (e) => { from = { x: e.clientX, y: e.clientY }; });
  board.addEventListener('pointerup', (e) => {
    if (!from) return;
    const dir = swipe(e.clientX - from.x, e.clientY - from.y);
    from = null;
    if (dir) move(dir);
  });
  board.addEventListener('pointercancel', () => { from = null; });
  root.querySelectorAll('[data-move]').forEach((b) => b.addEventListener('click', () => move(b.dataset.move)));
  root.querySelectorAll('[data-new]').forEach((b) => b.addEventListener('click', () => {
    // A round left half-way is still the child's: its moves go to the server as it stands.
    if (!ended && play && play.moves.length > 0) {
      round.finish(current, { log: { moves: play.moves }, claimed_score: play.score }, { storage });
    }
    begin();
  }));
  $('[data-keep]').addEventListener('click', () => {
    $('[data-won]').hidden = true;
    if (over(play)) end();
  });
  const mute = $('[data-mute]');
  const showMute = () => {
    const on = round.isMuted(storage);
    mute.setAttribute('aria-pressed', String(on));
    mute.querySelector('[data-mute-on]').hidden = !on;
    mute.querySelector('[data-mute-off]').hidden = on;
  };
  mute.addEventListener('click', () => {
    round.setMuted(storage, !round.isMuted(storage));
    showMute();
  });
  showMute();
  if (signedIn) {
    // The card of a round that waited shows the server's result once it is sent.
    const onSent = (sent) => {
      const mine = sent.find((r) => r && current && r.round_id === current.round_id);
      if (mine && root.dataset.state === 'over-queued') shown('saved', mine);
    };
    round.sendWhenOnline({ storage, onSent });
  }
  begin();
}

if (typeof document !== 'undefined') {
  const root = document.getElementById('g2048');
  if (root) init(root);
}
