// The attempt's countdown, on the server's clock: the page carries the server's "now" and the
// deadline; the phone's clock is only used to measure time passing since the page arrived.

/** How far the server's clock is ahead of this device's (ms), measured once. */
export function serverOffset(serverNow, clientNow) {
  return Number(serverNow) - Number(clientNow);
}

/** Milliseconds left until the deadline, never below zero. */
export function remainingMs(deadline, clientNow, offset) {
  return Math.max(0, Number(deadline) - (Number(clientNow) + offset));
}

const two = (n) => String(n).padStart(2, '0');

/** 75 000 ms → "1:15"; 3 725 000 ms → "1:02:05". Rounds up, so 0:00 means the end. */
export function formatRemaining(ms) {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** Only the last day is counted down; before that the page shows the deadline itself. */
export const COUNTDOWN_FROM_MS = 24 * 3600 * 1000;

/**
 * Calls tick(ms left) about every `every` ms and onEnd() once when time is up; returns stop().
 * `now` and the timer functions can be replaced in tests.
 */
export function startCountdown({ deadline, serverNow, tick, onEnd, now = () => Date.now(), every = 250, setTimer = setInterval, clearTimer = clearInterval }) {
  const offset = serverOffset(serverNow, now());
  let ended = false;
  const step = () => {
    const left = remainingMs(deadline, now(), offset);
    tick(left);
    if (left === 0 && !ended) {
      ended = true;
      clearTimer(id);
      onEnd();
    }
  };
  const id = setTimer(step, every);
  step();
  return () => clearTimer(id);
}
