// The page's words: rendered by the server into <template id="harf-msgs"> in the interface
// language, so the scripts carry no translations of their own.

/** `t(key, vars)`: the message `key` with `{name}` placeholders filled from `vars`. */
export function loadMessages(doc) {
  const map = new Map();
  const tpl = doc.getElementById('harf-msgs');
  for (const el of tpl ? tpl.content.querySelectorAll('[data-k]') : []) {
    map.set(el.dataset.k, el.textContent.trim());
  }
  return (key, vars = {}) => {
    const text = map.get(key) ?? key;
    return text.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
  };
}

/** One praise for `stars`, varied between plays. */
export function praise(t, stars, rng = Math.random) {
  const variants = { 3: ['3a', '3b', '3c'], 2: ['2a', '2b'], 1: ['1a', '1b'], 0: ['0a', '0b'] }[stars] || ['0a'];
  return t(`praise-${variants[Math.floor(rng() * variants.length)]}`);
}
