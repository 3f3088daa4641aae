// The player's socket: same host, ws: or wss: as the page, and never given up. A dropped
// connection comes back after a growing, jittered pause and says hello again (join or resume).

/** The socket's address for a page at `loc` (window.location). */
export function socketUrl(loc) {
  return `${loc.protocol === 'https:' ? 'wss:' : 'ws:'}//${loc.host}/ws/live/play`;
}

/** Milliseconds to wait before reconnect attempt `n` (0-based): 0.5 s doubling to 10 s, ±20 %. */
export function backoff(n, rng = Math.random) {
  const base = Math.min(10_000, 500 * 2 ** Math.min(n, 5));
  return Math.round(base * (0.8 + 0.4 * rng()));
}

/**
 * A socket that reopens itself. `hello()` gives the message to send on every open (or null);
 * `onMessage(obj)` gets each frame; `onState(connected)` tells when the line goes and comes.
 */
export function link({ url, hello, onMessage, onState, WS = globalThis.WebSocket, later = setTimeout }) {
  let ws = null;
  let tries = 0;
  let stopped = false;
  function open() {
    if (stopped) return;
    ws = new WS(url);
    ws.onopen = () => {
      tries = 0;
      onState(true);
      const m = hello();
      if (m) ws.send(JSON.stringify(m));
    };
    ws.onmessage = (e) => {
      let m;
      try { m = JSON.parse(e.data); } catch { return; }
      onMessage(m);
    };
    ws.onclose = () => {
      ws = null;
      if (stopped) return;
      onState(false);
      later(open, backoff(tries++));
    };
  }
  return {
    /** Opens the line, or says hello again when it is already open. */
    start() {
      stopped = false;
      if (!ws) open();
      else if (ws.readyState === 1) { const m = hello(); if (m) ws.send(JSON.stringify(m)); }
    },
    /** Sends now; false when the line is down (the server resends an unanswered question). */
    send(m) {
      if (!ws || ws.readyState !== 1) return false;
      ws.send(JSON.stringify(m));
      return true;
    },
    stop() {
      stopped = true;
      ws?.close();
    },
  };
}
