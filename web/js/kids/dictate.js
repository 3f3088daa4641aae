// Spoken answers: when the server can recognise speech, a 🎤 beside a typed answer lets a child
// who writes slowly say it instead (tap to start, tap to stop); the words heard fill the box,
// where the child can still correct them before checking.

import { speechStatus } from '../speech.js';
import { canRecord, record } from '../speech/recorder.js';

const LIMIT_MS = 15000;

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.getAttribute('content') : '';
}

/** Shows the buttons and wires them; `lang` is the story's speech language (uz-UZ…). */
export async function setupDictation({ root, lang, beforeRecord, failed }) {
  const buttons = [...root.querySelectorAll('[data-dictate]')];
  if (!buttons.length || !canRecord()) return;
  const status = await speechStatus();
  if (!status.stt) return;
  for (const b of buttons) {
    const field = b.parentElement.querySelector('.sk-answer');
    let active = null;
    let timer = null;
    b.hidden = false;
    const stop = async () => {
      clearTimeout(timer);
      const rec = active;
      active = null;
      b.classList.remove('on');
      b.querySelector('span').textContent = '🎤';
      if (!rec) return;
      b.disabled = true;
      try {
        const wav = await rec.stop();
        const res = await fetch(`/api/v1/speech/recognize?lang=${encodeURIComponent(lang)}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'audio/wav', 'X-CSRF-Token': csrfToken(), Accept: 'application/json' },
          body: wav,
        });
        const data = await res.json().catch(() => null);
        if (res.ok && data && data.text) {
          field.value = field.value ? `${field.value} ${data.text}` : data.text;
        } else if (!res.ok) {
          failed();
        }
      } catch {
        failed();
      } finally {
        b.disabled = false;
      }
    };
    b.addEventListener('click', async () => {
      if (active) {
        stop();
        return;
      }
      beforeRecord();
      try {
        active = await record();
      } catch {
        failed();
        return;
      }
      b.classList.add('on');
      b.querySelector('span').textContent = '⏹';
      timer = setTimeout(stop, LIMIT_MS);
    });
  }
}
