// Hidden word's page rules against the server's vectors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { config, deal, newPlay, write, outcome, letters } from './hidden-word.js';

const read = (p) => JSON.parse(readFileSync(new URL(p, import.meta.url)));
const v = read('../../../crates/games/vectors/hidden-word.json');
const lists = Object.fromEntries(['uz', 'ru', 'en'].map((l) => [l, read(`../../../crates/games/content/hidden-words-${l}.json`)]));
const alphabets = Object.fromEntries(['uz', 'ru', 'en'].map((l) => [l, read(`../../../crates/alphabets/content/${l}.json`).cards.map((c) => c.lower)]));
const keyOf = (lang, level, seed) => {
  const c = config(level, lists[lang], alphabets[lang]);
  return { c, key: deal(seed, c.word, alphabets[lang], c.extras) };
};

test('hidden word: every level has the server\'s word and key size', () => {
  for (const x of v.configs) {
    const c = config(x.level, lists[x.lang], alphabets[x.lang]);
    assert.deepEqual([c.word, c.emoji, c.extras], [x.word, x.emoji, x.extras], `${x.lang} ${x.level}`);
  }
  assert.deepEqual(letters('yongʻoq', alphabets.uz), ['y', 'o', 'n', 'gʻ', 'o', 'q']);
});

test('hidden word: the seed draws the server\'s key', () => {
  for (const d of v.deals) assert.deepEqual(keyOf(d.lang, d.level, d.seed).key, d.key, `${d.lang} ${d.level} ${d.seed}`);
});

test('hidden word: whole rounds come to the server\'s mistakes, score and stars', () => {
  for (const g of v.games) {
    const { c, key } = keyOf(g.lang, g.level, g.seed);
    const play = newPlay(c.word, key, g.level);
    for (const [ms, l] of g.letters) assert.ok(write(play, ms, l));
    assert.equal(play.mistakes, g.mistakes);
    assert.deepEqual(outcome(play), { score: g.score, stars: g.stars, passed: g.passed });
  }
});

test('hidden word: the page refuses the letters the server refuses', () => {
  for (const bad of v.illegal.filter((b) => !b.why.startsWith('time'))) {
    const { c, key } = keyOf(bad.lang, bad.level, bad.seed);
    const play = newPlay(c.word, key, bad.level);
    const all = bad.letters.map(([ms, l]) => write(play, ms, l));
    assert.equal(all.at(-1), null, bad.why);
  }
});
