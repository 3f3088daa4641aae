// Speaking letters and words: the server's voice first (GET /api/v1/speech/tts), then the
// browser's speechSynthesis in the alphabet's language, and when neither can speak, the text
// shown big for a moment, so every activity still works.

const enc = encodeURIComponent;

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

/** `GET /api/v1/speech/status`, or a status with nothing available when it cannot be read. */
export async function speechStatus() {
  try {
    const res = await fetch('/api/v1/speech/status', { credentials: 'same-origin' });
    if (!res.ok) return { tts: undefined, stt: false };
    const s = await res.json();
    return { tts: s.tts, stt: s.stt === true };
  } catch {
    return { tts: undefined, stt: false };
  }
}

/** A browser voice for `lang` (`uz-UZ`), exact region first, or null. */
function browserVoice(lang) {
  if (!('speechSynthesis' in window)) return null;
  const want = lang.toLowerCase();
  const voices = window.speechSynthesis.getVoices();
  const tag = (v) => v.lang.toLowerCase().replace('_', '-');
  return voices.find((v) => tag(v) === want)
    || voices.find((v) => tag(v).split('-')[0] === want.split('-')[0]) || null;
}

/**
 * A speaker for one language. `say(text)` resolves to true when the text was heard (or shown)
 * to the end, false when stopped or refused by the browser; `show(text|null)` displays text
 * when nothing can speak.
 */
export function createSpeaker({ lang, show }) {
  let server = null; // null: not tried yet; false: no server voice
  const urls = new Map();
  let turn = 0;
  let cancel = () => {};
  // Voices load late in some browsers; asking once starts the loading.
  if ('speechSynthesis' in window) window.speechSynthesis.getVoices();

  /** The server's audio for `text` as a blob URL, or null; each text is fetched once. */
  function load(text) {
    if (!urls.has(text)) {
      urls.set(text, (async () => {
        try {
          const res = await fetch(`/api/v1/speech/tts?lang=${enc(lang)}&text=${enc(text)}`, { credentials: 'same-origin' });
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

  async function fromServer(text, my) {
    const url = await load(text);
    if (!url) return null;
    if (my !== turn) return false;
    server = true;
    return new Promise((resolve) => {
      const audio = new Audio(url);
      cancel = () => { audio.pause(); resolve(false); };
      audio.addEventListener('ended', () => resolve(true));
      audio.addEventListener('error', () => resolve(null));
      audio.play().catch((e) => resolve(e && e.name === 'NotAllowedError' ? false : null));
    });
  }

  function fromBrowser(text) {
    const voice = browserVoice(lang);
    if (!voice) return null;
    return new Promise((resolve) => {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = lang;
      u.voice = voice;
      u.rate = 0.85;
      // Some engines never fire `end`; the guard keeps the activity moving.
      const guard = setTimeout(() => resolve(true), 2500 + text.length * 150);
      const done = (v) => { clearTimeout(guard); resolve(v); };
      cancel = () => { window.speechSynthesis.cancel(); done(false); };
      u.addEventListener('end', () => done(true));
      u.addEventListener('error', (e) => done(e.error === 'interrupted' || e.error === 'canceled' ? false : null));
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

  async function say(text) {
    stop();
    const my = turn;
    if (server !== false) {
      const r = await fromServer(text, my);
      if (r !== null || my !== turn) return r === true;
    }
    if (my !== turn) return false;
    const b = await fromBrowser(text);
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
