// The SmartKids hub: the lead read aloud on a tap.

import { createSpeaker } from '../speech.js';

const lang = { uz: 'uz-UZ', ru: 'ru-RU', en: 'en-US' }[document.documentElement.lang] || 'uz-UZ';
const speaker = createSpeaker({ lang, show: () => {} });
document.querySelectorAll('[data-say-text]').forEach((b) => {
  b.addEventListener('click', () => speaker.say(b.dataset.sayText));
});
