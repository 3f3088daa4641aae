// The coin shop: buttons marked `data-say` read their text aloud (the server's voice, the
// browser's, or the text shown big when nothing can speak), for children who cannot read yet.

import { createSpeaker } from '../speech.js';

const TAGS = { uz: 'uz-UZ', ru: 'ru-RU', en: 'en-US' };

function enableSpeaking(root) {
  const shown = root.querySelector('[data-say-shown]');
  let speaker = null;
  for (const button of root.querySelectorAll('[data-say]')) {
    button.addEventListener('click', () => {
      speaker ??= createSpeaker({
        lang: TAGS[document.documentElement.lang] || 'uz-UZ',
        show: (text) => {
          if (!shown) return;
          shown.textContent = text || '';
          shown.hidden = !text;
        },
      });
      speaker.say(button.dataset.say);
    });
  }
}

enableSpeaking(document);
