// Letter Memory's sounds: short WebAudio tones, and a mute switch kept on the device (it also
// silences the words read aloud).

const KEY = 'alif24.games.muted';

/** `{ beep(freqs, dur), muted(), toggle() }` over `store` (localStorage). */
export function sounds(store) {
  let muted = store.getItem(KEY) === '1';
  let audio = null;
  function beep(freqs, dur = 0.09) {
    if (muted) return;
    try {
      audio = audio || new AudioContext();
      freqs.forEach((f, i) => {
        const o = audio.createOscillator();
        const g = audio.createGain();
        const t = audio.currentTime + i * dur;
        o.frequency.value = f;
        g.gain.setValueAtTime(0.15, t);
        g.gain.exponentialRampToValueAtTime(0.001, t + dur);
        o.connect(g).connect(audio.destination);
        o.start(t);
        o.stop(t + dur);
      });
    } catch { /* no audio: the game plays on */ }
  }
  function toggle() {
    muted = !muted;
    try { store.setItem(KEY, muted ? '1' : '0'); } catch { /* kept for this page only */ }
  }
  return { beep, muted: () => muted, toggle };
}
