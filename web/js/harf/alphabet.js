// The alphabet page: a locked letter, when tapped, says and shows which letter to finish
// first, with a button to it (without scripts the tile's link shows the same note).

import { createSpeaker } from '../speech.js';
import { canSpeak, speechLangOf } from './voice.js';

function main() {
  const note = document.querySelector('[data-locked-note]');
  if (!note) return;
  const lang = speechLangOf(document.documentElement.lang || 'uz');
  const voice = canSpeak(lang);
  const speaker = createSpeaker({ lang, show: () => {} });
  document.addEventListener('click', async (e) => {
    const tile = e.target.closest('[data-locked]');
    if (!tile) return;
    e.preventDefault();
    note.classList.add('shown');
    note.querySelector('[data-locked-go]').focus({ preventScroll: true });
    tile.classList.remove('hc-nudge');
    void tile.offsetWidth; // restart the animation
    tile.classList.add('hc-nudge');
    if (await voice) speaker.say(note.dataset.say);
  });
}

main();
