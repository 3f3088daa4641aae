// Reading aloud into the microphone: when the server can recognise speech, each paragraph of
// the story gets a 🎤 button (tap to start, tap to stop). The recording goes to
// POST /api/v1/smartkids/readings/{id}/recordings?paragraph=N; the answer says how well the
// paragraph was read, and the words skipped or read differently are marked in the text.

import { speechStatus } from '../speech.js';
import { canRecord, record } from '../speech/recorder.js';

/** A recording stops by itself after this long (the server takes about 30 s at most). */
const LIMIT_MS = 28000;

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.getAttribute('content') : '';
}

/** POSTs the WAV bytes; resolves `{ ok, status, data }`, status 0 when the network failed. */
async function upload(url, wav) {
  try {
    const res = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'audio/wav', 'X-CSRF-Token': csrfToken(), Accept: 'application/json' },
      body: wav,
    });
    let data = null;
    try { data = await res.json(); } catch { /* no body */ }
    return { ok: res.ok, status: res.status, data };
  } catch {
    return { ok: false, status: 0, data: null };
  }
}

/**
 * The line a paragraph shows after a recording: `✅ 92% — Missed: olma, nok`. Pure, so the
 * wording rules are easy to see: nothing heard, every word right, or what went wrong.
 */
export function summary(d, msg) {
  if (!String(d.transcript || '').trim()) return `🙉 ${msg('recordNothing')}`;
  const icon = d.accuracy >= 90 ? '✅' : d.accuracy >= 60 ? '👍' : '💪';
  const parts = [];
  if (d.missed && d.missed.length) parts.push(`${msg('recordMissed')}: ${d.missed.join(', ')}`);
  if (d.substituted && d.substituted.length) {
    parts.push(`${msg('recordChanged')}: ${d.substituted.map((s) => s.expected).join(', ')}`);
  }
  if (!parts.length) parts.push(msg('recordPerfect'));
  return `${icon} ${d.accuracy}% — ${parts.join(' · ')}`;
}

/** Marks the words skipped (`.missed`) and read differently (`.changed`) of one paragraph. */
function mark(spans, d) {
  spans.forEach((s) => s.classList.remove('missed', 'changed'));
  (d.missed_at || []).forEach((i) => spans[i] && spans[i].classList.add('missed'));
  (d.substituted_at || []).forEach((i) => spans[i] && spans[i].classList.add('changed'));
}

/**
 * Shows the microphone buttons when this browser can record and the server can recognise.
 * `reading()` gives the reading's id (null until it has started); `beforeRecord()` silences
 * the story's voice; `msg(key)` gives the page's words.
 */
export async function setupRecording({ root, reading, beforeRecord, msg }) {
  const boxes = [...root.querySelectorAll('[data-rec]')];
  if (!boxes.length || !canRecord()) return;
  const status = await speechStatus();
  if (!status.stt) return;
  const hint = root.querySelector('[data-rec-hint]');
  if (hint) hint.hidden = false;
  let active = null; // the recording under way: its button, recorder, paragraph and timer
  let starting = false; // waiting for the microphone (the browser may be asking permission)

  const mics = boxes.map((b) => b.querySelector('[data-mic]'));
  const idle = (mic) => {
    mic.classList.remove('recording');
    mic.firstElementChild.textContent = '🎤';
    mic.setAttribute('aria-label', msg('record'));
    mic.title = msg('record');
    mic.setAttribute('aria-pressed', 'false');
  };

  async function stop() {
    const { mic, rec, timer, out, n, spans } = active;
    active = null;
    clearTimeout(timer);
    idle(mic);
    mics.forEach((m) => { m.disabled = false; });
    mic.disabled = true;
    out.textContent = msg('recordChecking');
    let res = { ok: false, status: 0, data: null };
    try {
      const wav = await rec.stop();
      const id = reading();
      if (id) res = await upload(`/api/v1/smartkids/readings/${id}/recordings?paragraph=${n}`, wav);
    } catch { /* shown as a failed upload below */ }
    mic.disabled = false;
    if (!res.ok || !res.data) {
      out.textContent = `🙈 ${msg('recordFailed')}`;
      return;
    }
    out.textContent = summary(res.data, msg);
    mark(spans, res.data);
  }

  async function start(box, mic) {
    const out = box.querySelector('[data-rec-out]');
    const para = box.closest('[data-para]');
    beforeRecord();
    let rec;
    starting = true;
    try {
      rec = await record();
    } catch {
      out.textContent = `🎙️ ${msg('recordNoMic')}`;
      return;
    } finally {
      starting = false;
    }
    active = {
      mic, rec, out, n: Number(para.dataset.para), spans: [...para.querySelectorAll('.w')],
      timer: setTimeout(() => { if (active && active.mic === mic) stop(); }, LIMIT_MS),
    };
    mics.forEach((m) => { if (m !== mic) m.disabled = true; });
    mic.classList.add('recording');
    mic.firstElementChild.textContent = '⏹';
    mic.setAttribute('aria-label', msg('recordStop'));
    mic.title = msg('recordStop');
    mic.setAttribute('aria-pressed', 'true');
    out.textContent = msg('recordListening');
  }

  boxes.forEach((box, i) => {
    const mic = mics[i];
    idle(mic);
    box.hidden = false;
    mic.addEventListener('click', () => {
      if (active && active.mic === mic) stop();
      else if (!active && !starting) start(box, mic);
    });
  });
}
