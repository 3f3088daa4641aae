// The letter card page: a step-by-step flow through the card's activities (listen → trace →
// find → first sound → listen and choose, and "say a word" when the server recognises speech).
// Each activity module exports start(ctx) and returns a function that stops it.
// With no voice for the alphabet's language (`data-voice="none"` on #harf-card) no prompt is
// ever shown as text: choices use pictures, and listening that needs sound is skipped.

import { post } from './api.js';
import * as choice from './choice.js';
import { modal } from './dialog.js';
import { addCoins, celebrate, showResult, starText } from './feedback.js';
import * as listen from './listen.js';
import { loadMessages } from './msgs.js';
import * as say from './say.js';
import { stars as localStars } from './scoring.js';
import { createSpeaker } from '../speech.js';
import * as trace from './trace.js';
import { autoplayAllowed, canSpeak, speechLangOf, status as speechStatus, tapToHear, voiceMode } from './voice.js';

const ICONS = { listen: '🔊', trace: '✍️', find: '🔍', first_sound: '🖼️', listen_choose: '👂', say: '🎤' };
const RUNNERS = { listen, trace, say, find: choice, first_sound: choice, listen_choose: choice };
const PANELS = { listen: 'listen', trace: 'trace', say: 'say', find: 'choice', first_sound: 'choice', listen_choose: 'choice' };

