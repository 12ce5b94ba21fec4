import type { Token } from '../pipeline/tokenize.js';
import { PhraseMatcher } from './phrase-matcher.js';

export interface LexiconMatch<T> {
  first: number;
  end: number;
  value: T;
}

/**
 * A locale table read as a matcher: keys are words, multi-word phrases, or stems written with a
 * trailing '*' ('augment*' matches augmente, augmentation). Phrases win over words, words over stems.
 */
export class Lexicon<T> {
  private readonly phrases = new PhraseMatcher<T>();
  private readonly stems = new Map<string, T>();
  private readonly stemLengths: number[];

  constructor(table: Readonly<Record<string, T>> | Iterable<readonly [string, T]>) {
    const entries = Symbol.iterator in table ? [...(table as Iterable<readonly [string, T]>)] : Object.entries(table as Record<string, T>);
    const lengths = new Set<number>();
    for (const [key, value] of entries) {
      if (key.endsWith('*')) {
        const stem = key.slice(0, -1).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
        if (!this.stems.has(stem)) this.stems.set(stem, value);
        lengths.add(stem.length);
      } else this.phrases.add(key, value);
    }
    this.stemLengths = [...lengths].sort((a, b) => b - a);
  }

  static ofWords(words: readonly string[]): Lexicon<true> {
    return new Lexicon<true>(words.map((w) => [w, true] as const));
  }

  /** The entry starting at token `at`, if any. */
  matchAt(tokens: readonly Token[], at: number, limit = tokens.length): LexiconMatch<T> | undefined {
    if (at < 0 || at >= limit) return undefined;
    const phrase = this.phrases.matchAt(tokens, at, limit);
    if (phrase) return { first: at, end: phrase.end, value: phrase.values[0]! };
    const token = tokens[at]!;
    if (token.kind !== 'word') return undefined;
    for (const length of this.stemLengths) {
      if (token.norm.length < length) continue;
      const value = this.stems.get(token.norm.slice(0, length));
      if (value !== undefined) return { first: at, end: at + 1, value };
    }
    return undefined;
  }

  /** The entry that ends exactly before token `end` (phrases up to `maxTokens` long), if any. */
  matchEndingAt(tokens: readonly Token[], end: number, maxTokens = 4, floor = 0): LexiconMatch<T> | undefined {
    for (let first = Math.max(floor, end - maxTokens); first < end; first++) {
      const match = this.matchAt(tokens, first, end);
      if (match && match.end === end) return match;
    }
    return undefined;
  }

  /** Every non-overlapping entry within [from, to). */
  findAll(tokens: readonly Token[], from: number, to: number): LexiconMatch<T>[] {
    const found: LexiconMatch<T>[] = [];
    for (let i = from; i < to; ) {
      const match = this.matchAt(tokens, i, to);
      if (match) {
        found.push(match);
        i = match.end;
      } else i++;
    }
    return found;
  }
}
