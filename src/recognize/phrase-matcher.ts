import type { Token } from '../pipeline/tokenize.js';
import { tokenize } from '../pipeline/tokenize.js';
import { fold } from '../text/fold.js';
import { VOCABULARY, WordSet, wordIdOf } from './vocabulary.js';

const SINGLE_WORD = /^[\p{L}\p{M}\p{N}]+$/u;
const ALL_DIGITS = /^\d+$/;

export interface PhraseMatch<T> {
  /** Token range [first, last + 1). */
  first: number;
  end: number;
  values: readonly T[];
}

/** A word of a phrase: the values of the phrases it completes, and the words that may follow it. */
interface Node<T> {
  values?: T[];
  next?: Map<number, Node<T>>;
}

/**
 * Longest-match lookup of multi-token phrases. Phrases are tokenized with the same tokenizer as
 * documents and keyed on folded tokens, so 'SAIC-GM-Wuling', 'Lynk & Co' and "protocole d'accord"
 * match however they are spaced. Built once, as a trie over the shared vocabulary's word numbers:
 * a lookup builds no string, and a token that starts no phrase costs one bit test.
 */
export class PhraseMatcher<T> {
  private readonly roots = new Map<number, Node<T>>();
  private readonly firstWords = new WordSet();

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): void {
    // one word needs no tokenizer: gazetteers are mostly single words and are built at start-up
    const words = SINGLE_WORD.test(phrase) && !ALL_DIGITS.test(phrase) ? [fold(phrase)] : tokenize(phrase).map((t) => t.norm);
    if (words.length === 0) return;
    const first = VOCABULARY.intern(words[0]!);
    this.firstWords.add(first);
    let node = this.roots.get(first);
    if (!node) this.roots.set(first, (node = {}));
    for (let i = 1; i < words.length; i++) {
      const id = VOCABULARY.intern(words[i]!);
      node.next ??= new Map();
      let child = node.next.get(id);
      if (!child) node.next.set(id, (child = {}));
      node = child;
    }
    if (!node.values) node.values = [value];
    else if (!node.values.includes(value)) node.values.push(value);
  }

  /** The longest phrase starting at token `at` and ending before `limit`. */
  matchAt(tokens: readonly Token[], at: number, limit = tokens.length): PhraseMatch<T> | undefined {
    if (at >= limit) return undefined;
    const first = wordIdOf(tokens[at]!);
    if (!this.firstWords.has(first)) return undefined;
    let node = this.roots.get(first);
    let found: PhraseMatch<T> | undefined;
    for (let i = at + 1; node; i++) {
      if (node.values) found = { first: at, end: i, values: node.values };
      if (!node.next || i >= limit) break;
      node = node.next.get(wordIdOf(tokens[i]!));
    }
    return found;
  }

  /** Non-overlapping longest matches, left to right, within [from, to). */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    for (let i = from; i < to; ) {
      const match = this.matchAt(tokens, i, to);
      if (match) {
        matches.push(match);
        i = match.end;
      } else i++;
    }
    return matches;
  }
}