async function main() {
  const root = document.getElementById('harf-card');
  const dataEl = document.getElementById('harf-data');
  if (!root || !dataEl) return;
  const data = JSON.parse(dataEl.textContent);
  const t = loadMessages(document);
  const $ = (sel) => root.querySelector(sel);
  const stage = $('[data-stage]');
  const steps = $('[data-steps]');
  const result = $('[data-result]');
  const party = modal($('[data-party]'), () => $('[data-next]'));
  const retry = $('[data-retry]');
  const bubble = $('[data-bubble]');
  const sayHint = $('[data-say-hint]');
  const inside = data.card.position === 'inside';
  const pictures = !inside && data.card.words.length > 0;
  const best = { ...data.state.stars };
  const skipped = new Set(data.state.skipped || []);
  const order = ['listen', 'trace', 'find', 'first_sound', 'listen_choose'];
  let current = null;
  let stopCurrent = () => {};
  let pending = null;
  let promptTurn = 0;
  let mainRetries = false;

  const mode = await voiceMode(data.speech_lang);
  root.dataset.voice = mode;
  const quiet = mode === 'none';
  if (quiet) bubble.remove(); // nothing may show a prompt as text
  const show = (text) => { bubble.hidden = !text; bubble.textContent = text || ''; };
  const speaker = createSpeaker({ lang: data.speech_lang, show: quiet ? () => {} : show });
  const uiLang = speechLangOf(data.lang);
  const uiSpeaker = uiLang === data.speech_lang ? speaker : createSpeaker({ lang: uiLang, show: () => {} });
  sayHint.hidden = !(uiLang === data.speech_lang ? !quiet : await canSpeak(uiLang));

  const status = (msg, error = false) => {
    const line = $('[data-status]');
    line.textContent = msg || '';
    line.classList.toggle('error', error);
    retry.hidden = true;
  };
  const variant = (act) => (inside && (act === 'first_sound' || act === 'say') ? `${act}-inside` : act);
  const name = (act) => t(`act-${act === 'first_sound' ? variant(act) : act}`);
  const panelOf = (act) => stage.querySelector(`[data-panel="${PANELS[act]}"]`);
  const done = (act) => (best[act] || 0) > 0 || skipped.has(act);
  const skipsHere = (act) => quiet && (act === 'listen' || (act === 'listen_choose' && !pictures));
  function hintKey(act) {
    if (quiet && act === 'listen') return 'hint-listen-none';
    if (skipsHere(act)) return null; // the note under it says why the step is skipped
    if (quiet && act === 'first_sound' && !inside) return 'hint-first_sound-picture';
    if (quiet && act === 'listen_choose') return 'hint-listen_choose-picture';
    return `hint-${variant(act)}`;
  }

  /** Speaks a round's prompt; when sound may not start without a tap, offers the tap. */
  async function speakPrompt(box, text) {
    if (quiet || !text) return;
    const my = ++promptTurn;
    if (!(await autoplayAllowed())) {
      if (my === promptTurn && box.isConnected) tapToHear(box, t('tap-to-hear'), () => sayNow(text));
      return;
    }
    if (my === promptTurn) speaker.say(text);
  }
  function sayNow(text) {
    promptTurn += 1;
    return quiet ? Promise.resolve(false) : speaker.say(text);
  }

  function paintSteps() {
    for (const b of steps.querySelectorAll('[data-step]')) {
      const act = b.dataset.step;
      const n = best[act] || 0;
      const sk = n === 0 && skipped.has(act);
      b.querySelector('[data-stars]').textContent = sk ? '⏭️' : starText(n);
      b.querySelector('[data-name]').textContent = name(act);
      b.setAttribute('aria-label', `${name(act)} — ${sk ? t('skipped') : t('stars', { stars: n })}`);
      b.title = name(act);
      b.classList.toggle('done', done(act));
      b.classList.toggle('skipped', sk);
      if (act === current) b.setAttribute('aria-current', 'step');
      else b.removeAttribute('aria-current');
    }
  }

  /** The result box's main button: "Try again" (and retry) after zero stars, else "Next". */
  function setMain(rec) {
    const zero = !rec.skipped && rec.stars === 0;
    mainRetries = zero;
    $('[data-next-label]').textContent = t(zero ? 'try-again' : 'next');
    $('[data-next-icon]').textContent = zero ? '🔁' : '▶️';
    $('[data-again]').hidden = zero || Boolean(rec.skipped);
  }

  function open(act, scroll = true) {
    stopCurrent();
    stopCurrent = () => {};
    speaker.stop();
    uiSpeaker.stop();
    promptTurn += 1;
    status('');
    pending = null;
    current = act;
    result.hidden = true;
    const skipping = skipsHere(act);
    for (const p of stage.querySelectorAll('[data-panel]')) {
      p.hidden = p !== panelOf(act) || (skipping && act !== 'listen');
    }
    $('[data-stage-icon]').textContent = ICONS[act];
    $('[data-stage-title]').textContent = name(act);
    const hint = hintKey(act) ? t(hintKey(act)) : '';
    $('[data-stage-hint]').textContent = hint;
    // Pictures in the text (▶, 🔊) are for the eye; a voice would read out their names.
    sayHint.dataset.say = `${name(act)}. ${hint}`.replace(/[\p{Extended_Pictographic}\u25B6\uFE0F]/gu, '').replace(/\s+/g, ' ');
    paintSteps();
    const finish = (res, note) => submit(act, res, note);
    stopCurrent = RUNNERS[act].start({
      panel: panelOf(act), data, speaker, t, status, finish, activity: act,
      voice: mode, speakPrompt, say: sayNow,
    }) || (() => {});
    if (skipping) skip(act);
    if (scroll) stage.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  /** Shows the page's own count at once, then saves; the server's answer replaces it. */
  function submit(act, res, note) {
    stopCurrent();
    stopCurrent = () => {};
    speaker.stop();
    panelOf(act).hidden = true;
    const local = localStars(act, res) ?? 0;
    save({ act, url: data.record_url + act, body: res, note }, { stars: local, coins: 0 });
  }

  /** Marks a listening activity skipped: no voice here, so not failed and no stars lost. */
  function skip(act) {
    save({ act, url: `${data.record_url}${act}/skip`, body: {}, note: t('no-voice') },
      { skipped: true, stars: 0, coins: 0 });
  }

  async function save(mine, local) {
    const noteEl = $('[data-result-note]');
    noteEl.hidden = !mine.note;
    noteEl.textContent = mine.note || '';
    showResult(result, local, t);
    setMain(local);
    pending = mine;
    status(t('saving'));
    const saved = await post(mine.url, mine.body);
    if (pending !== mine) return; // the child has moved on; a retry or a new play will save
    if (!saved.ok) {
      status(t(`error-${saved.kind}`), true);
      retry.hidden = saved.kind === 'signin';
      return;
    }
    pending = null;
    status('');
    const rec = saved.data;
    best[mine.act] = Math.max(best[mine.act] || 0, rec.best_stars);
    if (rec.skipped) skipped.add(mine.act);
    paintSteps();
    showResult(result, rec, t);
    setMain(rec);
    addCoins(rec.coins, result);
    if (rec.newly_learned || (rec.alphabet_done && rec.coins > 0)) party.open(celebrate($('[data-party]'), rec, data.next_url, t));
  }

  /** The next activity: the next one not done yet, else simply the next one. */
  function nextAct() {
    const i = order.indexOf(current);
    const after = order.slice(i + 1).concat(order.slice(0, i + 1));
    return after.find((a) => !done(a)) || order[(i + 1) % order.length];
  }

  function siblings() {
    const box = $('[data-siblings]');
    for (const c of data.siblings || []) {
      const chip = document.createElement('span');
      chip.className = 'hc-sibling';
      const code = document.createElement('small');
      code.textContent = c.id.split('-')[0].toUpperCase();
      chip.append(code, ` ${c.upper === c.lower ? c.upper : `${c.upper} ${c.lower}`}`);
      box.append(' ', chip);
    }
    box.hidden = !(data.siblings && data.siblings.length);
  }

  steps.addEventListener('click', (e) => {
    const b = e.target.closest('[data-step]');
    if (b) open(b.dataset.step);
  });
  $('[data-again]').addEventListener('click', () => open(current));
  $('[data-next]').addEventListener('click', () => open(mainRetries ? current : nextAct()));
  retry.addEventListener('click', () => { if (pending) save(pending, { stars: 0, coins: 0 }); });
  sayHint.addEventListener('click', () => uiSpeaker.say(sayHint.dataset.say));
  const letter = $('[data-say-letter]');
  if (quiet) {
    letter.disabled = true; // nothing to hear: it is just the letter
    letter.removeAttribute('title');
    letter.setAttribute('aria-label', document.querySelector('h1')?.textContent || '');
  }
  else letter.addEventListener('click', () => speaker.sayAll(listen.letterTexts(data.card)));
  $('[data-party-close]').addEventListener('click', () => party.close());

  siblings();
  steps.hidden = false;
  stage.hidden = false;
  open(order.find((a) => !done(a)) || 'listen', false);

  speechStatus().then((s) => {
    speaker.useStatus(s);
    if (!s.stt) return;
    steps.querySelector('[data-step="say"]').hidden = false;
    steps.classList.add('six');
    order.push('say');
    paintSteps();
  });
}

main();
