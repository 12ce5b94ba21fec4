const MARKS = /\p{M}/gu;

/** Lower case without accents: the key every phrase table is looked up with. */
export function fold(word: string): string {
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 0x7f) return word.normalize('NFD').replace(MARKS, '').toLowerCase();
  }
  return word.toLowerCase();
}
