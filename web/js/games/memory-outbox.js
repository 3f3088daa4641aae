// Finished rounds that could not be sent (offline) wait in localStorage and are sent when the
// page is back online. `send(item)` resolves to 'sent', 'gone' (the server refused it for good:
// finished already, expired, not this child's) or 'later' (network or server trouble).

const KEY = 'alif24.games.memory.outbox';

/** The waiting rounds: `[{ round_id, body }]`. */
export function waiting(store) {
  try {
    const list = JSON.parse(store.getItem(KEY) || '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

function keep(store, list) {
  try {
    if (list.length) store.setItem(KEY, JSON.stringify(list));
    else store.removeItem(KEY);
  } catch {
    /* storage full or refused: the round is lost, as it would be without the outbox */
  }
}

/** Puts a round in the outbox (once per round). */
export function enqueue(store, item) {
  const list = waiting(store).filter((w) => w.round_id !== item.round_id);
  list.push(item);
  keep(store, list);
}

/** Sends every waiting round; those sent or refused for good leave. Resolves to the count sent. */
export async function flush(store, send) {
  let sent = 0;
  for (const item of waiting(store)) {
    const r = await send(item);
    if (r === 'later') break;
    if (r === 'sent') sent += 1;
    keep(store, waiting(store).filter((w) => w.round_id !== item.round_id));
  }
  return sent;
}

/** What a finish response means for the outbox. */
export function verdict(status) {
  if (status >= 200 && status < 300) return 'sent';
  if (status === 0 || status >= 500 || status === 429 || status === 401) return 'later';
  return 'gone';
}
