// Which compressed audio the server should send: Ogg Opus where the browser plays it (about
// 3.5 KB a word), MP3 where it does not (older iPhones).

/** `ogg` when `canPlayType('audio/ogg; codecs=opus')` says yes or maybe, else `mp3`. */
export function pickFormat(canPlayType) {
  const answer = canPlayType('audio/ogg; codecs=opus');
  return answer === 'probably' || answer === 'maybe' ? 'ogg' : 'mp3';
}

let chosen = null;

/** This browser's format, asked once. */
export function audioFormat() {
  if (chosen === null) {
    try {
      const probe = document.createElement('audio');
      chosen = pickFormat((type) => probe.canPlayType(type));
    } catch {
      chosen = 'mp3';
    }
  }
  return chosen;
}

/** `GET /api/v1/speech/tts` for `text` in `lang` (a BCP-47 tag) in `format`. */
export function ttsUrl(lang, text, format = audioFormat()) {
  const enc = encodeURIComponent;
  return `/api/v1/speech/tts?lang=${enc(lang)}&text=${enc(text)}&format=${format}`;
}
