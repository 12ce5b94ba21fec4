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

/**
 * Longest-match lookup of multi-token phrases. Phrases are tokenized with the same tokenizer as
 * documents and keyed on folded tokens, so 'SAIC-GM-Wuling', 'Lynk & Co' and "protocole d'accord"
 * match however they are spaced. Built once; each lookup costs at most `longest` map probes.
 */
export class PhraseMatcher<T> {
  /** Each key: the values of the phrase it completes, and whether a longer phrase goes on from it. One probe a token. */
  private readonly keys = new Map<string, { values?: T[]; continues: boolean }>();
  /** The words phrases start with: most tokens are turned away here, before any string key is built. */
  private readonly firstWords = new WordSet();
  private longest = 0;

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): void {
    // one word needs no tokenizer: gazetteers are mostly single words and are built at start-up
    const keys = SINGLE_WORD.test(phrase) && !ALL_DIGITS.test(phrase) ? [fold(phrase)] : tokenize(phrase).map((t) => t.norm);
    if (keys.length === 0) return;
    this.firstWords.add(VOCABULARY.intern(keys[0]!));
    let key = '';
    for (let i = 0; i < keys.length; i++) {
      key = i === 0 ? keys[0]! : `${key} ${keys[i]}`;
      let entry = this.keys.get(key);
      if (!entry) this.keys.set(key, (entry = { continues: false }));
      if (i < keys.length - 1) entry.continues = true;
      else if (!entry.values) entry.values = [value];
      else if (!entry.values.includes(value)) entry.values.push(value);
    }
    this.longest = Math.max(this.longest, keys.length);
  }

  /** The longest phrase starting at token `at` and ending before `limit`. */
  matchAt(tokens: readonly Token[], at: number, limit = tokens.length): PhraseMatch<T> | undefined {
    if (at >= limit || !this.firstWords.has(wordIdOf(tokens[at]!))) return undefined;
    let key = '';
    let found: PhraseMatch<T> | undefined;
    for (let i = at; i < limit && i - at < this.longest; i++) {
      key = i === at ? tokens[i]!.norm : `${key} ${tokens[i]!.norm}`;
      const entry = this.keys.get(key);
      if (!entry) break;
      if (entry.values) found = { first: at, end: i + 1, values: entry.values };
      if (!entry.continues) break;
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
