// The choice activities — find, first sound, listen and choose — as rounds of big tiles. The
// first tap of a round counts; a wrong tap shows the right tile before the next round.
// With no voice (`voice: 'none'`) a round never shows its answer as text: first sound shows
// only the picture, listen and choose becomes "which letter does this picture start with?",
// picture tiles carry no words, and there are no speaker buttons. Elements that would show
// an answer as text carry `data-answer-text`, so a test can check none exist in that mode.

import { seeded } from './rng.js';
import { findRounds, firstSoundRounds, letterLabel, listenChooseRounds } from './rounds.js';

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function buildRounds(activity, data, rng, quiet) {
  if (activity === 'find') return findRounds(data.card, data.letters, rng);
  if (activity === 'first_sound' || quiet) {
    const opts = activity === 'listen_choose' ? { rounds: 5 } : {};
    return firstSoundRounds(data.card, data.letters, data.other_words, rng, opts);
  }
  return listenChooseRounds(data.card, data.letters, rng);
}

function hearButton(t, big) {
  const hear = el('button', `hc-hear${big ? ' hc-hear-big' : ''}`, '🔊');
  hear.type = 'button';
  hear.setAttribute('aria-label', t('replay'));
  hear.title = t('replay');
  return hear;
}

/** The prompt of a round and what it says aloud (`text` is null with no voice). */
function prompt(activity, r, data, t, quiet) {
  const box = el('div', 'hc-ask');
  if (activity === 'listen_choose' && !quiet) {
    const hear = hearButton(t, true);
    box.append(hear);
    return { box, hear, text: r.say };
  }
  if (r.kind === 'letter') {
    const picture = el('span', 'hc-ask-picture', r.word.emoji);
    picture.dataset.askPicture = '';
    box.append(picture);
    if (quiet) return { box, text: null };
    const hear = hearButton(t);
    const word = el('span', 'hc-ask-word', r.word.text);
    word.dataset.answerText = '';
    box.append(hear, word);
    return { box, hear, text: r.word.text, word };
  }
  box.append(el('span', 'hc-ask-letter', letterLabel(data.card)));
  if (quiet) return { box, text: null };
  const hear = hearButton(t);
  box.append(hear);
  return { box, hear, text: data.card.sound };
}

export function start({ panel, data, finish, t, activity, voice, speakPrompt, say }) {
  const quiet = voice === 'none';
  const rounds = buildRounds(activity, data, seeded(Date.now()), quiet);
  const dots = panel.querySelector('[data-dots]');
  const ask = panel.querySelector('[data-prompt]');
  const tiles = panel.querySelector('[data-options]');
  let index = 0;
  let correct = 0;
  let timer = null;

  dots.replaceChildren(...rounds.map(() => el('li', 'hc-dot')));

  function show() {
    const r = rounds[index];
    const p = prompt(activity, r, data, t, quiet);
    ask.replaceChildren(p.box);
    dots.setAttribute('aria-label', t('round', { n: index + 1, total: rounds.length }));
    [...dots.children].forEach((d, i) => d.classList.toggle('now', i === index));
    p.hear?.addEventListener('click', () => say(p.text));
    tiles.className = `hc-options ${r.kind === 'picture' ? 'pictures' : 'letters'} n${r.options.length}`;
    let answered = false;
    tiles.replaceChildren(...r.options.map((o) => {
      const b = el('button', 'hc-tile');
      b.type = 'button';
      if (r.kind === 'picture') {
        b.append(el('span', 'hc-tile-picture', o.emoji));
        if (!quiet) {
          const word = el('span', 'hc-tile-word', o.text);
          word.dataset.answerText = '';
          b.append(word);
        }
      } else {
        b.append(el('span', `hc-tile-letter${o.text.length > 4 ? ' long' : ''}`, o.text));
      }
      b.addEventListener('click', () => {
        if (answered) return;
        answered = true;
        const right = o.id === r.answer;
        if (right) correct += 1;
        b.classList.add(right ? 'right' : 'wrong');
        b.setAttribute('aria-label', t(right ? 'right' : 'wrong'));
        for (const other of tiles.children) other.disabled = other !== b;
        if (!right) tiles.children[r.options.findIndex((x) => x.id === r.answer)].classList.add('right');
        tiles.classList.add('answered');
        p.word?.classList.add('shown');
        dots.children[index].classList.add(right ? 'right' : 'wrong');
        timer = setTimeout(next, right ? 900 : 1700);
      });
      return b;
    }));
    speakPrompt(p.box, p.text);
  }

  function next() {
    index += 1;
    if (index < rounds.length) show();
    else finish({ correct, total: rounds.length });
  }

  show();
  return () => clearTimeout(timer);
}
