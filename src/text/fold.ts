const MARKS = /\p{M}/gu;

function foldSlowly(word: string): string {
  return word.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/**
 * Latin letters (Basic Latin to Latin Extended-B) folded one by one, worked out once: accented
 * French words are a third of a French text, and NFD plus a regex replace per word cost more
 * than the rest of tokenizing. Letter by letter gives the same result in this range: no letter
 * here composes with its neighbour, and none lower-cases by context.
 */
const TABLE_END = 0x250;
const FOLDED_LETTERS = Array.from({ length: TABLE_END }, (_, code) => foldSlowly(String.fromCharCode(code)));

/** Lower case without accents: the key every phrase table is looked up with. */
export function fold(word: string): string {
  let i = 0;
  while (i < word.length && word.charCodeAt(i) < 0x80) i++;
  if (i === word.length) return word.toLowerCase();
  let folded = word.slice(0, i).toLowerCase();
  for (; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= TABLE_END) return foldSlowly(word);
    folded += FOLDED_LETTERS[code];
  }
  return folded;
}
