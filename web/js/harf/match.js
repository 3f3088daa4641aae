// Whether a recognised utterance fits the card: a word that starts with the letter (or, for
// letters met inside words, contains it). Pure, for the "say a word" activity and its tests.

/** The words of a transcript, lower case; Uzbek apostrophes are made the proper ʻ and ʼ. */
export function spokenWords(text, alphabet) {
  let s = String(text || '').normalize('NFC').toLowerCase();
  if (alphabet === 'uz') s = s.replace(/([og])['‘’`ʻ]/g, '$1ʻ').replace(/['‘’`]/g, 'ʼ');
  return s.split(/[^\p{L}\p{M}ʻʼ]+/u).filter(Boolean);
}

/**
 * True when some spoken word has the card's letter where it belongs. A word that starts with
 * a longer letter of the alphabet (Sh for S, Oʻ for O) does not count for the shorter one.
 */
export function saidMatches(text, card, letters, alphabet) {
  const letter = card.lower.toLowerCase();
  const longer = letters
    .map((l) => l.lower.toLowerCase())
    .filter((l) => l.length > letter.length && l.startsWith(letter));
  return spokenWords(text, alphabet).some((w) => {
    if (card.position === 'inside') return w.includes(letter);
    return w.startsWith(letter) && !longer.some((l) => w.startsWith(l));
  });
}
