// Which word of a paragraph the voice is on: the words' character offsets in the spoken text,
// and the word at a fraction of the way through it.

/** The spoken text of `words` (joined by spaces) and each word's starting offset. */
export function layout(words) {
  const starts = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.length + 1;
  }
  return { text: words.join(' '), starts };
}

/** The index of the word being read when `fraction` (0–1) of `text` has been said. */
export function wordAt(starts, textLength, fraction) {
  const pos = Math.max(0, Math.min(1, fraction)) * textLength;
  let i = 0;
  while (i + 1 < starts.length && starts[i + 1] <= pos) i += 1;
  return i;
}
