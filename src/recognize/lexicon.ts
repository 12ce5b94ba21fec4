import type { Token } from '../pipeline/tokenize.js';
import { fold } from '../text/fold.js';
import { PhraseMatcher } from './phrase-matcher.js';
import { STEM_HEAD, VOCABULARY, stemHeadIdOf } from './vocabulary.js';

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
  /** Stems filed by the vocabulary number of their first letters, longest first: most words have no candidate at all. */
  private readonly stemsByHead = new Map<number, { stem: string; value: T }[]>();

  constructor(table: Readonly<Record<string, T>> | Iterable<readonly [string, T]>) {
    const entries = Symbol.iterator in table ? [...(table as Iterable<readonly [string, T]>)] : Object.entries(table as Record<string, T>);
    for (const [key, value] of entries) {
      if (key.endsWith('*')) {
        const stem = fold(key.slice(0, -1));
        // shorter stems ('up*') would match too much to mean anything
        if (stem.length < STEM_HEAD) throw new Error(`Lexicon: stem '${key}' is shorter than ${STEM_HEAD} letters`);
        const head = VOCABULARY.internHead(stem);
        let list = this.stemsByHead.get(head);
        if (!list) this.stemsByHead.set(head, (list = []));
        if (!list.some((s) => s.stem === stem)) list.push({ stem, value });
        list.sort((a, b) => b.stem.length - a.stem.length);
      } else this.phrases.add(key, value);
    }
  }

  static ofWords(words: readonly string[]): Lexicon<true> {
    return new Lexicon<true>(words.map((w) => [w, true] as const));
  }

  /** The entry starting at token `at`, if any. */
  matchAt(tokens: readonly Token[], at: number, limit = tokens.length): LexiconMatch<T> | undefined {
    if (at < 0 || at >= limit) return undefined;
    const phrase = this.phrases.matchAt(tokens, at, limit);
    if (phrase) return { first: at, end: phrase.end, value: phrase.values[0]! };
    if (this.stemsByHead.size === 0) return undefined;
    const token = tokens[at]!;
    const candidates = this.stemsByHead.get(stemHeadIdOf(token));
    if (!candidates) return undefined;
    for (const { stem, value } of candidates) if (token.norm.startsWith(stem)) return { first: at, end: at + 1, value };
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
