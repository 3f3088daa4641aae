// Writes hidden-word.json from the page's rules (web/js/games/hidden-word.js); the Rust rules
// are then checked against it:
// `node crates/games/vectors/hidden-word.gen.mjs > crates/games/vectors/hidden-word.json`.
import { readFileSync } from 'node:fs';
import { config, deal, newPlay, write, outcome, done } from '../../../web/js/games/hidden-word.js';
import { rng } from '../../../web/js/games/rng.js';

const read = (p) => JSON.parse(readFileSync(new URL(p, import.meta.url)));
const lists = Object.fromEntries(['uz', 'ru', 'en'].map((l) => [l, read(`../content/hidden-words-${l}.json`)]));
const alphabets = Object.fromEntries(['uz', 'ru', 'en'].map((l) => [l, read(`../../alphabets/content/${l}.json`).cards.map((c) => c.lower)]));

const configs = [];
for (const lang of ['uz', 'ru', 'en']) for (const level of [1, 2, 30, 57, 100]) {
  const { word, emoji, extras } = config(level, lists[lang], alphabets[lang]);
  configs.push({ lang, level, word, emoji, extras });
}
const deals = [];
for (const c of configs) for (const seed of [3, 2718281828]) {
  deals.push({ lang: c.lang, level: c.level, seed, key: deal(seed, c.word, alphabets[c.lang], c.extras) });
}
// A child who picks a wrong letter of the key with chance `miss`, pausing irregularly.
function game(lang, level, seed, miss, stopAfter = Infinity) {
  const c = config(level, lists[lang], alphabets[lang]);
  const key = deal(seed, c.word, alphabets[lang], c.extras);
  const play = newPlay(c.word, key, level);
  const r = rng(seed ^ 0x27d4eb2f);
  let ms = 0;
  while (!done(play) && play.taps.length < stopAfter) {
    ms += 300 + r.below(4000);
    const want = play.word[play.written];
    const wrong = key.map(([l]) => l).filter((l) => l !== want);
    write(play, ms, r.float() < miss ? wrong[r.below(wrong.length)] : want);
  }
  return { lang, level, seed, letters: play.taps, mistakes: play.mistakes, ...outcome(play) };
}
const games = [];
for (const [lang, level] of [['uz', 1], ['uz', 64], ['uz', 99], ['ru', 12], ['ru', 88], ['en', 5], ['en', 100]]) {
  games.push(game(lang, level, 100 + level, 0));
  games.push(game(lang, level, 200 + level, 0.2));
  games.push(game(lang, level, 300 + level, 0.5));
}
games.push(game('uz', 40, 9, 0.1, 3)); // left unfinished
const c = config(1, lists.uz, alphabets.uz); // oy
const illegal = [
  { why: 'a letter not in the key', lang: 'uz', level: 1, seed: 3, letters: [[10, 'ʼ']] },
  { why: 'time going back', lang: 'uz', level: 1, seed: 3, letters: [[500, c.word[0]], [400, c.word[1]]] },
  { why: 'a letter after the word is written', lang: 'uz', level: 1, seed: 3, letters: [[1, c.word[0]], [2, c.word[1]], [3, c.word[1]]] },
  { why: 'time past the round', lang: 'uz', level: 1, seed: 3, letters: [[1800001, c.word[0]]] },
];
console.log(JSON.stringify({ configs, deals, games, illegal }));
