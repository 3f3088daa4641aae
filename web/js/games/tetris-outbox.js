// Finished rounds that could not be sent (no network) wait in localStorage and are sent when
// the page is back online. `storage` and `send` are passed in so node can test it.

const KEY = 'alif24.games.tetris.outbox';

/** An outbox over `storage` (localStorage-like). */
export function outbox(storage) {
  const read = () => {
    try {
      return JSON.parse(storage.getItem(KEY) || '[]');
    } catch {
      return [];
    }
  };
  const write = (list) => storage.setItem(KEY, JSON.stringify(list));
  return {
    /** Keeps a round to send later. */
    keep(round) {
      write([...read().filter((r) => r.round_id !== round.round_id), round]);
    },
    pending: () => read(),
    /**
     * Sends every waiting round with `send(round)` → `{ok, kind}`; keeps those that failed
     * for the network and drops the rest (sent, or refused for good). Resolves to the results
     * of those sent.
     */
    async flush(send) {
      const sent = [];
      for (const round of read()) {
        const res = await send(round);
        if (res.ok) sent.push(res.data);
        if (res.ok || res.kind !== 'network') write(read().filter((r) => r.round_id !== round.round_id));
      }
      return sent;
    },
  };
}
