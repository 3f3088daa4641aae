// Hidden word's page: pick a level; the word is a row of pictures, the key says which picture
// is which letter, and the child taps the letters in order. A signed-in child's round starts
// on the server and its letters go back to be replayed there; a visitor plays locally.
// Rounds, finishes that wait until the page is back online, and the mute switch are `round.js`.

import { config as levelConfig, deal, done, log, newPlay, outcome, write } from './hidden-word.js';
import * as round from './round.js';
import { createSpeaker } from '../speech.js';

const root = document.getElementById('hidden-word');
const $ = (sel) => root.querySelector(sel);
const msg = (name) => root.dataset[`msg${name.replace(/(^|-)(\w)/g, (_, _d, c) => c.toUpperCase())}`] || '';
const signedIn = root.dataset.signedIn === '1';
const words = JSON.parse(root.dataset.words);
const alphabet = JSON.parse(root.dataset.alphabet);
const store = window.localStorage;
const tune = (freqs, ms = 90) => round.beep(store, freqs, ms, { volume: 0.15 });
const lang = { uz: 'uz-UZ', ru: 'ru-RU', en: 'en-GB' }[document.documentElement.lang] || 'uz-UZ';
const voice = createSpeaker({ lang, show: () => {} });

/** How a letter is written on a button: Oʻ, Sh, Ch, Ng as in the alphabet, others upper case. */
const upper = (l) => l[0].toUpperCase() + l.slice(1);

// { level, round, config, play, t0, busy }
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

const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

function draw() {
  const { play } = game;
  const picture = new Map(play.key.map(([l, p]) => [l, p]));
  const cells = play.word.map((l, i) => {
    const c = el('span', 'gh-cell');
    c.dataset.pos = i;
    const pic = el('span', 'gh-pic', picture.get(l));
    pic.setAttribute('aria-hidden', 'true');
    const slot = el('span', 'gh-slot');
    slot.append(el('span', 'sr-only', msg('slot')));
    c.append(pic, slot);
    return c;
  });
  $('[data-cipher]').replaceChildren(...cells);
  $('[data-key]').replaceChildren(...play.key.map(([l, p]) => {
    const k = el('span', 'gh-key-item');
    k.setAttribute('role', 'listitem');
    const pic = el('span', 'gh-key-pic', p);
    k.append(pic, el('span', 'gh-key-eq', '='), el('b', 'gh-key-letter', upper(l)));
    return k;
  }));
  const order = [...play.key.map(([l]) => l)].sort((a, b) => alphabet.indexOf(a) - alphabet.indexOf(b));
  $('[data-letters]').replaceChildren(...order.map((l) => {
    const b = el('button', 'gh-letter', upper(l));
    b.type = 'button';
    b.dataset.letter = l;
    return b;
  }));
  mark();
}

/** The next picture to decode stands out; written letters show under their pictures. */
function mark() {
  const { play } = game;
  root.querySelectorAll('.gh-cell').forEach((c, i) => {
    c.classList.toggle('now', i === play.written);
    c.classList.toggle('done', i < play.written);
    const slot = c.querySelector('.gh-slot');
    if (i < play.written && !slot.dataset.filled) { slot.textContent = upper(play.word[i]); slot.dataset.filled = '1'; }
  });
  $('[data-mistakes]').textContent = play.mistakes;
}

function onLetter(letter, button) {
  if (!game || game.busy || done(game.play)) return;
  const r = write(game.play, performance.now() - game.t0, letter);
  if (!r) return;
  if (r.right) tune([600 + 40 * game.play.written]);
  else {
    tune([260, 200]);
    button.classList.remove('wrong');
    void button.offsetWidth;
    button.classList.add('wrong');
  }
  mark();
  if (done(game.play)) {
    game.busy = true;
    tune([523, 659, 784, 1047], 120);
    setTimeout(finish, 600);
  }
}

function start(level, serverRound, seed, config) {
  const key = deal(seed, config.word, config.alphabet, config.extras);
  game = { level, round: serverRound, config, play: newPlay(config.word, key, level), t0: performance.now(), busy: false };
  $('[data-level-n]').textContent = level;
  screen('play', 'playing');
  draw();
  const first = $('.gh-letter');
  if (first) first.focus({ preventScroll: true });
}

const wordText = () => game.config.word.join('');

async function finish() {
  const local = outcome(game.play);
  showResult(local, null);
  if (!round.isMuted(store)) voice.say(wordText());
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
  const r = await round.finish({ ...game.round, game: 'hidden-word' }, body, { storage: store });
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
  $('[data-answer-emoji]').textContent = game.config.emoji;
  $('[data-answer-word]').textContent = wordText().toUpperCase();
  $('[data-result-stars]').textContent = '★'.repeat(r.stars) + '☆'.repeat(3 - r.stars);
  $('[data-result-score]').textContent = r.score;
  $('[data-result-mistakes]').textContent = game.play.mistakes;
  $('[data-result-coins-row]').hidden = coins === null || coins === undefined;
  $('[data-result-coins]').textContent = coins ?? 0;
  const nextLevel = root.querySelector(`[data-level="${game.level + 1}"]`);
  $('[data-next]').hidden = !nextLevel || (nextLevel.disabled && !r.passed);
  screen('result', root.dataset.state === 'playing' ? 'over' : root.dataset.state);
  ($('[data-next]').hidden ? $('[data-again]') : $('[data-next]')).focus();
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
  b.querySelector('.gh-level-n').textContent = level;
}

async function choose(level) {
  const err = $('[data-error]');
  err.hidden = true;
  const r = await round.start('hidden-word', { signedIn, config: levelConfig(level, words, alphabet), level });
  if (!r.error) { start(level, r.local ? null : r, r.seed, r.config); return; }
  err.textContent = r.error === 'games_level_locked' ? msg('locked') : r.message || msg('failed');
  err.hidden = false;
}

root.querySelectorAll('[data-level]').forEach((b) => b.addEventListener('click', () => choose(Number(b.dataset.level))));
$('[data-letters]').addEventListener('click', (e) => {
  const b = e.target.closest('.gh-letter');
  if (b) onLetter(b.dataset.letter, b);
});
// A computer's keys write the one-character letters; the two-character ones are buttons.
document.addEventListener('keydown', (e) => {
  if (!game || root.dataset.screen !== 'play' || e.ctrlKey || e.metaKey || e.altKey || e.key.length !== 1) return;
  const b = root.querySelector(`.gh-letter[data-letter="${CSS.escape(e.key.toLowerCase())}"]`);
  if (b) { e.preventDefault(); onLetter(b.dataset.letter, b); }
});
$('[data-say-word]').addEventListener('click', () => { if (game) voice.say(wordText()); });
$('[data-say-lead]').addEventListener('click', () => voice.say($('[data-lead]').textContent));
$('[data-mute]').addEventListener('click', () => {
  round.setMuted(store, !round.isMuted(store));
  showMute();
});
$('[data-quit]').addEventListener('click', () => { game = null; screen('levels'); });
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
