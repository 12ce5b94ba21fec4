import type { Token } from '../pipeline/tokenize.js';

/** Stems are filed by their first letters ('augment*' under 'aug'). */
export const STEM_HEAD = 3;

/**
 * Every key a phrase table can start with, and every stem head, numbered once for all tables.
 * Some forty tables probe each token of a document, and most tokens start no entry of most
 * tables: a token looks its word up here once (the result cached on the token) and each table
 * then dismisses it with a bit test, instead of a string-keyed probe of its own per table.
 * Only table words are numbered, so the vocabulary stays the size of the locale data however
 * many documents go through.
 */
class Vocabulary {
  private readonly ids = new Map<string, number>();
  /** Stem heads by {@link headKey}: numbered apart from words, since they are looked up apart. */
  private readonly headIds = new Map<number | string, number>();
  /** Bumped whenever a word is numbered: tables are built lazily, so a token cached before must look again. */
  version = 1;

  intern(word: string): number {
    return this.number(this.ids, word);
  }

  idOf(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  internHead(stem: string): number {
    return this.number(this.headIds, headKey(stem));
  }

  private number<K>(ids: Map<K, number>, key: K): number {
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = ids.size));
      this.version++;
    }
    return id;
  }

  headIdOf(word: string): number {
    return word.length >= STEM_HEAD ? (this.headIds.get(headKey(word)) ?? -1) : -1;
  }
}

/** The first letters as a number when they are ASCII (no string cut and hashed for every token), else as a string. */
function headKey(word: string): number | string {
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  const c = word.charCodeAt(2);
  return (a | b | c) < 0x80 ? (a << 14) | (b << 7) | c : word.slice(0, STEM_HEAD);
}

export const VOCABULARY = new Vocabulary();

function refresh(token: Token): void {
  token.wordId = VOCABULARY.idOf(token.norm);
  token.stemHeadId = token.kind === 'word' ? VOCABULARY.headIdOf(token.norm) : -1;
  token.vocabularyVersion = VOCABULARY.version;
}

/** The token's number in the vocabulary, -1 when no table starts with it. */
export function wordIdOf(token: Token): number {
  if (token.vocabularyVersion !== VOCABULARY.version) refresh(token);
  return token.wordId;
}

/** The number of the token's first letters, -1 when no stem starts so. */
export function stemHeadIdOf(token: Token): number {
  if (token.vocabularyVersion !== VOCABULARY.version) refresh(token);
  return token.stemHeadId;
}

/** A set of vocabulary numbers as bits: membership is one array read. */
export class WordSet {
  private bits = new Uint32Array(8);

  add(id: number): void {
    const word = id >>> 5;
    if (word >= this.bits.length) {
      const grown = new Uint32Array(Math.max(word + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[word]! |= 1 << (id & 31);
  }

  /** False for -1 (unknown word) too: its index lies past any array. */
  has(id: number): boolean {
    const word = id >>> 5;
    return word < this.bits.length && (this.bits[word]! & (1 << (id & 31))) !== 0;
  }
}
