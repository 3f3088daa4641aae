// Recording the child's voice as 16 kHz mono WAV: getUserMedia, an AudioContext capturing the
// samples, and the encoder in wav.js.

import { downsample, encodeWav } from './wav.js';

export const RATE = 16000;

/** Whether this browser can record at all. */
export function canRecord() {
  return !!(navigator.mediaDevices && navigator.mediaDevices.getUserMedia
    && (window.AudioContext || window.webkitAudioContext));
}

/** Starts recording; resolves to `{stop}` where `stop()` resolves to the WAV bytes. */
export async function record() {
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true },
  });
  const Ctx = window.AudioContext || window.webkitAudioContext;
  const ac = new Ctx();
  const source = ac.createMediaStreamSource(stream);
  // ScriptProcessor is old but everywhere, and needs no extra worklet file.
  const node = ac.createScriptProcessor(4096, 1, 1);
  const mute = ac.createGain();
  mute.gain.value = 0;
  const chunks = [];
  node.onaudioprocess = (e) => chunks.push(new Float32Array(e.inputBuffer.getChannelData(0)));
  source.connect(node);
  node.connect(mute);
  mute.connect(ac.destination);
  return {
    async stop() {
      node.onaudioprocess = null;
      source.disconnect();
      node.disconnect();
      stream.getTracks().forEach((tr) => tr.stop());
      const rate = ac.sampleRate;
      await ac.close();
      const all = new Float32Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) { all.set(c, at); at += c.length; }
      return encodeWav(downsample(all, rate, RATE), RATE);
    },
  };
}
