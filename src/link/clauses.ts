import type { Sentence } from '../pipeline/segment.js';
import type { Token } from '../pipeline/tokenize.js';
import type { Lexicon } from '../recognize/lexicon.js';

const BOUNDARIES = new Set([',', ';', ':']);

/**
 * Clause number of each token of a sentence: commas, semicolons, colons, spaced dashes and
 * clause openers ('tandis que', 'while') start a new one. Commas inside numbers ('1,526,409') or
 * inside parentheses do not; the end of a parenthesis does.
 */
export function clausesOf(tokens: readonly Token[], sentence: Sentence, insideNumbers: Uint8Array, openers: Lexicon<true>): Int32Array {
  const clause = new Int32Array(sentence.tokenEnd - sentence.tokenStart);
  let current = 0;
  let depth = 0;
  let closed = false;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const offset = i - sentence.tokenStart;
    const token = tokens[i]!;
    // a parenthesis belongs to what it follows ('en février (2 395 unités, -26 %)'); after it, a new clause
    if (closed) {
      current++;
      closed = false;
    }
    if (token.text === '(') depth++;
    else if (token.text === ')' && depth > 0) {
      depth--;
      closed = depth === 0;
    } else if (!insideNumbers[offset] && depth === 0) {
      const dash = token.text === '-' && token.spaceBefore && tokens[i + 1]?.spaceBefore;
      if (BOUNDARIES.has(token.text) || dash) current++;
      else if (token.kind === 'word' && openers.matchAt(tokens, i, sentence.tokenEnd)) current++;
    }
    clause[offset] = current;
  }
  return clause;
}
