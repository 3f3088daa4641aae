// A modal dialog that keeps focus: focus moves into it, Tab and Shift+Tab stay inside,
// Escape (or a close button) closes it, and focus goes back to where it was.

const FOCUSABLE = 'a[href]:not([hidden]), button:not([disabled]):not([hidden]), [tabindex]:not([tabindex="-1"])';

/**
 * Wraps the overlay `layer` (hidden until opened) holding a `[role=dialog]` box. Closing gives
 * focus back to where it was, or to `fallback()` when that element is gone or hidden.
 */
export function modal(layer, fallback = () => null) {
  const box = layer.querySelector('[role="dialog"]') || layer;
  let back = null;
  const items = () => [...box.querySelectorAll(FOCUSABLE)].filter((el) => el.offsetParent !== null);

  function onKey(e) {
    if (layer.hidden) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
      return;
    }
    if (e.key !== 'Tab') return;
    const all = items();
    if (all.length === 0) { e.preventDefault(); box.focus(); return; }
    const first = all[0];
    const last = all[all.length - 1];
    const inside = box.contains(document.activeElement);
    if (e.shiftKey && (document.activeElement === first || !inside)) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && (document.activeElement === last || !inside)) { e.preventDefault(); first.focus(); }
  }

  /** Opens the dialog with focus on `target` (else its first control). */
  function open(target) {
    if (layer.hidden) back = document.activeElement;
    layer.hidden = false;
    document.addEventListener('keydown', onKey, true);
    (target && !target.hidden ? target : items()[0] || box).focus();
  }

  function close() {
    if (layer.hidden) return;
    layer.hidden = true;
    document.removeEventListener('keydown', onKey, true);
    const to = back && back.isConnected && back.offsetParent !== null && !back.disabled ? back : fallback();
    back = null;
    to?.focus?.();
  }

  // Focus that leaves the box (a click on the backdrop, say) is brought back in.
  layer.addEventListener('focusout', (e) => {
    if (!layer.hidden && e.relatedTarget && !box.contains(e.relatedTarget)) (items()[0] || box).focus();
  });
  return { open, close, isOpen: () => !layer.hidden };
}
