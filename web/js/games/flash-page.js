// Flash memory's page: pick a level, look at the pictures while they flash, then tap the ones
// you saw. A signed-in child's round starts on the server and its picks go back to be replayed
// there; a visitor plays locally. Rounds, finishes that wait until the page is back online, and
// the mute switch are `round.js`.

import { deal, newPlay, pick, done, outcome, log, shown, options, showMs, LEVELS } from './flash.js';
import * as round from './round.js';
import { createSpeaker } from '../speech.js';

const root = document.getElementById('flash');
const $ = (sel) => root.querySelector(sel);
const msg = (name) => root.dataset[`msg${name[0].toUpperCase()}${name.slice(1)}`] || '';
const signedIn = root.dataset.signedIn === '1';
const emojis = JSON.parse(root.dataset.emojis);
const store = window.localStorage;
const tune = (freqs, ms = 90) => round.beep(store, freqs, ms, { volume: 0.15 });
const speechLang = { uz: 'uz-UZ', ru: 'ru-RU', en: 'en-GB' }[root.dataset.lang] || 'uz-UZ';
const speaker = createSpeaker({ lang: speechLang, show: () => {} });

// { level, round (the server's, null when local), config, deal, play, tiles[], t0, timer, over }
let game = null;

/** A level's config as the server makes it, for a visitor's local round. */
const localConfig = (level) => ({ shown: shown(level), options: options(level), show_ms: showMs(level), emojis });

function screen(name) {
  root.dataset.screen = name;
  root.querySelectorAll('section[data-screen]').forEach((s) => { s.hidden = s.dataset.screen !== name; });
}

function showMute() {
  const muted = round.isMuted(store);
  const b = $('[data-mute]');
  b.setAttribute('aria-pressed', String(muted));
  b.setAttribute('aria-label', muted ? msg('unmute') : msg('mute'));
  b.title = b.getAttribute('aria-label');
  $('[data-mute-icon]').textContent = muted ? '🔇' : '🔊';
}

const starText = (n) => '★'.repeat(n) + '☆'.repeat(3 - n);

function picture(emoji, cls) {
  const e = document.createElement('span');
  e.className = cls;
  e.textContent = emoji;
  return e;
}

/**
 * Sizes a grid's squares so all `n` show at once: three columns on a phone, six on a wider
 * screen, as big as the width and the height left under the grid's top allow (the game's part
 * of the page is scrolled to the top first).
 */
function fit(grid, n, below) {
  const section = grid.closest('section');
  const cols = grid.clientWidth >= 600 ? 6 : 3;
  const rows = Math.ceil(n / cols);
  const gap = 10;
  const top = grid.getBoundingClientRect().top - section.getBoundingClientRect().top;
  const h = window.innerHeight - 8 - top - below;
  const size = Math.min((grid.clientWidth - gap * (cols - 1)) / cols, (h - gap * (rows - 1)) / rows, 150);
  grid.style.setProperty('--cols', cols);
  grid.style.setProperty('--size', `${Math.floor(Math.max(size, 56))}px`);
  window.scrollTo(0, window.scrollY + section.getBoundingClientRect().top - 4);
}

function start(level, serverRound, seed, config) {
  clearTimeout(game && game.timer);
  const d = deal(seed, config.emojis.length, config.shown, config.options);
  game = { level, round: serverRound, config, deal: d, play: newPlay(d), over: false };
  root.dataset.state = 'watching';
  $('[data-level-label]').textContent = `${msg('level')} ${level}`;
  $('[data-shown]').replaceChildren(...d.shown.map((i) => picture(config.emojis[i], 'fl-card')));
  const bar = $('[data-timer]');
  bar.style.transition = 'none';
  bar.style.width = '100%';
  screen('watch');
  fit($('[data-shown]'), d.shown.length, 12);
  tune([660]);
  // The bar empties over the show time, then the pictures hide and the tiles come.
  requestAnimationFrame(() => requestAnimationFrame(() => {
    bar.style.transition = `width ${config.show_ms}ms linear`;
    bar.style.width = '0%';
  }));
  const g = game;
  game.timer = setTimeout(() => { if (game === g) choose(); }, config.show_ms);
}

function choose() {
  const { deal: d, config } = game;
  game.tiles = d.tiles.map((p, i) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'fl-tile';
    b.dataset.i = i;
    b.append(picture(config.emojis[p], 'fl-emoji'));
    return b;
  });
  $('[data-tiles]').replaceChildren(...game.tiles);
  $('[data-need]').textContent = d.shown.length;
  $('[data-count]').textContent = '0';
  $('[data-done]').disabled = false;
  root.dataset.state = 'playing';
  screen('pick');
  fit($('[data-tiles]'), game.tiles.length, $('.fl-actions').offsetHeight + 24);
  game.t0 = performance.now();
  game.tiles[0].focus({ preventScroll: true });
}

