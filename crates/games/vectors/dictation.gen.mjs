// Writes dictation.json from the page's rules (web/js/games/dictation.js) and the lists in
// crates/games/content/; the Rust rules are then checked against it:
// `node crates/games/vectors/dictation.gen.mjs > crates/games/vectors/dictation.json`.
import { readFileSync } from 'node:fs';
import { draw, normalise, points, outcome } from '../../../web/js/games/dictation.js';

const lists = (lang) => JSON.parse(readFileSync(new URL(`../content/dictation-${lang}.json`, import.meta.url)));
const draws = [];
for (const lang of ['uz', 'ru', 'en']) {
  for (const level of [1, 2, 20, 40, 41, 55, 70, 71, 85, 100]) {
    for (const seed of [1, 42, 3000000000 + level]) draws.push({ lang, level, seed, items: draw(lists(lang), seed, level) });
  }
}
const typed = [
  ['oʻgʻil', "o'g'il"], ['oʻgʻil', 'o‘g‘il'], ['oʻgʻil', 'o`g`il'], ['sheʼr', "she'r"], ['sheʼr', 'sher'],
  ['Men bugun aʼlo baho oldim.', "  men bugun a'lo baho oldim "], ['Men bugun aʼlo baho oldim.', 'Men bugun alo baho oldim'],
  ['ёжик', 'ежик'], ['Мама сварила вкусный суп.', 'мама сварила вкусный суп!'], ['Мама сварила вкусный суп.', 'Мама варила суп'],
  ['I go to school every day.', 'i go to school, every day'], ['I go to school every day.', 'I go to scool evry day.'],
  ['apple', ''], ['apple', 'APPLE'], ['apple', 'appel'], ['apple', 'a totally different answer'], ['sun', 'Sun?'],
].map(([item, t]) => ({ item, typed: t, normal: normalise(t), points: points(item, t) }));
const rounds = [];
for (const [lang, level, seed, answers] of [
  ['uz', 1, 7, (items) => items],
  ['uz', 45, 8, (items) => items.map((s, i) => (i === 0 ? s.toUpperCase().replace(/ʻ/g, "'") : s))],
  ['ru', 80, 9, (items) => items.map((s, i) => (i < 2 ? s.slice(1) : s))],
  ['en', 30, 10, (items) => items.slice(0, 3)],
  ['en', 99, 11, (items) => items.map(() => 'xyz')],
  ['uz', 100, 12, (items) => items.map((s, i) => (i % 2 ? s.replace(/ʼ|ʻ/g, '') : s))],
]) {
  const items = draw(lists(lang), seed, level);
  const log = answers(items).map((t, i) => [1500 * (i + 1), t]);
  rounds.push({ lang, level, seed, answers: log, ...outcome(items, log) });
}
const illegal = [
  { why: 'six answers', answers: [[1, 'a'], [2, 'b'], [3, 'c'], [4, 'd'], [5, 'e'], [6, 'f']] },
  { why: 'time going back', answers: [[500, 'a'], [400, 'b']] },
  { why: 'time past the round', answers: [[1800001, 'a']] },
  { why: 'an answer too long', answers: [[1, 'a'.repeat(201)]] },
];
console.log(JSON.stringify({ draws, typed, rounds, illegal }));
