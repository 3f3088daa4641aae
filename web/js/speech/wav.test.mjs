// The WAV encoder writes a header speech services accept: RIFF/WAVE, PCM, mono, 16 bits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { downsample, encodeWav } from './wav.js';

const ascii = (bytes, at, n) => String.fromCharCode(...bytes.slice(at, at + n));

test('the header describes 16 kHz mono 16-bit PCM and the data that follows', () => {
  const samples = new Float32Array([0, 0.5, -0.5, 1, -1, 2]);
  const wav = encodeWav(samples, 16000);
  const v = new DataView(wav.buffer);
  assert.equal(wav.length, 44 + 12);
  assert.equal(ascii(wav, 0, 4), 'RIFF');
  assert.equal(v.getUint32(4, true), wav.length - 8);
  assert.equal(ascii(wav, 8, 4), 'WAVE');
  assert.equal(ascii(wav, 12, 4), 'fmt ');
  assert.equal(v.getUint32(16, true), 16);
  assert.equal(v.getUint16(20, true), 1, 'PCM');
  assert.equal(v.getUint16(22, true), 1, 'mono');
  assert.equal(v.getUint32(24, true), 16000);
  assert.equal(v.getUint32(28, true), 32000);
  assert.equal(v.getUint16(32, true), 2);
  assert.equal(v.getUint16(34, true), 16);
  assert.equal(ascii(wav, 36, 4), 'data');
  assert.equal(v.getUint32(40, true), 12);
  const pcm = [0, 1, 2, 3, 4, 5].map((i) => v.getInt16(44 + i * 2, true));
  assert.deepEqual(pcm, [0, 16383, -16384, 32767, -32768, 32767], 'loud samples are clipped');
});

test('an empty recording is a valid empty file', () => {
  const wav = encodeWav(new Float32Array(0), 16000);
  assert.equal(wav.length, 44);
  assert.equal(new DataView(wav.buffer).getUint32(40, true), 0);
});

test('48 kHz is brought down to 16 kHz by averaging', () => {
  const input = new Float32Array(48).map((_, i) => (i % 3 === 0 ? 0.3 : 0));
  const out = downsample(input, 48000, 16000);
  assert.equal(out.length, 16);
  for (const s of out) assert.ok(Math.abs(s - 0.1) < 1e-6);
  assert.equal(downsample(new Float32Array([0.1, 0.2]), 16000, 16000).length, 2);
});
