// Reads a question and its choices aloud for children who cannot read them yet: the server's
// voice first, then the browser's. Buttons stay hidden where nothing can speak.

import { createSpeaker, speechStatus } from '../speech.js';

const form = document.querySelector('[data-speech-lang]');
const buttons = [...document.querySelectorAll('[data-say]')];

async function setUp() {
  if (!form || buttons.length === 0) return;
  const lang = form.dataset.speechLang;
  const status = await speechStatus();
  const server = status.tts && typeof status.tts === 'object' && status.tts[lang] && status.tts[lang] !== 'browser';
  if (!server && !('speechSynthesis' in window)) return;
  const speaker = createSpeaker({ lang, show: () => {} });
  for (const button of buttons) {
    let phrases = [];
    try {
      phrases = JSON.parse(button.dataset.say);
    } catch {
      continue;
    }
    if (phrases.length === 0) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        for (const phrase of phrases) {
          if (!(await speaker.say(phrase))) break;
        }
      } finally {
        button.disabled = false;
      }
    });
  }
}

setUp();
