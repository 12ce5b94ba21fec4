import type { Token } from './tokenize.js';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** First sentence after a line break: a new paragraph or a headline. */
  paragraphStart: boolean;
}

/**
 * No real sentence is longer; text without stops (tables, scraped debris) is cut into pieces of
 * this many tokens so that every per-sentence search downstream stays bounded and linear overall.
 */
export const MAX_SENTENCE_TOKENS = 300;

const CLOSERS = new Set(['"', "'", ')', '»', ']']);

function isUpperInitial(token: Token): boolean {
  const first = token.text[0]!;
  return first !== first.toLowerCase() || token.kind === 'number' || token.text === '"' || token.text === '«' || token.text === '(';
}

/**
 * Sentences end at a line break, or at . ! ? followed by space and a capital, a digit or a quote,
 * unless the word before the full stop is an abbreviation (M., No., Co.) or a lone initial.
 */
export function segmentSentences(tokens: readonly Token[], abbreviations: ReadonlySet<string>): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  let paragraphStart = true;
  const close = (endToken: number) => {
    while (endToken - first > MAX_SENTENCE_TOKENS) {
      const cut = first + MAX_SENTENCE_TOKENS;
      sentences.push({ index: sentences.length, start: tokens[first]!.start, end: tokens[cut - 1]!.end, tokenStart: first, tokenEnd: cut, paragraphStart });
      first = cut;
      paragraphStart = false;
    }
    if (endToken <= first) return;
    sentences.push({
      index: sentences.length,
      start: tokens[first]!.start,
      end: tokens[endToken - 1]!.end,
      tokenStart: first,
      tokenEnd: endToken,
      paragraphStart,
    });
    first = endToken;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.lineBreakBefore && i > first) {
      close(i);
      paragraphStart = true;
    }
    if (i === first && !token.lineBreakBefore && i > 0) paragraphStart = false;
    if (token.kind !== 'punct' || (token.text !== '.' && token.text !== '!' && token.text !== '?')) continue;
    let last = i;
    // French closes quotes after a space: 'oui. »'
    while (last + 1 < tokens.length && CLOSERS.has(tokens[last + 1]!.text) && (!tokens[last + 1]!.spaceBefore || tokens[last + 1]!.text === '»')) last++;
    const next = tokens[last + 1];
    if (!next) continue;
    if (next.lineBreakBefore) continue; // the line break closes it
    if (!next.spaceBefore || !isUpperInitial(next)) continue;
    if (token.text === '.') {
      const before = tokens[i - 1];
      if (before && !token.spaceBefore && before.kind === 'word') {
        if (abbreviations.has(before.norm)) continue;
        if (before.text.length === 1 && before.text !== before.text.toLowerCase()) continue; // initial: 'J. Smith'
      }
    }
    close(last + 1);
    paragraphStart = false;
  }
  close(tokens.length);
  return sentences;
}
