// Say a word (only when the server can recognise speech): the child speaks a word with the
// letter; the transcript from POST /api/v1/speech/recognize decides {correct, total: 1}.

import { post } from './api.js';
import { saidMatches } from './match.js';
import { canRecord, record } from '../speech/recorder.js';

const LIMIT_MS = 4000;

export function start({ panel, data, finish, t, status }) {
  const mic = panel.querySelector('[data-mic]');
  const said = panel.querySelector('[data-said]');
  let rec = null;
  let timer = null;
  let busy = false;
  const label = mic.getAttribute('aria-label');
  said.textContent = '';

  async function stopAndSend() {
    clearTimeout(timer);
    const r = rec;
    rec = null;
    mic.classList.remove('recording');
    mic.textContent = '🎤';
    mic.setAttribute('aria-label', label);
    said.textContent = t('thinking');
    busy = true;
    const wav = await r.stop();
    const url = `/api/v1/speech/recognize?lang=${encodeURIComponent(data.speech_lang)}`;
    const res = await post(url, wav, 'audio/wav');
    busy = false;
    if (!res.ok) {
      said.textContent = '';
      status(t(res.kind === 'network' ? 'error-network' : 'error-recognize'), true);
      return;
    }
    const text = String((res.data && res.data.text) || '').trim();
    if (!text) {
      said.textContent = t('heard-nothing');
      return;
    }
    const ok = saidMatches(text, data.card, data.letters, data.alphabet);
    finish({ correct: ok ? 1 : 0, total: 1 }, t('heard', { text }));
  }

  async function onMic() {
    if (busy) return;
    if (rec) return stopAndSend();
    status('');
    if (!canRecord()) return status(t('error-mic'), true);
    try {
      busy = true;
      rec = await record();
    } catch {
      rec = null;
      return status(t('error-mic'), true);
    } finally {
      busy = false;
    }
    mic.classList.add('recording');
    mic.textContent = '⏹️';
    mic.setAttribute('aria-label', t('stop'));
    said.textContent = t('listening');
    timer = setTimeout(stopAndSend, LIMIT_MS);
  }

  mic.addEventListener('click', onMic);
  return () => {
    mic.removeEventListener('click', onMic);
    clearTimeout(timer);
    if (rec) rec.stop().catch(() => {});
    rec = null;
    mic.classList.remove('recording');
    mic.textContent = '🎤';
    mic.setAttribute('aria-label', label);
  };
}
