// The letter card page: a step-by-step flow through the card's activities (listen → trace →
// find → first sound → listen and choose, and "say a word" when the server recognises speech).
// Each activity module exports start(ctx) and returns a function that stops it.

import { post } from './api.js';
import * as choice from './choice.js';
import { addCoins, celebrate, showResult, starText } from './feedback.js';
import * as listen from './listen.js';
import { loadMessages } from './msgs.js';
import * as say from './say.js';
import { stars as localStars } from './scoring.js';
import { createSpeaker, speechStatus } from '../speech.js';
import * as trace from './trace.js';

const ICONS = { listen: '🔊', trace: '✍️', find: '🔍', first_sound: '🖼️', listen_choose: '👂', say: '🎤' };
const RUNNERS = { listen, trace, say, find: choice, first_sound: choice, listen_choose: choice };
const PANELS = { listen: 'listen', trace: 'trace', say: 'say', find: 'choice', first_sound: 'choice', listen_choose: 'choice' };

function main() {
  const root = document.getElementById('harf-card');
  const dataEl = document.getElementById('harf-data');
  if (!root || !dataEl) return;
  const data = JSON.parse(dataEl.textContent);
  const t = loadMessages(document);
  const $ = (sel) => root.querySelector(sel);
  const stage = $('[data-stage]');
  const steps = $('[data-steps]');
  const result = $('[data-result]');
  const party = $('[data-party]');
  const retry = $('[data-retry]');
  const bubble = $('[data-bubble]');
  const inside = data.card.position === 'inside';
  const best = { ...data.state.stars };
  const order = ['listen', 'trace', 'find', 'first_sound', 'listen_choose'];
  let current = null;
  let stopCurrent = () => {};
  let pending = null;

  const show = (text) => { bubble.hidden = !text; bubble.textContent = text || ''; };
  const speaker = createSpeaker({ lang: data.speech_lang, show });
  const status = (msg, error = false) => {
    const line = $('[data-status]');
    line.textContent = msg || '';
    line.classList.toggle('error', error);
    retry.hidden = true;
  };
  const variant = (act) => (inside && (act === 'first_sound' || act === 'say') ? `${act}-inside` : act);
  const name = (act) => t(`act-${act === 'first_sound' ? variant(act) : act}`);
  const panelOf = (act) => stage.querySelector(`[data-panel="${PANELS[act]}"]`);

  function paintSteps() {
    for (const b of steps.querySelectorAll('[data-step]')) {
      const act = b.dataset.step;
      const n = best[act] || 0;
      b.querySelector('[data-stars]').textContent = starText(n);
      b.querySelector('[data-name]').textContent = name(act);
      b.setAttribute('aria-label', `${name(act)} — ${t('stars', { stars: n })}`);
      b.title = name(act);
      b.classList.toggle('done', n > 0);
      if (act === current) b.setAttribute('aria-current', 'step');
      else b.removeAttribute('aria-current');
    }
  }

  function open(act, scroll = true) {
    stopCurrent();
    speaker.stop();
    status('');
    pending = null;
    current = act;
    result.hidden = true;
    for (const p of stage.querySelectorAll('[data-panel]')) p.hidden = p !== panelOf(act);
    $('[data-stage-icon]').textContent = ICONS[act];
    $('[data-stage-title]').textContent = name(act);
    $('[data-stage-hint]').textContent = t(`hint-${variant(act)}`);
    paintSteps();
    const finish = (res, note) => submit(act, res, note);
    stopCurrent = RUNNERS[act].start({ panel: panelOf(act), data, speaker, t, status, finish, activity: act })
      || (() => {});
    if (scroll) stage.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  /** Shows the page's own count at once, then saves; the server's answer replaces it. */
  async function submit(act, res, note) {
    stopCurrent();
    stopCurrent = () => {};
    speaker.stop();
    panelOf(act).hidden = true;
    const noteEl = $('[data-result-note]');
    noteEl.hidden = !note;
    noteEl.textContent = note || '';
    showResult(result, { stars: localStars(act, res) ?? 0, coins: 0 }, t);
    const mine = { act, res };
    pending = mine;
    status(t('saving'));
    const saved = await post(data.record_url + act, res);
    if (pending !== mine) return; // the child has moved on; a retry or a new play will save
    if (!saved.ok) {
      status(t(`error-${saved.kind}`), true);
      retry.hidden = saved.kind === 'signin';
      return;
    }
    pending = null;
    status('');
    const rec = saved.data;
    best[act] = Math.max(best[act] || 0, rec.best_stars);
    paintSteps();
    showResult(result, rec, t);
    addCoins(rec.coins, result);
    if (rec.newly_learned || (rec.alphabet_done && rec.coins > 0)) celebrate(party, rec, data.next_url, t);
  }

  /** The next activity: the next one without stars, else simply the next one. */
  function nextAct() {
    const i = order.indexOf(current);
    const after = order.slice(i + 1).concat(order.slice(0, i + 1));
    return after.find((a) => !best[a]) || order[(i + 1) % order.length];
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
  $('[data-next]').addEventListener('click', () => open(nextAct()));
  retry.addEventListener('click', () => {
    const p = pending;
    if (p) submit(p.act, p.res, $('[data-result-note]').textContent);
  });
  $('[data-say-letter]').addEventListener('click', () => speaker.sayAll(listen.letterTexts(data.card)));
  $('[data-party-close]').addEventListener('click', () => { party.hidden = true; });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') party.hidden = true; });

  siblings();
  steps.hidden = false;
  stage.hidden = false;
  open(order.find((a) => !best[a]) || 'listen', false);

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
