// SmartKids' and MathKids' calls to the JSON API, with the page's CSRF token.

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.getAttribute('content') : '';
}

/**
 * POSTs `body` as JSON to `url`; resolves `{ ok, status, data }` (data is the parsed answer,
 * or null), and `{ ok: false, status: 0 }` when the network failed.
 */
export async function post(url, body) {
  try {
    const res = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken(), Accept: 'application/json' },
      body: JSON.stringify(body ?? {}),
    });
    let data = null;
    try { data = await res.json(); } catch { /* no body */ }
    return { ok: res.ok, status: res.status, data };
  } catch {
    return { ok: false, status: 0, data: null };
  }
}
