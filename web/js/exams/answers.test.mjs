// Form values become the API's answers, for every question type; numbers take a decimal comma.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { move, parseDecimal, serialize } from './answers.js';

/** The same vectors the server's reader is tested with. */
const vectors = JSON.parse(readFileSync(new URL('./decimal-vectors.json', import.meta.url), 'utf8'));

test('numbers are read with a comma or a point', () => {
  for (const [raw, want] of vectors) assert.equal(parseDecimal(raw), want, JSON.stringify(raw));
  assert.equal(parseDecimal('3,5'), 3.5);
  assert.equal(parseDecimal(' 3.5 '), 3.5);
  assert.equal(parseDecimal('1 000,25'), 1000.25);
  assert.equal(parseDecimal('\u22122'), -2);
  assert.equal(parseDecimal('-0,5'), -0.5);
  assert.equal(parseDecimal(',5'), 0.5);
  for (const bad of ['', '  ', 'uch', '1,2,3', '3.5.1', '12abc', 'Infinity', 'NaN', null, undefined]) {
    assert.equal(parseDecimal(bad), null, String(bad));
  }
});

test('every type serialises to the shape the server grades', () => {
  const cases = [
    ['single', { choice: '2' }, { type: 'single', choice: 2 }],
    ['true_false', { value: 'false' }, { type: 'true_false', value: false }],
    ['multiple', { choices: ['3', '0', '3'] }, { type: 'multiple', choices: [0, 3] }],
    ['short', { text: '  Toshkent ' }, { type: 'short', text: 'Toshkent' }],
    ['numeric', { text: '3,5' }, { type: 'numeric', value: 3.5 }],
    ['ordering', { order: ['2', '0', '1'] }, { type: 'ordering', order: [2, 0, 1] }],
    ['matching', { choices: ['1', '', '0'] }, { type: 'matching', choices: [1, 3, 0] }],
    ['fill_blanks', { values: [' 3 ', ''] }, { type: 'fill_blanks', values: ['3', ''] }],
  ];
  for (const [kind, values, answer] of cases) {
    assert.deepEqual(serialize(kind, values), { ok: true, answer }, kind);
  }
});

test('nothing chosen is empty, and an unreadable number says so', () => {
  for (const [kind, values] of [
    ['single', { choice: null }],
    ['single', { choice: 'x' }],
    ['true_false', {}],
    ['multiple', { choices: [] }],
    ['short', { text: '   ' }],
    ['numeric', { text: '' }],
    ['matching', { choices: ['', ''] }],
    ['fill_blanks', { values: ['', ' '] }],
    ['essay', { text: 'a' }],
  ]) {
    assert.deepEqual(serialize(kind, values), { ok: false, reason: 'empty' }, kind);
  }
  assert.deepEqual(serialize('numeric', { text: 'uch' }), { ok: false, reason: 'number' });
});

test('moving an item up or down keeps the others in place', () => {
  assert.deepEqual(move([2, 0, 1], 2, -1), [2, 1, 0]);
  assert.deepEqual(move([2, 0, 1], 0, 1), [0, 2, 1]);
  assert.deepEqual(move([2, 0, 1], 0, -1), [2, 0, 1], 'the first cannot go higher');
  assert.deepEqual(move([2, 0, 1], 2, 1), [2, 0, 1], 'the last cannot go lower');
});
