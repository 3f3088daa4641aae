// When the browser refuses to start a sound by itself (autoplay rules, iPhones), a big
// "tap to hear" button covers the page; the tap is the gesture the browser wants, and the
// sound plays then. Styles are set from here so any page can use it.

/**
 * Shows the button and runs `start()` (which plays and resolves true when heard to the end)
 * on the tap. Returns `{ done, cancel }`: `done` resolves to what `start` resolved, or false
 * when cancelled (the activity moved on) before the tap.
 */
export function tapToHear(start, label) {
  const doc = document;
  const before = doc.activeElement;
  const layer = doc.createElement('div');
  layer.className = 'tap-to-hear';
  Object.assign(layer.style, {
    position: 'fixed', inset: '0', zIndex: '1000', display: 'flex', alignItems: 'center',
    justifyContent: 'center', background: 'rgba(20, 24, 40, 0.55)',
  });
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'tap-to-hear-button';
  Object.assign(button.style, {
    display: 'flex', flexDirection: 'column', alignItems: 'center', gap: '0.5rem',
    minWidth: '12rem', minHeight: '12rem', padding: '1.5rem', borderRadius: '2rem',
    border: '0', background: '#fff', color: '#1d2340', fontSize: '1.4rem', fontWeight: '700',
    boxShadow: '0 0.5rem 2rem rgba(0, 0, 0, 0.3)', cursor: 'pointer',
  });
  const icon = doc.createElement('span');
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = '🔊';
  icon.style.fontSize = '4.5rem';
  button.append(icon);
  if (label) {
    const text = doc.createElement('span');
    text.textContent = label;
    button.append(text);
  } else {
    button.setAttribute('aria-label', '🔊');
  }
  layer.append(button);

  let settle;
  const done = new Promise((resolve) => { settle = resolve; });
  const close = () => {
    layer.remove();
    if (before && typeof before.focus === 'function' && doc.contains(before)) before.focus();
  };
  button.addEventListener('click', () => {
    close();
    Promise.resolve()
      .then(start)
      .then((heard) => settle(heard === true), () => settle(false));
  }, { once: true });
  if (button.animate && !window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
    button.animate([{ transform: 'scale(1)' }, { transform: 'scale(1.08)' }, { transform: 'scale(1)' }],
      { duration: 1200, iterations: Infinity });
  }
  doc.body.append(layer);
  button.focus();
  return { done, cancel: () => { close(); settle(false); } };
}