function onTile(i) {
  if (!game || game.over || !game.tiles) return;
  const r = pick(game.play, performance.now() - game.t0, i);
  if (!r) return;
  const b = game.tiles[i];
  b.classList.add(r.right ? 'right' : 'wrong');
  b.setAttribute('aria-pressed', 'true');
  b.append(picture(r.right ? '✓' : '✗', 'fl-mark'));
  tune(r.right ? [660, 880] : [300, 220]);
  $('[data-count]').textContent = game.play.picks.length;
  if (done(game.play)) setTimeout(finish, 600);
}

async function finish() {
  if (!game || game.over) return;
  game.over = true;
  $('[data-done]').disabled = true;
  const local = outcome(game.play);
  tune(local.stars > 0 ? [523, 659, 784, 1047] : [392, 330], 120);
  showResult(local, null);
  const note = $('[data-result-note]');
  if (!game.round) {
    note.dataset.status = 'local';
    root.dataset.state = 'over-local';
    return;
  }
  note.dataset.status = 'sending';
  note.textContent = msg('sending');
  const body = { log: log(game.play), claimed_score: local.score };
  const r = await round.finish({ ...game.round, game: 'flash' }, body, { storage: store });
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
  const { play, deal: d, config } = game;
  $('[data-result-stars]').textContent = starText(r.stars);
  const title = $('[data-result-title]');
  title.textContent = r.stars > 0 ? title.dataset.win : title.dataset.lose;
  $('[data-answer]').replaceChildren(...d.shown.map((i) => picture(config.emojis[i], 'fl-answer-card')));
  $('[data-result-right]').textContent = play.right;
  $('[data-result-wrong]').textContent = play.wrong;
  $('[data-result-score]').textContent = r.score;
  $('[data-result-coins-row]').hidden = coins === null || coins === undefined;
  $('[data-result-coins]').textContent = coins ?? 0;
  const next = root.querySelector(`[data-level="${game.level + 1}"]`);
  $('[data-next]').hidden = !next || game.level >= LEVELS || (next.disabled && !r.passed);
  setTimeout(() => { if (game && game.over) { screen('result'); $('[data-again]').focus(); } }, 700);
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
  b.querySelector('.fl-level-n').textContent = level;
  b.setAttribute('aria-label', `${msg('level')} ${level}`);
  $('[data-next]').hidden = false;
}

async function play(level) {
  const err = $('[data-error]');
  err.hidden = true;
  const r = await round.start('flash', { signedIn, config: localConfig(level), level });
  if (!r.error) {
    if (r.offline) { err.textContent = msg('offlineLocal'); err.hidden = false; }
    start(level, r.local ? null : r, r.seed, r.config);
    return;
  }
  screen('levels');
  err.textContent = r.error === 'games_level_locked' ? msg('locked') : r.message || msg('failed');
  err.hidden = false;
}

function toLevels() {
  if (game) clearTimeout(game.timer);
  game = null;
  root.dataset.state = 'levels';
  screen('levels');
}

root.querySelectorAll('[data-level]').forEach((b) => b.addEventListener('click', () => play(Number(b.dataset.level))));
$('[data-tiles]').addEventListener('click', (e) => {
  const b = e.target.closest('.fl-tile');
  if (b) onTile(Number(b.dataset.i));
});
$('[data-tiles]').addEventListener('keydown', (e) => {
  const b = e.target.closest('.fl-tile');
  const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -3, ArrowDown: 3 }[e.key];
  if (!b || step === undefined) return;
  e.preventDefault();
  const next = game.tiles[Number(b.dataset.i) + step];
  if (next) next.focus();
});
root.querySelectorAll('[data-say]').forEach((b) => b.addEventListener('click', () => {
  speaker.say($(`[data-text="${b.dataset.say}"]`).textContent);
}));
$('[data-done]').addEventListener('click', finish);
$('[data-mute]').addEventListener('click', () => {
  round.setMuted(store, !round.isMuted(store));
  showMute();
});
$('[data-quit]').addEventListener('click', toLevels);
$('[data-again]').addEventListener('click', () => play(game.level));
$('[data-next]').addEventListener('click', () => play(game.level + 1));
$('[data-back]').addEventListener('click', toLevels);
window.addEventListener('resize', () => {
  if (!game) return;
  if (root.dataset.screen === 'pick') fit($('[data-tiles]'), game.tiles.length, $('.fl-actions').offsetHeight + 24);
  if (root.dataset.screen === 'watch') fit($('[data-shown]'), game.deal.shown.length, 12);
});
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
