// Speaking letters and words: the server's voice first (GET /api/v1/speech/tts, Ogg Opus or
// MP3 as this browser plays), then the browser's speechSynthesis in the alphabet's language,
// and when neither can speak, the text shown big for a moment, so every activity still works.
// When the browser refuses to start a sound by itself, a big "tap to hear" button asks for
// the tap it wants. `canSpeak(lang)` tells pages whether anything can speak a language.

import { ttsUrl } from './speech/format.js';
import { tapToHear } from './speech/tap-to-hear.js';
import { browserVoice, whenVoicesReady } from './speech/voices.js';

/**
 * Whether the server's status says it has no voice for `lang`: its `tts` names a provider per
 * language tag, and `browser` (or no entry) means the page should speak for itself.
 */
function ttsOff(tts, lang) {
  if (tts === undefined) return false; // status unknown: the first phrase will tell
  if (!tts || typeof tts !== 'object') return !tts;
  const provider = tts[lang];
  return !provider || provider === 'browser';
}

let status = null;

/**
 * `GET /api/v1/speech/status` (asked once per page), or a status with nothing available when
 * it cannot be read. `labels` are the speaker buttons' words in the page's language.
 */
export function speechStatus() {
  if (!status) {
    status = (async () => {
      try {
        const res = await fetch('/api/v1/speech/status', { credentials: 'same-origin' });
        if (res.ok) {
          const s = await res.json();
          return { tts: s.tts, stt: s.stt === true, labels: s.labels || {} };
        }
      } catch {
        /* offline: as if nothing were known */
      }
      status = null; // not kept, so a later call may succeed
      return { tts: undefined, stt: false, labels: {} };
    })();
  }
  return status;
}

/**
 * Whether this page can speak `lang` (`uz-UZ`): the server has a voice for it, or the browser
 * does. Pages without either use their no-voice mode (picture prompts, never the answer as
 * text).
 */
export async function canSpeak(lang) {
  const s = await speechStatus();
  if (s.tts && !ttsOff(s.tts, lang)) return true;
  await whenVoicesReady();
  return browserVoice(lang) !== null;
}

/** The words of the "tap to hear" button, once the status has come. */
async function tapLabel() {
  return (await speechStatus()).labels.tap_to_hear || '';
}

/**
 * A speaker for one language. `say(text)` resolves to true when the text was heard (or shown)
 * to the end, false when stopped; when the browser refuses to start a sound by itself, a
 * "tap to hear" button waits for the child's tap first. `show(text|null)` displays text when
 * nothing can speak.
 */
export function createSpeaker({ lang, show }) {
  let server = null; // null: not tried yet; false: no server voice
  const urls = new Map();
  let turn = 0;
  let cancel = () => {};
  let player = null;
  // Voices load late in some browsers; asking once starts the loading.
  if ('speechSynthesis' in window) window.speechSynthesis.getVoices();

  /** The server's audio for `text` as a blob URL, or null; each text is fetched once. */
  function load(text) {
    if (!urls.has(text)) {
      urls.set(text, (async () => {
        try {
          const res = await fetch(ttsUrl(lang, text), { credentials: 'same-origin' });
          if (res.ok) return URL.createObjectURL(await res.blob());
          if (res.status === 404 || res.status === 503) server = false;
        } catch {
          /* offline: the browser's voice or the text will do */
        }
        urls.delete(text); // not kept, so a later try may succeed
        return null;
      })());
    }
    return urls.get(text);
  }

  async function fromServer(text, my, progress) {
    const url = await load(text);
    if (!url) return null;
    if (my !== turn) return false;
    server = true;
    // One element for every phrase: iPhones allow sound from an element once a tap has
    // started it, not from each new one.
    if (!player) player = new Audio();
    const audio = player;
    audio.src = url;
    const play = () => new Promise((resolve) => {
      const off = new AbortController();
      const end = (v) => { off.abort(); resolve(v); };
      cancel = () => { audio.pause(); end(false); };
      audio.addEventListener('ended', () => end(true), { signal: off.signal });
      if (progress) {
        audio.addEventListener('timeupdate', () => {
          if (audio.duration > 0) progress(audio.currentTime / audio.duration);
        }, { signal: off.signal });
      }
      audio.addEventListener('error', () => end(null), { signal: off.signal });
      audio.play().catch((e) => end(e && e.name === 'NotAllowedError' ? 'refused' : null));
    });
    const heard = await play();
    if (heard !== 'refused') return heard;
    return afterTap(my, () => play().then((again) => again === true));
  }

  /** The browser wants a tap before it makes a sound: ask for one, then `start()`. */
  async function afterTap(my, start) {
    const label = await tapLabel();
    if (my !== turn) return false;
    const ask = tapToHear(start, label);
    const stopSound = cancel;
    cancel = () => { ask.cancel(); stopSound(); };
    return ask.done;
  }

  async function fromBrowser(text, my, progress) {
    const voice = browserVoice(lang);
    if (!voice) return null;
    const heard = await speakInBrowser(text, voice, progress);
    if (heard !== 'refused' || my !== turn) return heard === 'refused' ? false : heard;
    return afterTap(my, () => speakInBrowser(text, voice, progress).then((again) => again === true));
  }

  function speakInBrowser(text, voice, progress) {
    return new Promise((resolve) => {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = lang;
      u.voice = voice;
      u.rate = 0.85;
      if (progress) u.addEventListener('boundary', (e) => progress(e.charIndex / text.length));
      // Some engines never fire `end`; the guard keeps the activity moving.
      const guard = setTimeout(() => resolve(true), 2500 + text.length * 150);
      const done = (v) => { clearTimeout(guard); resolve(v); };
      cancel = () => { window.speechSynthesis.cancel(); done(false); };
      u.addEventListener('end', () => done(true));
      u.addEventListener('error', (e) => {
        if (e.error === 'not-allowed') done('refused');
        else done(e.error === 'interrupted' || e.error === 'canceled' ? false : null);
      });
      window.speechSynthesis.speak(u);
    });
  }

  function asText(text) {
    return new Promise((resolve) => {
      show(text);
      const timer = setTimeout(() => { show(null); resolve(true); }, 1000 + text.length * 120);
      cancel = () => { clearTimeout(timer); show(null); resolve(false); };
    });
  }

  function stop() {
    turn += 1;
    const c = cancel;
    cancel = () => {};
    c();
  }

  /**
   * Says `text`; `progress(fraction)` (0–1), when given, follows the voice through the text so
   * a page can highlight the word being read.
   */
  async function say(text, { progress } = {}) {
    stop();
    const my = turn;
    if (server !== false) {
      const r = await fromServer(text, my, progress);
      if (r !== null || my !== turn) return r === true;
    }
    if (my !== turn) return false;
    const b = await fromBrowser(text, my, progress);
    if (b !== null) return b;
    if (my !== turn) return false;
    return asText(text);
  }

  /** Says each text in turn; resolves true only when all were heard to the end. */
  async function sayAll(texts, onEach = () => {}) {
    if (server !== false) texts.forEach(load);
    for (let i = 0; i < texts.length; i++) {
      onEach(i);
      if (!(await say(texts[i]))) return false;
    }
    return true;
  }

  /** Takes the server's speech status into account once it is known. */
  function useStatus(status) {
    if (server !== true && ttsOff(status.tts, lang)) server = false;
  }

  return { say, sayAll, stop, useStatus };
}
