// Saving results: JSON POSTs with the page's CSRF token and the session cookie.

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : '';
}

/**
 * POSTs `body` (JSON, or bytes with their `type`) and resolves to `{ok: true, data}` or
 * `{ok: false, kind}` where kind is network, locked, signin or other; it never throws.
 */
export async function post(url, body, type = 'application/json') {
  let res;
  try {
    res = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': type, 'X-CSRF-Token': csrfToken(), Accept: 'application/json' },
      body: type === 'application/json' ? JSON.stringify(body) : body,
    });
  } catch {
    return { ok: false, kind: 'network' };
  }
  let data = null;
  try {
    data = await res.json();
  } catch {
    /* an empty or HTML body: the status says enough */
  }
  if (res.ok) return { ok: true, data };
  const code = data && data.error && data.error.code;
  if (res.status === 409 || code === 'harf_card_locked') return { ok: false, kind: 'locked', status: res.status };
  if (res.status === 401) return { ok: false, kind: 'signin', status: res.status };
  return { ok: false, kind: 'other', status: res.status };
}
