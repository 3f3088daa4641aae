// Who speaks on this device: the server's voice, a browser voice, or nothing (no-voice mode).
import assert from 'node:assert/strict';
import { test } from 'node:test';

// The server's status is asked once per page (speech.js keeps it), so every test below reads
// the same one: a server voice for Uzbek only.
const TTS = { 'uz-UZ': 'espeak', 'ru-RU': 'browser', 'en-US': 'browser' };
globalThis.fetch = async () => ({ ok: true, json: async () => ({ tts: TTS, stt: false }) });

let fresh = 0;
/** voice.js loaded anew in a fake window with these browser voices (none at all when undefined). */
async function withDevice({ voices }) {
  globalThis.window = voices === undefined ? {} : {
    speechSynthesis: { getVoices: () => voices.map((lang) => ({ lang })), addEventListener() {}, removeEventListener() {} },
  };
  fresh += 1;
  return import(`./voice.js?device=${fresh}`);
}

test('a server voice for the language wins', async () => {
  const v = await withDevice({ voices: [] });
  assert.equal(await v.voiceMode('uz-UZ'), 'server');
});

test('without a server voice, a browser voice of the same language will do', async () => {
  const v = await withDevice({ voices: ['en-US', 'ru_RU'] });
  assert.equal(await v.voiceMode('ru-RU'), 'browser');
  assert.equal(await v.canSpeak('ru-RU'), true);
});

test('no server voice and no browser voice for the language means no voice at all', async () => {
  const v = await withDevice({ voices: ['uz-UZ', 'ru-RU'] });
  assert.equal(await v.voiceMode('en-US'), 'none');
  const bare = await withDevice({ voices: undefined });
  assert.equal(await bare.canSpeak('en-US'), false);
});

test('interface languages map to the speech tags the server knows', async () => {
  const v = await withDevice({ voices: [] });
  assert.deepEqual(['uz', 'ru', 'en', 'xx'].map(v.speechLangOf), ['uz-UZ', 'ru-RU', 'en-US', 'uz-UZ']);
});
