import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layout, wordAt } from './highlight.js';

test('the word under the voice follows the fraction said', () => {
  const { text, starts } = layout(['Bir', 'kuni', 'quyon', 'keldi.']);
  assert.equal(text, 'Bir kuni quyon keldi.');
  assert.deepEqual(starts, [0, 4, 9, 15]);
  assert.equal(wordAt(starts, text.length, 0), 0);
  assert.equal(wordAt(starts, text.length, 0.2), 1);
  assert.equal(wordAt(starts, text.length, 0.5), 2);
  assert.equal(wordAt(starts, text.length, 1), 3);
  assert.equal(wordAt(starts, text.length, 7), 3);
});
