// Dictation's pages. The map: its instruction read aloud. A level: five items said aloud one
// after the other (the speech module: the server's voice, the browser's, or the text shown for
// a moment when nothing can speak), the child types each and presses "Check"; at the end the
// server's result. A signed-in child's round starts on the server and the typed answers go back
// to be replayed there; a visitor's items come with the page and nothing is kept. Rounds,
// finishes that wait until the page is back online, and the mute switch are `round.js`.

import { isRight, outcome, log } from './dictation.js';
import * as round from './round.js';
import { createSpeaker } from '../speech.js';

const store = window.localStorage;
const map = document.getElementById('dictation-map');
if (map) {
  const speaker = createSpeaker({ lang: map.dataset.speechLang, show: () => {} });
  map.querySelector('[data-say]').addEventListener('click', () => speaker.say(map.querySelector('[data-text]').textContent));
}

const root = document.getElementById('dictation');
if (root) play(root);

function play(root) {
  const $ = (sel) => root.querySelector(sel);
  const msg = (name) => root.dataset[`msg${name[0].toUpperCase()}${name.slice(1)}`] || '';
  const data = JSON.parse(root.dataset.page);
  const bubble = $('[data-bubble]');
  // Without any voice, speech.js shows the words for a moment: the only time they are on screen.
  const speaker = createSpeaker({
    lang: data.speech_lang,
    show: (text) => { bubble.textContent = text || ''; bubble.hidden = !text; },
  });
  const tune = (freqs, ms = 90) => round.beep(store, freqs, ms, { volume: 0.15 });
  const input = $('[data-input]');
  // { round (the server's, null when local), items, i, answers: [[ms, typed]], t0, busy }
  let game = null;

  function showMute() {
    const muted = round.isMuted(store);
    const b = $('[data-mute]');
    b.setAttribute('aria-pressed', String(muted));
    b.setAttribute('aria-label', muted ? msg('unmute') : msg('mute'));
    b.title = b.getAttribute('aria-label');
    $('[data-mute-icon]').textContent = muted ? '🔇' : '🔊';
  }

  function problem(text) {
    const p = $('[data-problem]');
    p.textContent = text;
    p.hidden = false;
    root.dataset.state = 'problem';
  }

  function dots() {
    $('[data-dots]').replaceChildren(...game.items.map((item, i) => {
      const li = document.createElement('li');
      const a = game.answers[i];
      li.className = a ? (isRight(item, a[1]) ? 'right' : 'wrong') : (i === game.i ? 'now' : '');
      li.textContent = a ? (isRight(item, a[1]) ? '✓' : '✗') : String(i + 1);
      return li;
    }));
  }

  function showItem() {
    game.busy = false;
    input.value = '';
    input.disabled = false;
    $('[data-check]').disabled = false;
    $('[data-mark]').textContent = '';
    $('[data-mark]').className = 'dc-mark';
    dots();
    input.focus({ preventScroll: true });
    if (!round.isMuted(store)) speaker.say(game.items[game.i]);
  }

  function submit() {
    if (!game || game.busy) return;
    const typed = input.value;
    if (!typed.trim()) { input.focus(); return; }
    game.busy = true;
    const last = game.answers.length ? game.answers.at(-1)[0] : 0;
    const ms = Math.max(last, Math.round(performance.now() - game.t0));
    game.answers.push([ms, typed]);
    const right = isRight(game.items[game.i], typed);
    const mark = $('[data-mark]');
    mark.textContent = `${right ? '✓' : '✗'} ${msg(right ? 'right' : 'wrong')}`;
    mark.className = `dc-mark ${right ? 'right' : 'wrong'}`;
    input.disabled = true;
    $('[data-check]').disabled = true;
    tune(right ? [660, 880] : [300, 220]);
    speaker.stop();
    dots();
    setTimeout(() => {
      game.i += 1;
      if (game.i < game.items.length) showItem(); else finish();
    }, 1100);
  }

  async function finish() {
    const local = outcome(game.items, game.answers);
    tune(local.passed ? [523, 659, 784, 1047] : [392, 330], 120);
    showResult(local, null);
    const note = $('[data-result-note]');
    if (!game.round) {
      note.dataset.status = 'local';
      root.dataset.state = 'over-local';
      return;
    }
    note.dataset.status = 'sending';
    note.textContent = msg('sending');
    const body = { log: log(game.answers), claimed_score: local.score };
    const r = await round.finish({ ...game.round, game: 'dictation' }, body, { storage: store });
    note.dataset.status = r.kind;
    if (r.kind === 'saved') {
      showResult(r.result, r.result.coins);
      note.textContent = msg('kept');
      addCoins(r.result.coins);
    } else {
      note.textContent = msg(r.kind === 'queued' ? 'offline' : 'failed');
    }
    root.dataset.state = `over-${r.kind}`;
  }

  function showResult(r, coins) {
    $('[data-stage]').hidden = true;
    $('[data-result]').hidden = false;
    $('[data-result-stars]').textContent = '★'.repeat(r.stars) + '☆'.repeat(3 - r.stars);
    $('[data-result-title]').textContent = msg(r.passed ? 'wellDone' : 'tryAgain');
    // What the child typed, right or not, and a button to hear each item again (never its text).
    $('[data-answers]').replaceChildren(...game.items.map((item, i) => {
      const li = document.createElement('li');
      const typed = game.answers[i] ? game.answers[i][1] : '';
      const right = isRight(item, typed);
      li.className = right ? 'right' : 'wrong';
      const mark = document.createElement('span');
      mark.className = 'dc-answer-mark';
      mark.textContent = right ? '✓' : '✗';
      const text = document.createElement('span');
      text.className = 'dc-typed';
      text.textContent = typed;
      const hear = document.createElement('button');
      hear.type = 'button';
      hear.className = 'dc-say';
      hear.setAttribute('aria-label', msg('hear'));
      hear.title = msg('hear');
      hear.textContent = '🔈';
      hear.addEventListener('click', () => speaker.say(item));
      li.append(mark, text, hear);
      return li;
    }));
    const right = game.items.filter((item, i) => game.answers[i] && isRight(item, game.answers[i][1])).length;
    $('[data-result-right]').textContent = `${right}/${game.items.length}`;
    $('[data-result-score]').textContent = r.score;
    $('[data-result-coins-row]').hidden = coins === null || coins === undefined;
    $('[data-result-coins]').textContent = coins ?? 0;
    const next = $('[data-next]');
    next.hidden = !data.next || (game.round !== null && !r.passed);
    if (data.next) next.href = `/games/dictation/${data.next}`;
    $('[data-again]').focus();
  }

  /** The header's coin balance goes up by what the round paid. */
  function addCoins(coins) {
    const balance = document.querySelector('[data-coin-balance]');
    const now = balance && Number(balance.textContent.replace(/\D/g, ''));
    if (coins > 0 && Number.isFinite(now)) balance.textContent = String(now + coins);
  }

  async function begin() {
    if (!data.open) { problem(msg('locked')); return; }
    if (data.signed_in) await round.sendWhenOnline({ storage: store, onSent: () => {
      const o = $('[data-outbox]');
      o.textContent = msg('kept');
      o.hidden = false;
    } });
    const r = await round.start('dictation', { signedIn: data.signed_in, config: data.config, level: data.level });
    if (r.error) { problem(r.error === 'games_level_locked' ? msg('locked') : r.message || msg('failed')); return; }
    const items = (r.config && r.config.items) || [];
    // Signed in without a connection: the items are the server's, so there is nothing to play.
    if (!items.length) { problem(msg('noItems')); return; }
    game = { round: r.local ? null : r, items, i: 0, answers: [], t0: performance.now(), busy: false };
    $('[data-stage]').hidden = false;
    root.dataset.state = 'playing';
    showItem();
  }

  $('[data-form]').addEventListener('submit', (e) => { e.preventDefault(); submit(); });
  $('[data-listen]').addEventListener('click', () => { if (game) speaker.say(game.items[game.i]); input.focus({ preventScroll: true }); });
  root.querySelectorAll('[data-key]').forEach((b) => {
    // The input keeps the focus (and the phone its keyboard) while a letter button is pressed.
    b.addEventListener('pointerdown', (e) => e.preventDefault());
    b.addEventListener('click', () => {
      if (input.disabled) return;
      input.setRangeText(b.dataset.key, input.selectionStart ?? input.value.length, input.selectionEnd ?? input.value.length, 'end');
      input.focus();
    });
  });
  $('[data-say]').addEventListener('click', () => speaker.say($('[data-text]').textContent));
  $('[data-mute]').addEventListener('click', () => {
    round.setMuted(store, !round.isMuted(store));
    if (round.isMuted(store)) speaker.stop();
    showMute();
  });
  $('[data-again]').addEventListener('click', () => window.location.reload());
  showMute();
  begin();
}
