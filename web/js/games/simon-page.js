// Simon's page: watch the pads light up, then tap them back in the same order; one more step
// every turn, a little faster each time. A signed-in child's round starts on the server and its
// taps go back to be replayed there; a visitor plays locally. Rounds, finishes that wait until
// the page is back online, and the mute switch are `round.js`.

import { KEYS, log, newPlay, outcome, playbackEnd, stepMs, tap } from './simon.js';
import * as round from './round.js';
import { createSpeaker } from '../speech.js';

const root = document.getElementById('simon');
const $ = (sel) => root.querySelector(sel);
const msg = (name) => root.dataset[`msg${name[0].toUpperCase()}${name.slice(1)}`] || '';
const signedIn = root.dataset.signedIn === '1';
const store = window.localStorage;
const BEST_KEY = 'alif24.games.simon.best';
/** Each pad's tone (the classic game's), and the low buzz of a mistake. */
const TONES = [415, 310, 252, 209];
const speaker = createSpeaker({ lang: root.dataset.speechLang, show: () => {} });
const pads = [...root.querySelectorAll('[data-pad]')];

// { round (the server's, null when local), play, t0, timers[] }
let game = null;
let best = signedIn ? Number(root.dataset.serverBest) || 0 : Number(store.getItem(BEST_KEY)) || 0;

const now = () => performance.now() - game.t0;
const setState = (s) => { root.dataset.state = s; };

function showMute() {
  const muted = round.isMuted(store);
  const b = $('[data-mute]');
  b.setAttribute('aria-pressed', String(muted));
  b.setAttribute('aria-label', muted ? msg('unmute') : msg('mute'));
  b.title = b.getAttribute('aria-label');
  $('[data-mute-icon]').textContent = muted ? '🔇' : '🔊';
}

/** Lights pad `n` for `ms` with its tone. */
function light(n, ms) {
  const b = pads[n];
  b.classList.add('lit');
  round.beep(store, TONES[n], Math.max(120, ms - 40), { volume: 0.18 });
  setTimeout(() => b.classList.remove('lit'), ms);
}

function later(fn, atMs) {
  const id = setTimeout(() => { if (game) fn(); }, Math.max(0, atMs - now()));
  game.timers.push(id);
}

function enable(on) {
  pads.forEach((b) => { b.disabled = !on; });
}

/** Plays the current turn from its start time, then hands the pads to the child. */
function playback() {
  const p = game.play;
  const step = stepMs(p.turn);
  setState('watch');
  enable(false);
  $('[data-cue]').textContent = `👀 ${msg('watch')}`;
  for (let i = 0; i < p.turn; i += 1) later(() => light(p.seq[i], Math.round(step * 0.7)), p.start + i * step);
  later(() => {
    setState('repeat');
    enable(true);
    $('[data-cue]').textContent = `👆 ${msg('turn')}`;
  }, playbackEnd(p));
}

async function begin() {
  $('[data-result]').hidden = true;
  $('[data-start]').hidden = true;
  const r = await round.start('simon', { signedIn, config: {}, level: 1 });
  if (r.error) {
    $('[data-start]').hidden = false;
    $('[data-cue]').textContent = r.message || msg('failed');
    return;
  }
  game = { round: r.local ? null : r, play: newPlay(r.seed), t0: performance.now(), timers: [] };
  $('[data-stop]').hidden = false;
  $('[data-score]').textContent = '0';
  playback();
  pads[0].focus({ preventScroll: true });
}

function onPad(n) {
  if (!game || root.dataset.state !== 'repeat') return;
  const r = tap(game.play, now(), n);
  if (!r) return;
  if (!r.right) {
    round.beep(store, [150, 110], 260, { volume: 0.2 });
    pads[n].classList.add('wrong');
    setTimeout(() => pads[n].classList.remove('wrong'), 600);
    finish('oops');
    return;
  }
  light(n, 220);
  if (!r.turnDone) return;
  $('[data-score]').textContent = game.play.score;
  if (r.over) { finish('won'); return; }
  playback();
}

async function finish(why) {
  const g = game;
  game = null;
  g.timers.forEach(clearTimeout);
  enable(false);
  $('[data-stop]').hidden = true;
  $('[data-cue]').textContent = '';
  const local = outcome(g.play);
  if (!signedIn && local.score > best) store.setItem(BEST_KEY, String(local.score));
  best = Math.max(best, local.score);
  $('[data-best]').textContent = best;
  $('[data-result-emoji]').textContent = why === 'oops' ? '🙈' : '🎉';
  $('[data-result-title]').textContent = msg(why);
  $('[data-result-score]').textContent = local.score;
  $('[data-result-best]').textContent = best;
  $('[data-result-coins-row]').hidden = true;
  const note = $('[data-status]');
  $('[data-result]').hidden = false;
  $('[data-start]').hidden = false;
  $('[data-again]').focus();
  if (!g.round) {
    note.dataset.status = 'local';
    note.textContent = signedIn ? msg('offline') : msg('local');
    setState('over-local');
    return;
  }
  note.dataset.status = 'sending';
  note.textContent = msg('sending');
  setState('sending');
  const body = { log: log(g.play), claimed_score: local.score };
  const r = await round.finish({ ...g.round, game: 'simon' }, body, { storage: store });
  note.dataset.status = r.kind;
  if (r.kind === 'saved') {
    $('[data-result-score]').textContent = r.result.score;
    $('[data-result-coins-row]').hidden = false;
    $('[data-result-coins]').textContent = r.result.coins;
    note.textContent = msg('kept');
    addCoins(r.result.coins);
  } else {
    note.textContent = r.kind === 'queued' ? msg('offline') : msg('failed');
  }
  setState(`over-${r.kind}`);
}

/** The header's coin balance goes up by what the round paid. */
function addCoins(n) {
  const balance = document.querySelector('[data-coin-balance]');
  const was = balance && Number(balance.textContent.replace(/\D/g, ''));
  if (n > 0 && Number.isFinite(was)) balance.textContent = String(was + n);
}

pads.forEach((b) => b.addEventListener('pointerdown', (e) => { e.preventDefault(); onPad(Number(b.dataset.pad)); }));
pads.forEach((b) => b.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onPad(Number(b.dataset.pad)); }
}));
document.addEventListener('keydown', (e) => {
  const n = KEYS[e.key];
  if (n === undefined || !game || e.ctrlKey || e.metaKey || e.altKey) return;
  e.preventDefault();
  onPad(n);
});
$('[data-start]').addEventListener('click', begin);
$('[data-again]').addEventListener('click', begin);
$('[data-stop]').addEventListener('click', () => { if (game) finish('stopped'); });
$('[data-say-lead]').addEventListener('click', () => speaker.say($('[data-lead]').textContent));
$('[data-mute]').addEventListener('click', () => {
  round.setMuted(store, !round.isMuted(store));
  showMute();
});
$('[data-best]').textContent = best;
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
