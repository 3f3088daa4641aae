// The choice activities — find, first sound, listen and choose — as rounds of big tiles. The
// first tap of a round counts; a wrong tap shows the right tile before the next round.

import { seeded } from './rng.js';
import { findRounds, firstSoundRounds, letterLabel, listenChooseRounds } from './rounds.js';

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function buildRounds(activity, data, rng) {
  if (activity === 'find') return findRounds(data.card, data.letters, rng);
  if (activity === 'first_sound') return firstSoundRounds(data.card, data.letters, data.other_words, rng);
  return listenChooseRounds(data.card, data.letters, rng);
}

/** The prompt of a round and what it says aloud. */
function prompt(activity, r, data, t) {
  const box = el('div', 'hc-ask');
  const hear = el('button', 'hc-hear', '🔊');
  hear.type = 'button';
  hear.setAttribute('aria-label', t('replay'));
  hear.title = t('replay');
  if (activity === 'listen_choose') {
    hear.classList.add('hc-hear-big');
    box.append(hear);
    return { box, hear, text: r.say };
  }
  if (r.kind === 'letter') {
    const word = el('span', 'hc-ask-word', r.word.text);
    box.append(el('span', 'hc-ask-picture', r.word.emoji), hear, word);
    return { box, hear, text: r.word.text, word };
  }
  box.append(el('span', 'hc-ask-letter', letterLabel(data.card)), hear);
  return { box, hear, text: data.card.sound };
}

export function start({ panel, data, speaker, finish, t, activity }) {
  const rounds = buildRounds(activity, data, seeded(Date.now()));
  const dots = panel.querySelector('[data-dots]');
  const ask = panel.querySelector('[data-prompt]');
  const tiles = panel.querySelector('[data-options]');
  let index = 0;
  let correct = 0;
  let timer = null;

  dots.replaceChildren(...rounds.map(() => el('li', 'hc-dot')));

  function show() {
    const r = rounds[index];
    const p = prompt(activity, r, data, t);
    ask.replaceChildren(p.box);
    dots.setAttribute('aria-label', t('round', { n: index + 1, total: rounds.length }));
    [...dots.children].forEach((d, i) => d.classList.toggle('now', i === index));
    p.hear.addEventListener('click', () => speaker.say(p.text));
    tiles.className = `hc-options ${r.kind === 'picture' ? 'pictures' : 'letters'} n${r.options.length}`;
    let answered = false;
    tiles.replaceChildren(...r.options.map((o) => {
      const b = el('button', 'hc-tile');
      b.type = 'button';
      if (r.kind === 'picture') {
        b.append(el('span', 'hc-tile-picture', o.emoji), el('span', 'hc-tile-word', o.text));
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
    speaker.say(p.text);
  }

  function next() {
    index += 1;
    if (index < rounds.length) show();
    else finish({ correct, total: rounds.length });
  }

  show();
  return () => clearTimeout(timer);
}
