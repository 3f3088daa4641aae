// The browser's own voices: which one speaks a language, once the list has loaded.

/** A browser voice for `lang` (`uz-UZ`), exact region first, or null. */
export function browserVoice(lang) {
  if (!('speechSynthesis' in window)) return null;
  const want = lang.toLowerCase();
  const voices = window.speechSynthesis.getVoices();
  const tag = (v) => v.lang.toLowerCase().replace('_', '-');
  return voices.find((v) => tag(v) === want)
    || voices.find((v) => tag(v).split('-')[0] === want.split('-')[0]) || null;
}

let ready = null;

/**
 * Resolves once the browser has listed its voices (Chrome lists them late, after
 * `voiceschanged`), or after `waitMs` when it has none to list.
 */
export function whenVoicesReady(waitMs = 1500) {
  if (ready) return ready;
  ready = new Promise((resolve) => {
    if (!('speechSynthesis' in window)) { resolve(); return; }
    const synth = window.speechSynthesis;
    if (synth.getVoices().length > 0) { resolve(); return; }
    const done = () => { clearTimeout(timer); synth.removeEventListener('voiceschanged', done); resolve(); };
    const timer = setTimeout(done, waitMs);
    synth.addEventListener('voiceschanged', done);
  });
  return ready;
}
