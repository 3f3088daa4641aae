// The page's star rules agree with the server's on every shared vector.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { stars } from './scoring.js';

const vectors = JSON.parse(readFileSync(new URL('./scoring-vectors.json', import.meta.url), 'utf8'));

test('there are vectors for every activity', () => {
  const kinds = new Set(vectors.map((v) => v.activity));
  for (const a of ['listen', 'trace', 'find', 'first_sound', 'listen_choose', 'say']) assert.ok(kinds.has(a), a);
});

test('stars match every shared vector', () => {
  for (const v of vectors) {
    assert.equal(stars(v.activity, v.result), v.stars, `${v.activity} ${JSON.stringify(v.result)}`);
  }
});

test('an unknown activity gives no stars', () => {
  assert.equal(stars('dance', { completed: true }), null);
});
