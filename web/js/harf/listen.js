// Listen: the letter's sound and name, then each word with its picture highlighted. Finishing
// the whole sequence reports {completed: true}; tapping one word just says it. With no voice
// (`voice: 'none'`) the pictures and words are only shown: the card page skips the activity.

/** The texts spoken for the letter: its sound, and its name when that differs. */
export function letterTexts(card) {
  return card.name && card.name !== card.sound ? [card.sound, card.name] : [card.sound];
}

export function start({ panel, data, speaker, finish, voice }) {
  const card = data.card;
  const play = panel.querySelector('[data-play]');
  if (voice === 'none') {
    play.hidden = true;
    return () => { play.hidden = false; };
  }
  const words = [...panel.querySelectorAll('[data-word]')];
  const mark = (i) => words.forEach((w, j) => w.classList.toggle('speaking', j === i));
  let running = false;

  async function playAll() {
    if (running) return;
    running = true;
    play.classList.add('playing');
    const head = letterTexts(card);
    const texts = head.concat(card.words.map((w) => w.text));
    const done = await speaker.sayAll(texts, (i) => mark(i - head.length));
    mark(-1);
    play.classList.remove('playing');
    running = false;
    if (done) finish({ completed: true });
  }

  const onWord = (e) => {
    const i = Number(e.currentTarget.dataset.word);
    if (running) return;
    mark(i);
    speaker.say(card.words[i].text).then(() => mark(-1));
  };
  play.addEventListener('click', playAll);
  words.forEach((w) => w.addEventListener('click', onWord));
  return () => {
    play.removeEventListener('click', playAll);
    words.forEach((w) => w.removeEventListener('click', onWord));
    running = false;
    mark(-1);
    play.classList.remove('playing');
  };
}
