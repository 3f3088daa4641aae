// Speaker buttons on every page: an element with `data-say="text"` (or a JSON list of texts,
// said in turn) speaks when tapped, in `data-say-lang` (on it or an ancestor) or the page's
// language — the server's voice, else the browser's. Where nothing can speak it shows 🔇 and
// says so in its title, and a tap only shakes it. Pages that read aloud with their own
// script mark a container with `data-speech-lang` (the exam attempt page); buttons inside it
// are left to that script.

import { canSpeak, createSpeaker, speechStatus } from '../speech.js';
import { elementLang, sayTexts } from './lang.js';

const speakers = new Map();
let speaking = null; // the element speaking now

function speakerFor(lang) {
  if (!speakers.has(lang)) speakers.set(lang, createSpeaker({ lang, show: () => {} }));
  return speakers.get(lang);
}

function mine(el) {
  return el && !el.closest('[data-speech-lang]') && !el.hidden;
}

/** Buttons and links are reachable already; anything else becomes a button for keyboards. */
function upgrade(el, labels) {
  if (el.dataset.sayReady) return;
  el.dataset.sayReady = '1';
  if (!el.matches('button, a[href], input, summary')) {
    el.setAttribute('role', 'button');
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0');
  }
  // A button that is only a picture (🔊) is named in words for screen readers.
  if (!el.getAttribute('aria-label') && !/\p{L}/u.test(el.textContent) && labels.hear) {
    el.setAttribute('aria-label', labels.hear);
  }
}

/** Shows that this language cannot be spoken here: 🔊 becomes 🔇, the title says why. */
function markSilent(el, labels) {
  el.dataset.sayOff = '1';
  el.classList.add('say-off');
  if (labels.cannot_speak) el.title = labels.cannot_speak;
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeValue.includes('🔊')) n.nodeValue = n.nodeValue.replaceAll('🔊', '🔇');
  }
}

function shake(el) {
  if (!el.animate || window.matchMedia('(prefers-reduced-motion: reduce)').matches) return;
  el.animate([
    { transform: 'translateX(0)' }, { transform: 'translateX(-6px)' },
    { transform: 'translateX(6px)' }, { transform: 'translateX(0)' },
  ], { duration: 300, iterations: 2 });
}

async function speak(el) {
  const lang = elementLang(el);
  const texts = sayTexts(el.dataset.say);
  if (texts.length === 0) return;
  if (el.dataset.sayOff || !(await canSpeak(lang))) {
    markSilent(el, (await speechStatus()).labels);
    shake(el);
    return;
  }
  const speaker = speakerFor(lang);
  if (speaking === el) { // a second tap stops it
    speaker.stop();
    return;
  }
  for (const s of speakers.values()) s.stop();
  speaking = el;
  el.classList.add('say-speaking');
  el.setAttribute('aria-pressed', 'true');
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const pulse = el.animate && !still && el.animate(
    [{ transform: 'scale(1)' }, { transform: 'scale(1.1)' }, { transform: 'scale(1)' }],
    { duration: 700, iterations: Infinity },
  );
  try {
    await speaker.sayAll(texts);
  } finally {
    if (pulse) pulse.cancel();
    el.classList.remove('say-speaking');
    el.removeAttribute('aria-pressed');
    if (speaking === el) speaking = null;
  }
}

/**
 * Makes every `[data-say]` in `root` a speaker button, now and when added later (one listener
 * on the document). Elements of languages nothing can speak are marked at once.
 */
export async function enableSayButtons(root = document) {
  const doc = root.ownerDocument || root;
  doc.addEventListener('click', (e) => {
    const el = e.target.closest && e.target.closest('[data-say]');
    if (!mine(el)) return;
    // A link or button inside a speaking block (a note with a "go there" link) does its own
    // job; the block speaks only when tapped elsewhere.
    const control = e.target.closest('a[href], button, input, select, textarea, summary');
    if (control && control !== el && el.contains(control)) return;
    // A speaker inside a link or form speaks instead of following it; a link that is
    // itself the speaker still goes where it points.
    if (!el.matches('a[href]')) e.preventDefault();
    speak(el);
  });
  doc.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const el = e.target.closest && e.target.closest('[data-say][role="button"]');
    if (!mine(el) || el !== e.target) return;
    e.preventDefault();
    speak(el);
  });
  const els = [...root.querySelectorAll('[data-say]')].filter(mine);
  if (els.length === 0) return;
  const { labels } = await speechStatus();
  const langs = new Map();
  for (const el of els) {
    upgrade(el, labels);
    const lang = elementLang(el);
    if (!langs.has(lang)) langs.set(lang, canSpeak(lang));
    if (!(await langs.get(lang))) markSilent(el, labels);
  }
}
