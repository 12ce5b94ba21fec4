import type { Sentence } from '../pipeline/segment.js';
import type { Token } from '../pipeline/tokenize.js';
import type { Lexicon } from '../recognize/lexicon.js';

const BOUNDARIES = new Set([',', ';', ':']);

/**
 * Clause number of each token of a sentence: commas, semicolons, colons, spaced dashes and
 * clause openers ('tandis que', 'while') start a new one. Commas inside numbers ('1,526,409') do not.
 */
export function clausesOf(tokens: readonly Token[], sentence: Sentence, insideNumbers: Uint8Array, openers: Lexicon<true>): Int32Array {
  const clause = new Int32Array(sentence.tokenEnd - sentence.tokenStart);
  let current = 0;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const offset = i - sentence.tokenStart;
    const token = tokens[i]!;
    if (!insideNumbers[offset]) {
      const dash = token.text === '-' && token.spaceBefore && tokens[i + 1]?.spaceBefore;
      if (BOUNDARIES.has(token.text) || dash) current++;
      else if (token.kind === 'word' && openers.matchAt(tokens, i, sentence.tokenEnd)) current++;
    }
    clause[offset] = current;
  }
  return clause;
}
