// Rounds of the choice activities, built without the DOM from the page's data and a seeded
// random generator. In every round the answer is among the options exactly once, and no two
// options look (or, for listening, sound) the same.

import { sample, shuffle } from './rng.js';

const low = (s) => s.toLowerCase();

/** How a letter is shown on a tile: "A a", or "ʼ" when both cases are the same. */
export function letterLabel(l) {
  return l.upper === l.lower ? l.upper : `${l.upper} ${l.lower}`;
}

/** The card as one of the alphabet's letters. */
function selfLetter(card, letters) {
  return letters.find((l) => l.id === card.id) || card;
}

/** Adds letters from `pool` to `options` until `size`, skipping any `reject` refuses. */
function fill(options, pool, size, reject) {
  for (const l of pool) {
    if (options.length >= size) break;
    if (!reject(l, options)) options.push(l);
  }
  return options;
}

/** Find: which tile is this letter? Upper and lower case alternate between rounds. */
export function findRounds(card, letters, rng, { rounds = 5, size = 6 } = {}) {
  const firstUpper = rng() < 0.5;
  const out = [];
  for (let r = 0; r < rounds; r++) {
    const which = (r % 2 === 0) === firstUpper ? 'upper' : 'lower';
    const others = shuffle(letters.filter((l) => l.id !== card.id), rng);
    const chosen = fill([{ id: card.id, text: card[which] }],
      others.map((l) => ({ id: l.id, text: l[which] })), size,
      (o, opts) => opts.some((x) => x.text === o.text));
    out.push({ case: which, answer: card.id, options: shuffle(chosen, rng) });
  }
  return out;
}

/** `word` starts with `letter` (case-insensitive). */
export function startsWith(word, letter) {
  return low(word).startsWith(low(letter.lower));
}

/**
 * First sound. For `start` cards: a picture word (half of them the card's own) and letter
 * choices, the card's letter always among them. For `inside` cards: which picture has the
 * letter? — one of the card's words among pictures of words without it.
 */
export function firstSoundRounds(card, letters, otherWords, rng, opts = {}) {
  return card.position === 'inside'
    ? pictureRounds(card, otherWords, rng, opts)
    : letterRounds(card, letters, otherWords, rng, opts);
}

function letterRounds(card, letters, otherWords, rng, { rounds = 4, choices = 4 } = {}) {
  const self = selfLetter(card, letters);
  const byId = new Map(letters.map((l) => [l.id, l]));
  const others = shuffle(otherWords.filter((w) => byId.has(w.card)), rng);
  const ownCount = others.length ? Math.ceil(rounds / 2) : rounds;
  const own = shuffle(card.words, rng);
  const words = [];
  for (let i = 0; i < ownCount && own.length; i++) words.push({ ...own[i % own.length], card: card.id });
  for (let i = 0; words.length < rounds && others.length; i++) words.push(others[i % others.length]);
  const picture = new Set(others.map((w) => w.card).concat(card.id));
  const pool = shuffle(letters.filter((l) => picture.has(l.id)), rng)
    .concat(shuffle(letters.filter((l) => !picture.has(l.id)), rng));
  return shuffle(words, rng).map((w) => {
    const answer = byId.get(w.card) || self;
    const reject = (l, opts) => l.id === answer.id || startsWith(w.text, l)
      || opts.some((o) => o.id === l.id || letterLabel(o) === letterLabel(l));
    const start = [answer];
    if (!reject(self, start)) start.push(self);
    const options = fill(start, pool, choices, reject);
    return {
      kind: 'letter',
      word: { text: w.text, emoji: w.emoji },
      answer: answer.id,
      options: shuffle(options, rng).map((l) => ({ id: l.id, text: letterLabel(l) })),
    };
  });
}

function pictureRounds(card, otherWords, rng, { rounds = 4, choices = 3 } = {}) {
  const own = shuffle(card.words, rng);
  const without = otherWords.filter((w) => !low(w.text).includes(low(card.lower)));
  const out = [];
  for (let r = 0; r < rounds && own.length; r++) {
    const right = { id: `own-${r}`, text: own[r % own.length].text, emoji: own[r % own.length].emoji };
    const pool = sample(without, without.length, rng)
      .map((w, i) => ({ id: `other-${r}-${i}`, text: w.text, emoji: w.emoji }));
    const options = fill([right], pool, choices,
      (o, opts) => opts.some((x) => x.emoji === o.emoji || x.text === o.text));
    out.push({ kind: 'picture', letter: letterLabel(card), answer: right.id, options: shuffle(options, rng) });
  }
  return out;
}

/**
 * Listen and choose: a letter's sound is played and the child picks it among letter tiles.
 * The card's letter is heard in most rounds and always offered.
 */
export function listenChooseRounds(card, letters, rng, { rounds = 5, size = 4 } = {}) {
  const self = selfLetter(card, letters);
  const others = letters.filter((l) => l.id !== self.id && l.sound !== self.sound);
  const ownCount = rounds - Math.min(Math.floor(rounds / 2), others.length);
  const targets = shuffle(
    Array(ownCount).fill(self).concat(sample(others, rounds - ownCount, rng)), rng);
  return targets.map((target) => {
    const reject = (l, opts) => opts.some((o) =>
      o.id === l.id || o.sound === l.sound || letterLabel(o) === letterLabel(l));
    const start = target === self ? [self] : [target, self];
    const options = fill(start, shuffle(others, rng), size, reject);
    return {
      say: target.sound,
      answer: target.id,
      options: shuffle(options, rng).map((l) => ({ id: l.id, text: letterLabel(l) })),
    };
  });
}
