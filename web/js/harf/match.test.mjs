// "Say a word": which transcripts count for a card.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { saidMatches, spokenWords } from './match.js';

const uz = ['a', 'o', 'oʻ', 's', 'sh', 'ng', 'ʼ'].map((l) => ({ lower: l }));
const card = (lower, position = 'start') => ({ lower, position });

test('a word starting with the letter counts, whatever its case and punctuation', () => {
  assert.ok(saidMatches('Ayiq.', card('a'), uz, 'uz'));
  assert.ok(saidMatches('bu — ayiq!', card('a'), uz, 'uz'));
  assert.ok(!saidMatches('baliq', card('a'), uz, 'uz'));
  assert.ok(!saidMatches('', card('a'), uz, 'uz'));
});

test('a longer letter does not count for the shorter one', () => {
  assert.ok(!saidMatches('shaftoli', card('s'), uz, 'uz'));
  assert.ok(saidMatches('shaftoli', card('sh'), uz, 'uz'));
  assert.ok(!saidMatches("o'rik", card('o'), uz, 'uz'));
  assert.ok(saidMatches("O'rik", card('oʻ'), uz, 'uz'), 'typed apostrophes become ʻ');
});

test('letters met inside words count anywhere in the word', () => {
  assert.ok(saidMatches('bodiring', card('ng', 'inside'), uz, 'uz'));
  assert.ok(saidMatches("ta'lim", card('ʼ', 'inside'), uz, 'uz'));
  assert.ok(!saidMatches('olma', card('ng', 'inside'), uz, 'uz'));
  assert.ok(saidMatches('Сыр', card('ы', 'inside'), [{ lower: 'ы' }], 'ru'));
});

test('transcripts split into lower-case words', () => {
  assert.deepEqual(spokenWords('Hello, World!', 'en'), ['hello', 'world']);
});
