// What a speaker button says and in which language, and which audio format a browser asks for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { langTag, sayTexts } from './lang.js';
import { pickFormat, ttsUrl } from './format.js';

test('interface languages map to the speech tags and unknown ones to null', () => {
  assert.equal(langTag('uz'), 'uz-UZ');
  assert.equal(langTag('RU-ru'), 'ru-RU');
  assert.equal(langTag('en_GB'), 'en-US');
  assert.equal(langTag('de'), null);
  assert.equal(langTag(''), null);
  assert.equal(langTag(undefined), null);
});

test('a data-say value is one phrase, or a JSON list said in turn', () => {
  assert.deepEqual(sayTexts('  Harflar  '), ['Harflar']);
  assert.deepEqual(sayTexts('["Savol", " ", "A javob"]'), ['Savol', 'A javob']);
  assert.deepEqual(sayTexts('[qavs] bilan'), ['[qavs] bilan']);
  assert.deepEqual(sayTexts(''), []);
  assert.deepEqual(sayTexts(undefined), []);
});

test('browsers that cannot play Ogg Opus ask for MP3', () => {
  assert.equal(pickFormat(() => 'probably'), 'ogg');
  assert.equal(pickFormat(() => 'maybe'), 'ogg');
  assert.equal(pickFormat(() => ''), 'mp3');
  assert.equal(
    ttsUrl('uz-UZ', 'Oʻrdak & qush', 'mp3'),
    '/api/v1/speech/tts?lang=uz-UZ&text=O%CA%BBrdak%20%26%20qush&format=mp3',
  );
});
