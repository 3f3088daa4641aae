// What every game page shares: start a round on the server (signed in) or play it locally
// (visitor, or no connection), finish it with `{log, claimed_score}`, keep finishes that could
// not be sent in localStorage and send them when the page is back online, a persisted mute
// switch and short WebAudio beeps. See docs/games.md ("Pages").
//
// The parts that touch the network or storage take them as arguments, so they are tested in
// node without a browser (`round.test.mjs`).

/** localStorage key of the finishes waiting to be sent. */
export const PENDING_KEY = 'alif24.games.pending';
/** localStorage key of the mute switch ("1" = muted). */
export const MUTE_KEY = 'alif24.games.muted';
/** At most this many finishes wait; the oldest go first (a round expires anyway). */
export const PENDING_MAX = 20;

function csrfToken() {
  const meta = typeof document !== 'undefined' && document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : '';
}

/**
 * POSTs JSON with the page's CSRF token and the session cookie; resolves to
 * `{ok: true, status, data}` or `{ok: false, status, code, message}` (the server's words, when
 * it sent some); status 0 means no connection. It never throws.
 */
export async function post(url, body) {
  let res;
  try {
    res = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken(), Accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: 'network' };
  }
  let data = null;
  try {
    data = await res.json();
  } catch {
    /* an empty or HTML body: the status says enough */
  }
  if (res.ok) return { ok: true, status: res.status, data };
  const error = (data && data.error) || {};
  return { ok: false, status: res.status, code: error.code || '', message: error.message || '' };
}

/**
 * What to do with an answer to a finish: `done`, `retry` later (no connection, 5xx, 429, or 401:
 * the session ended, and the round is still the child's once signed in again) or `drop`.
 */
export function verdict(answer) {
  if (answer.ok) return 'done';
  if (answer.status === 0 || answer.status === 401 || answer.status === 429 || answer.status >= 500) return 'retry';
  return 'drop';
}

/** A 32-bit seed for a local round. */
export const localSeed = (random = Math.random) => Math.floor(random() * 4294967296) >>> 0;

/**
 * Starts a round of `game`: on the server when signed in (`{round_id, seed, level, config,
 * local: false}`), else locally with `config` from the page (`round_id: null, local: true`).
 * A signed-in start without a connection plays locally too, with `offline: true`. Any other
 * refusal resolves to `{error: code}`, with the server's `message` when it sent one.
 */
export async function start(game, { signedIn, config, level = 1, send = post, random = Math.random }) {
  const local = (offline) => ({ round_id: null, seed: localSeed(random), level, config, local: true, offline });
  if (!signedIn) return local(false);
  const answer = await send(`/api/v1/games/${encodeURIComponent(game)}/rounds`, { level });
  if (answer.ok) return { ...answer.data, local: false, offline: false };
  if (answer.status === 0) return local(true);
  const refused = { error: answer.code || String(answer.status) };
  if (answer.message) refused.message = answer.message;
  return refused;
}

function read(storage) {
  try {
    const list = JSON.parse(storage.getItem(PENDING_KEY) || '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

function write(storage, list) {
  try {
    if (list.length === 0) storage.removeItem(PENDING_KEY);
    else storage.setItem(PENDING_KEY, JSON.stringify(list));
  } catch {
    /* storage full or blocked: the finish is lost, as without storage */
  }
}

/** The finishes waiting to be sent: `[{round_id, game, body}]`. */
export const pending = (storage) => read(storage);

/** Keeps a finish to send later (once per round). */
export function keep(storage, item) {
  const list = read(storage).filter((p) => p.round_id !== item.round_id);
  list.push(item);
  write(storage, list.slice(-PENDING_MAX));
}

/**
 * Finishes `round` with `{log, claimed_score}`: `{kind: 'local'}` for a local round,
 * `{kind: 'saved', result}` with the server's result, `{kind: 'queued'}` when it could not
 * be sent and waits in `storage`, or `{kind: 'refused', code}`.
 */
export async function finish(round, body, { storage, send = post }) {
  if (round.local) return { kind: 'local' };
  const answer = await send(`/api/v1/games/rounds/${round.round_id}/finish`, body);
  switch (verdict(answer)) {
    case 'done':
      return { kind: 'saved', result: answer.data };
    case 'retry':
      keep(storage, { round_id: round.round_id, game: round.game || '', body });
      return { kind: 'queued' };
    default:
      return { kind: 'refused', code: answer.code };
  }
}

/**
 * Sends every waiting finish; keeps those that still cannot be sent. Resolves to the server's
 * results of those sent.
 */
export async function flush({ storage, send = post }) {
  const sent = [];
  const settled = new Set();
  for (const item of read(storage)) {
    // One at a time: a slow line is not flooded.
    // eslint-disable-next-line no-await-in-loop
    const answer = await send(`/api/v1/games/rounds/${item.round_id}/finish`, item.body);
    const v = verdict(answer);
    if (v === 'done') sent.push(answer.data);
    if (v !== 'retry') settled.add(item.round_id);
  }
  // Read again: a finish kept meanwhile (another tab) stays.
  write(storage, read(storage).filter((p) => !settled.has(p.round_id)));
  return sent;
}

/**
 * Sends waiting finishes (of every game) now and whenever the page comes back online, calling
 * `onSent(results)` after each pass that sent some. Resolves to the results of the first pass,
 * so a page can wait for it before it starts a round.
 */
export function sendWhenOnline({ storage, send = post, onSent = () => {}, target = window }) {
  const go = async () => {
    if (read(storage).length === 0) return [];
    const sent = await flush({ storage, send });
    if (sent.length > 0) onSent(sent);
    return sent;
  };
  target.addEventListener('online', go);
  return go();
}

/** Whether sounds are muted. */
export function isMuted(storage) {
  try {
    return storage.getItem(MUTE_KEY) === '1';
  } catch {
    return false;
  }
}

/** Mutes or unmutes sounds, for every game. */
export function setMuted(storage, on) {
  try {
    if (on) storage.setItem(MUTE_KEY, '1');
    else storage.removeItem(MUTE_KEY);
  } catch {
    /* not kept: the switch still holds for this page */
  }
}

let audio = null;

/**
 * A short beep at `freq` Hz, or a little tune when `freq` is a list (a note every `step` ms),
 * each note `ms` long at `volume`; nothing when muted or where WebAudio is missing.
 */
export function beep(storage, freq = 440, ms = 80, { step = ms, volume = 0.08 } = {}) {
  if (isMuted(storage)) return;
  try {
    const Ctx = globalThis.window && (window.AudioContext || window.webkitAudioContext);
    if (!Ctx) return;
    audio = audio || new Ctx();
    [].concat(freq).forEach((hz, i) => {
      const at = audio.currentTime + (i * step) / 1000;
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = hz;
      gain.gain.setValueAtTime(volume, at);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + ms / 1000);
      osc.connect(gain).connect(audio.destination);
      osc.start(at);
      osc.stop(at + ms / 1000);
    });
  } catch {
    /* no sound is fine */
  }
}
