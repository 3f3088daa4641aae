// The player's page: join with a PIN, then follow the game. The seat ({pin, resume_token})
// is kept in localStorage so a refresh or a lost connection resumes the same player.

import { initial, press, reduce, storage, submit, tap, undo } from './play-state.js';
import { link, socketUrl } from './play-socket.js';
import { messages, render } from './play-view.js';

const KEY = 'alif24:live:play';
const root = document.getElementById('play');
const t = messages(document);
const form = root.querySelector('[data-join]');
const signedIn = Boolean(root.querySelector('[data-signed-in]'));
let state = initial();
let joining = null;
let timer = 0;
/** True while the page resumes a saved seat by itself: a stale seat is forgotten quietly. */
let auto = false;

const saved = () => { try { return JSON.parse(localStorage.getItem(KEY)) || null; } catch { return null; } };
const keep = (seat) => { try { if (seat) localStorage.setItem(KEY, JSON.stringify(seat)); else localStorage.removeItem(KEY); } catch { /* private mode */ } };

const line = link({
  url: socketUrl(location),
  hello() {
    const seat = saved();
    if (seat && (state.seated || !joining || joining.pin === seat.pin)) {
      return { type: 'resume', pin: seat.pin, resume_token: seat.resume_token };
    }
    return joining;
  },
  onMessage(m) {
    const what = storage(m);
    if (what === 'save') keep({ pin: joining.pin, resume_token: m.resume_token });
    if (what === 'clear') keep(null);
    if (m.type === 'joined' || m.type === 'resumed') joining = null;
    let next = reduce(state, m);
    if (auto && next.screen === 'join') next = { ...next, error: null };
    auto = false;
    set(next);
    if (m.type === 'question') countdown(m.time_limit_ms);
    if (m.type === 'paused') clearInterval(timer);
    if (state.final) line.stop();
  },
  onState(up) {
    root.querySelector('[data-conn]').hidden = up || state.final || !(state.seated || joining);
  },
});

function set(next) {
  state = next;
  if (state.screen !== 'question') clearInterval(timer);
  render(root, state, t);
}

function act({ state: next, send }) {
  set(next);
  if (send) line.send(send);
}

/** The bar empties over the question's time; the server alone decides what is late. */
function countdown(ms) {
  clearInterval(timer);
  const end = Date.now() + ms;
  const bar = root.querySelector('[data-bar]');
  const secs = root.querySelector('[data-secs]');
  const tick = () => {
    const left = Math.max(0, end - Date.now());
    bar.style.transform = `scaleX(${left / ms})`;
    secs.textContent = Math.ceil(left / 1000);
    if (!left) clearInterval(timer);
  };
  tick();
  timer = setInterval(tick, 250);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const pin = form.pin.value.replace(/\D/g, '');
  // `form.name` is the form's own name when signed in (there is no name field then).
  const name = form.elements.namedItem('name')?.value.trim() ?? '';
  const error = pin.length !== 6 ? 'pin-invalid' : !signedIn && !name ? 'name-missing' : null;
  if (error) return set({ ...state, error: { code: error, message: t(error) } });
  const seat = saved();
  if (seat && seat.pin !== pin) keep(null);
  joining = { type: 'join', pin, name };
  auto = false;
  line.start();
});
form.pin.addEventListener('input', () => { form.pin.value = form.pin.value.replace(/\D/g, '').slice(0, 6); });

root.addEventListener('click', (e) => {
  const b = e.target.closest('button');
  if (!b || b.disabled) return;
  if (b.dataset.shape) act(tap(state, Number(b.dataset.shape)));
  else if (b.dataset.key) set(press(state, b.dataset.key));
  else if (b.hasAttribute('data-undo')) set(undo(state));
  else if (b.hasAttribute('data-send')) act(submit(state));
});

// A saved seat for this PIN (or any, when the link has none) comes back on its own.
const seat = saved();
const pagePin = root.dataset.pin;
if (seat && (!pagePin || pagePin === seat.pin)) {
  joining = { type: 'join', pin: seat.pin, name: '' };
  auto = true;
  line.start();
}
render(root, state, t);
