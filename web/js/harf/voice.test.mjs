// Who speaks on this device: the server's voice, a browser voice, or nothing (no-voice mode).
import assert from 'node:assert/strict';
import { test } from 'node:test';

let fresh = 0;
/** voice.js loaded anew (it keeps the server's status once per page) in a fake window. */
async function withDevice({ tts, voices }) {
  globalThis.fetch = async () => ({ ok: true, json: async () => ({ tts, stt: false }) });
  globalThis.window = voices === undefined ? {} : {
    speechSynthesis: { getVoices: () => voices.map((lang) => ({ lang })), addEventListener() {}, removeEventListener() {} },
  };
  fresh += 1;
  return import(`./voice.js?device=${fresh}`);
}

test('a server voice for the language wins', async () => {
  const v = await withDevice({ tts: { 'uz-UZ': 'espeak' }, voices: [] });
  assert.equal(await v.voiceMode('uz-UZ'), 'server');
});

test('without a server voice, a browser voice of the same language will do', async () => {
  const v = await withDevice({ tts: { 'ru-RU': 'browser' }, voices: ['en-US', 'ru_RU'] });
  assert.equal(await v.voiceMode('ru-RU'), 'browser');
  assert.equal(await v.canSpeak('ru-RU'), true);
});

test('no server voice and no browser voice for the language means no voice at all', async () => {
  const v = await withDevice({ tts: { 'uz-UZ': 'browser' }, voices: ['en-US', 'ru-RU'] });
  assert.equal(await v.voiceMode('uz-UZ'), 'none');
  const bare = await withDevice({ tts: {}, voices: undefined });
  assert.equal(await bare.canSpeak('en-US'), false);
});

test('interface languages map to the speech tags the server knows', async () => {
  const v = await withDevice({ tts: {}, voices: [] });
  assert.deepEqual(['uz', 'ru', 'en', 'xx'].map(v.speechLangOf), ['uz-UZ', 'ru-RU', 'en-US', 'uz-UZ']);
});
