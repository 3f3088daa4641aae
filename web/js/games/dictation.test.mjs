// Dictation's page rules against the server's vectors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { draw, normalise, points, outcome, isRight } from './dictation.js';

const v = JSON.parse(readFileSync(new URL('../../../crates/games/vectors/dictation.json', import.meta.url)));
const lists = (lang) => JSON.parse(readFileSync(new URL(`../../../crates/games/content/dictation-${lang}.json`, import.meta.url)));

test('dictation: the seed draws the same items as the server', () => {
  for (const d of v.draws) assert.deepEqual(draw(lists(d.lang), d.seed, d.level), d.items, `${d.lang} level ${d.level}`);
});

test('dictation: answers are normalised and scored as the server does', () => {
  for (const t of v.typed) {
    assert.equal(normalise(t.typed), t.normal, t.typed);
    assert.equal(points(t.item, t.typed), t.points, `${t.typed} for ${t.item}`);
  }
  assert.ok(isRight('Oʻgʻil bola', "  o'g'il BOLA! "), 'apostrophes, case, spaces and punctuation do not count');
  assert.ok(!isRight('sheʼr', 'sher'), 'a missing tutuq belgisi is a different word');
});

test('dictation: whole rounds come to the server\'s score and stars', () => {
  for (const r of v.rounds) {
    const items = draw(lists(r.lang), r.seed, r.level);
    const { score, stars, passed } = outcome(items, r.answers);
    assert.deepEqual({ score, stars, passed }, { score: r.score, stars: r.stars, passed: r.passed }, `${r.lang} level ${r.level}`);
  }
});
