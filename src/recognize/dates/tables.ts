import type { DateVocabulary, Locale, RelativeDatePhrase } from '../../locales/types.js';
import { type Token, tokenize } from '../../pipeline/tokenize.js';
import type { DateModifier } from '../../schema.js';
import { fold } from '../../text/fold.js';
import { PhraseMatcher } from '../phrase-matcher.js';

/** A locale's date vocabulary as lookup structures, built once per locale. */
export interface DateTables {
  vocab: DateVocabulary;
  months: Map<string, number>;
  ambiguousMonths: Map<string, 'cue' | 'day-or-year'>;
  weekdays: Map<string, number>;
  ordinals: Map<string, number>;
  ordinalSuffixes: Set<string>;
  lastOrdinals: Set<string>;
  quarterWords: Set<string>;
  halfWords: Set<string>;
  quarterLetters: Set<string>;
  halfLetters: Set<string>;
  monthWords: Set<string>;
  firstWords: Set<string>;
  fiscalPrefixes: Set<string>;
  /** Cardinal number words up to twelve, for 'the first five months'. */
  cardinals: Map<string, number>;
  shiftBefore: Map<string, number>;
  shiftAfter: Map<string, number>;
  quantityWords: Set<string>;
  identifierWords: Set<string>;
  /** Single-token articles ('le', 'the'): a capitalized one opens a sentence, it names nothing. */
  articleWords: Set<string>;
  futureSuffixes: readonly string[];
  futureSuffixExceptions: Set<string>;
  /** Single words after which an ambiguous month ('May', 'mars') is a month. */
  cueWords: Set<string>;
  /** Every word a date expression may begin with: most tokens are ruled out by this one lookup. */
  starters: Set<string>;
  modifiers: PhraseMatcher<DateModifier>;
  relative: PhraseMatcher<RelativeDatePhrase>;
  fiscalYearPhrases: PhraseMatcher<true>;
  yearWords: PhraseMatcher<true>;
  periodEndWords: PhraseMatcher<true>;
  articles: PhraseMatcher<true>;
  rangeOpeners: PhraseMatcher<true>;
  betweenWords: PhraseMatcher<true>;
  rangeWords: PhraseMatcher<true>;
  andWords: PhraseMatcher<true>;
  yearJoiners: PhraseMatcher<true>;
  dayJoiners: PhraseMatcher<true>;
  futureCues: PhraseMatcher<true>;
  comparisonCues: PhraseMatcher<true>;
  eventWords: PhraseMatcher<true>;
}

const foldedMap = <V>(record: Readonly<Record<string, V>>) => new Map(Object.entries(record).map(([k, v]) => [fold(k), v] as const));
const foldedSet = (words: readonly string[]) => new Set(words.map(fold));
const phrases = (words: readonly string[]) => new PhraseMatcher<true>(words.map((w) => [w, true] as const));

function build(locale: Locale): DateTables {
  const vocab = locale.dates;
  const cardinals = new Map<string, number>();
  for (const [word, n] of Object.entries(locale.numbers.words)) if (Number.isInteger(n) && n >= 1 && n <= 12) cardinals.set(fold(word), n);
  const lastWordOf = (phrase: string) => fold(phrase.split(/[\s']+/).filter(Boolean).pop() ?? phrase);
  const cueWords = new Set<string>([
    ...Object.keys(vocab.modifiers).map(lastWordOf),
    ...[...vocab.prepositions, ...vocab.betweenWords, ...vocab.rangeWords, ...vocab.andWords, ...vocab.yearJoiners].map(lastWordOf),
    ...Object.keys(vocab.shiftBefore).map(fold),
  ]);
  const firstWord = (phrase: string) => tokenize(phrase)[0]?.norm ?? '';
  const starters = new Set<string>(
    [
      ...Object.keys(vocab.modifiers),
      ...vocab.relative.map((r) => r.phrase),
      ...vocab.rangeOpeners,
      ...vocab.betweenWords,
      ...Object.keys(vocab.shiftBefore),
      ...vocab.firstWords,
      ...vocab.fiscalPrefixes,
      ...vocab.yearWords,
    ].map(firstWord),
  );
  for (const table of [vocab.months, vocab.weekdays, vocab.ordinals, locale.numbers.words]) for (const word of Object.keys(table)) starters.add(fold(word));
  for (const word of vocab.lastOrdinals) starters.add(fold(word));
  return {
    vocab,
    starters,
    months: foldedMap(vocab.months),
    ambiguousMonths: foldedMap(vocab.ambiguousMonths),
    weekdays: foldedMap(vocab.weekdays),
    ordinals: foldedMap(vocab.ordinals),
    ordinalSuffixes: foldedSet(vocab.ordinalSuffixes),
    lastOrdinals: foldedSet(vocab.lastOrdinals),
    quarterWords: foldedSet(vocab.quarterWords),
    halfWords: foldedSet(vocab.halfWords),
    quarterLetters: foldedSet(vocab.quarterLetters),
    halfLetters: foldedSet(vocab.halfLetters),
    monthWords: foldedSet(vocab.monthWords),
    firstWords: foldedSet(vocab.firstWords),
    fiscalPrefixes: foldedSet(vocab.fiscalPrefixes),
    cardinals,
    shiftBefore: foldedMap(vocab.shiftBefore),
    shiftAfter: foldedMap(vocab.shiftAfter),
    quantityWords: foldedSet(vocab.quantityWords),
    identifierWords: foldedSet(vocab.identifierWords),
    articleWords: foldedSet(vocab.articles),
    futureSuffixes: vocab.futureSuffixes.map(fold),
    futureSuffixExceptions: foldedSet(vocab.futureSuffixExceptions),
    cueWords,
    modifiers: new PhraseMatcher(Object.entries(vocab.modifiers)),
    relative: new PhraseMatcher(vocab.relative.map((r) => [r.phrase, r] as const)),
    fiscalYearPhrases: phrases(vocab.fiscalYearPhrases),
    yearWords: phrases(vocab.yearWords),
    periodEndWords: phrases(vocab.periodEndWords),
    articles: phrases(vocab.articles),
    rangeOpeners: phrases(vocab.rangeOpeners),
    betweenWords: phrases(vocab.betweenWords),
    rangeWords: phrases(vocab.rangeWords),
    andWords: phrases(vocab.andWords),
    yearJoiners: phrases(vocab.yearJoiners),
    dayJoiners: phrases(vocab.dayJoiners),
    futureCues: phrases(vocab.futureCues),
    comparisonCues: phrases(vocab.comparisonCues),
    eventWords: phrases(vocab.eventWords),
  };
}

const cache = new WeakMap<Locale, DateTables>();

export function dateTables(locale: Locale): DateTables {
  let tables = cache.get(locale);
  if (!tables) cache.set(locale, (tables = build(locale)));
  return tables;
}

/** End of the phrase starting at `at`, or -1. */
export function phraseEnd<T>(matcher: PhraseMatcher<T>, tokens: readonly Token[], at: number, limit: number): number {
  return at >= 0 && at < limit ? (matcher.matchAt(tokens, at, limit)?.end ?? -1) : -1;
}

/** A future-tense verb by its ending ('entrera', 'seront'); lower case only, so names ('Cupra') never count. */
export function isFutureVerb(tables: DateTables, token: Token): boolean {
  if (token.kind !== 'word' || token.text[0] !== token.text[0]!.toLowerCase() || tables.futureSuffixExceptions.has(token.norm)) return false;
  for (const suffix of tables.futureSuffixes) if (token.norm.length >= suffix.length && token.norm.endsWith(suffix)) return true;
  return false;
}
