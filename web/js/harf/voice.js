// Harf's voice decision: who can speak a language on this device — the server's voice
// (GET /api/v1/speech/status names a provider per language), a browser voice, or nothing — which
// picks the card's mode (`data-voice="server|browser|none"`), and the "tap to hear" button that
// holds a round's first prompt when the browser refuses to start a sound before a tap.

import { canSpeak, speechStatus } from '../speech.js';

export { canSpeak };

/** The speech language of an interface language (`uz` → `uz-UZ`). */
export function speechLangOf(ui) {
  return { uz: 'uz-UZ', ru: 'ru-RU', en: 'en-US' }[ui] || 'uz-UZ';
}

function serverSpeaks(status, lang) {
  const p = status.tts && typeof status.tts === 'object' ? status.tts[lang] : null;
  return Boolean(p) && p !== 'browser';
}

/** A browser voice for `lang` (exact tag, else same language); voices may load late. */
export function browserVoiceFor(lang, waitMs = 1500) {
  if (!('speechSynthesis' in window)) return Promise.resolve(false);
  const want = lang.toLowerCase();
  const has = () => window.speechSynthesis.getVoices().some((v) => {
    const tag = v.lang.toLowerCase().replace('_', '-');
    return tag === want || tag.split('-')[0] === want.split('-')[0];
  });
  if (has()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (v) => { clearTimeout(timer); window.speechSynthesis.removeEventListener?.('voiceschanged', check); resolve(v); };
    const check = () => { if (has()) done(true); };
    const timer = setTimeout(() => done(has()), waitMs);
    window.speechSynthesis.addEventListener?.('voiceschanged', check);
  });
}

let statusOnce = null;
/** The server's speech status, fetched once per page. */
export const status = () => (statusOnce ??= speechStatus());

/** `server`, `browser` or `none`: who can speak `lang` on this device. */
export async function voiceMode(lang) {
  if (serverSpeaks(await status(), lang)) return 'server';
  return (await browserVoiceFor(lang)) ? 'browser' : 'none';
}

// 0.05 s of silence as a WAV, to ask the browser whether sound may start without a tap.
function silentWav() {
  const n = 400;
  const b = new Uint8Array(44 + n);
  const v = new DataView(b.buffer);
  const s = (o, t) => [...t].forEach((c, i) => { b[o + i] = c.charCodeAt(0); });
  s(0, 'RIFF'); v.setUint32(4, 36 + n, true); s(8, 'WAVEfmt ');
  v.setUint32(16, 16, true); v.setUint16(20, 1, true); v.setUint16(22, 1, true);
  v.setUint32(24, 8000, true); v.setUint32(28, 8000, true); v.setUint16(32, 1, true);
  v.setUint16(34, 8, true); s(36, 'data'); v.setUint32(40, n, true);
  b.fill(128, 44);
  return URL.createObjectURL(new Blob([b], { type: 'audio/wav' }));
}

/**
 * Whether sound may start now without a tap. A page the child has already tapped may; before
 * that, a silent clip is tried (iPhones refuse it with NotAllowedError).
 */
export async function autoplayAllowed() {
  if (navigator.userActivation?.hasBeenActive) return true;
  try {
    const audio = new Audio(silentWav());
    await audio.play();
    audio.pause();
    return true;
  } catch (e) {
    return !(e && e.name === 'NotAllowedError');
  }
}

/**
 * Puts a big "tap to hear" button in `box`; tapping it removes the button and calls `speak`
 * (now inside the tap, so the browser allows sound).
 */
export function tapToHear(box, label, speak) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'hc-tap-to-hear';
  b.dataset.tapToHear = '';
  const icon = document.createElement('span');
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = '🔊';
  b.append(icon, ` ${label}`);
  b.addEventListener('click', () => { b.remove(); speak(); });
  box.prepend(b);
  return b;
}
