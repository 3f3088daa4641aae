// The autosave queue of an attempt: one pending answer per question (the latest wins), sent
// one at a time, retried with growing pauses while the network is down, kept in storage so a
// reload loses nothing. No DOM here; attempt.js wires it to the page and to fetch.

/** What `send` resolves to: {ok: true} or {ok: false, kind}. */
export const RETRY = new Set(['network', 'server', 'signin']);

export class AutosaveQueue {
  /**
   * send(qid, answer) → Promise<{ok} | {ok: false, kind: network|server|signin|closed|invalid}>
   * onState(qid, state): saving, saved, offline, refused (this answer), closed (the attempt).
   * storage: an object with getItem/setItem/removeItem (localStorage), or null.
   */
  constructor({ send, onState = () => {}, storage = null, key = '', delays = [1000, 2000, 5000, 10000, 20000], wait }) {
    this.send = send;
    this.onState = onState;
    this.storage = storage;
    this.key = key;
    this.delays = delays;
    this.wait = wait || ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.entries = new Map();
    this.running = false;
    this.closed = false;
    this.failures = 0;
    this.wakeUp = null;
    this.idle = [];
    for (const [qid, answer] of Object.entries(this.load())) this.entries.set(String(qid), { answer });
  }

  load() {
    if (!this.storage || !this.key) return {};
    try {
      return JSON.parse(this.storage.getItem(this.key) || '{}') || {};
    } catch {
      return {};
    }
  }

  persist() {
    if (!this.storage || !this.key) return;
    try {
      if (this.entries.size === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(Object.fromEntries([...this.entries].map(([q, e]) => [q, e.answer]))));
    } catch {
      /* storage full or blocked: the answer is still in memory */
    }
  }

  /** Answers kept from an earlier page load, not yet saved: {qid: answer}. */
  restored() {
    return Object.fromEntries([...this.entries].map(([q, e]) => [q, e.answer]));
  }

  /** Questions whose latest answer is not saved yet. */
  pending() {
    return [...this.entries.keys()];
  }

  /** Queues the latest answer of a question and starts sending. */
  put(qid, answer) {
    if (this.closed) return;
    this.entries.set(String(qid), { answer });
    this.persist();
    this.start();
  }

  /** The network is back (or the page asks): stop waiting and send now. */
  wake() {
    if (this.wakeUp) this.wakeUp();
    this.start();
  }

  /** Resolves true once everything is saved, false when the attempt closed or time ran out. */
  flush(timeoutMs = 10000) {
    if (this.entries.size === 0 || this.closed) return Promise.resolve(!this.closed);
    const done = new Promise((resolve) => this.idle.push(resolve));
    this.wake();
    const timer = this.wait(timeoutMs).then(() => false);
    return Promise.race([done, timer]);
  }

  start() {
    if (!this.running && this.entries.size && !this.closed) this.run();
  }

  async run() {
    this.running = true;
    while (this.entries.size && !this.closed) {
      const [qid, entry] = this.entries.entries().next().value;
      this.onState(qid, 'saving');
      let res;
      try {
        res = await this.send(qid, entry.answer);
      } catch {
        res = { ok: false, kind: 'network' };
      }
      if (res.ok || res.kind === 'invalid') {
        // A newer answer that arrived meanwhile stays queued and goes next.
        if (this.entries.get(qid) === entry) {
          this.entries.delete(qid);
          this.persist();
          this.onState(qid, res.ok ? 'saved' : 'refused');
        }
        this.failures = 0;
        continue;
      }
      if (res.kind === 'closed') {
        this.closed = true;
        this.onState(qid, 'closed');
        break;
      }
      this.onState(qid, 'offline');
      const delay = this.delays[Math.min(this.failures, this.delays.length - 1)];
      this.failures += 1;
      await Promise.race([this.wait(delay), new Promise((r) => (this.wakeUp = r))]);
      this.wakeUp = null;
    }
    this.running = false;
    if (this.entries.size === 0 || this.closed) {
      const ok = !this.closed;
      for (const resolve of this.idle.splice(0)) resolve(ok);
    }
  }
}
