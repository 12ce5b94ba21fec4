import { COUNTRY_NAMES } from '../gazetteers/countries.js';
import type { Locale } from '../locales/types.js';
import type { Doc } from '../pipeline/document.js';
import type { Token } from '../pipeline/tokenize.js';
import { PhraseMatcher } from './phrase-matcher.js';

export interface CountryHit {
  first: number;
  end: number;
  code: string;
  /** Named by an adjective ('panaméen', 'Chinese') rather than by its name. */
  adjective: boolean;
}
export interface RegionHit {
  first: number;
  end: number;
  name: string;
}

/**
 * The case a table word asks of the text: 'a' any ('chinois', 'Chinois'), 'c' capitalized or capitals
 * ('China', 'CHINA', not the porcelain), 'u' capitals only ('US', not the pronoun).
 */
type CaseRule = 'a' | 'c' | 'u';

/** When one phrase has several readings, the lowest rank wins: 'Central African' markets are a region. */
const Rank = { NotCountry: 0, Region: 1, Name: 2, Adjective: 3 } as const;

interface Reading {
  rank: (typeof Rank)[keyof typeof Rank];
  cases: readonly CaseRule[];
  code: string;
  region: string;
  ambiguous: boolean;
}

interface Gazetteer {
  phrases: PhraseMatcher<Reading>;
  countryCues: PhraseMatcher<readonly CaseRule[]>;
  stateCues: PhraseMatcher<readonly CaseRule[]>;
  stopwords: ReadonlySet<string>;
}

/**
 * Around an ambiguous name, in tokens: a plain country in a list with it stands at most LIST_GAP away,
 * a country cue (at most CUE_LENGTH long) ends at most CUE_GAP before it, a state cue lies within STATE_WINDOW.
 */
const LIST_GAP = 3;
const CUE_GAP = 3;
const CUE_LENGTH = 4;
const STATE_WINDOW = 6;

function isUpper(c: string): boolean {
  return c !== c.toLowerCase();
}

/** Tokens as the tokenizer cuts them (runs of letters and digits, single other characters), without its cost. */
const TOKEN = /[\p{L}\p{M}\p{N}]+|\S/gu;

function caseRule(word: string): CaseRule {
  if (word === word.toUpperCase()) return word === word.toLowerCase() ? 'a' : 'u';
  return isUpper(word[0]!) ? 'c' : 'a';
}

function fits(tokens: readonly Token[], first: number, cases: readonly CaseRule[]): boolean {
  for (let k = 0; k < cases.length; k++) {
    const rule = cases[k];
    const text = tokens[first + k]!.text;
    if (rule === 'c' ? !isUpper(text[0]!) : rule === 'u' && text !== text.toUpperCase()) return false;
  }
  return true;
}

/** 'Royaume-Uni' is also written 'Royaume Uni', 'sud-coréen' 'sud coréen'. */
function spellings(phrase: string): string[] {
  const spaced = phrase.replace(/(\p{L})-(?=\p{L})/gu, '$1 ');
  return spaced === phrase ? [phrase] : [phrase, spaced];
}

function casesOf(phrase: string): CaseRule[] {
  return (phrase.match(TOKEN) ?? []).map(caseRule);
}

function addPhrase(matcher: PhraseMatcher<Reading>, phrase: string, reading: Omit<Reading, 'cases'>): void {
  for (const spelling of spellings(phrase)) matcher.add(spelling, { ...reading, cases: casesOf(spelling) });
}

function cueMatcher(phrases: readonly string[]): PhraseMatcher<readonly CaseRule[]> {
  const matcher = new PhraseMatcher<readonly CaseRule[]>();
  for (const phrase of phrases) for (const spelling of spellings(phrase)) matcher.add(spelling, casesOf(spelling));
  return matcher;
}

const GAZETTEERS = new Map<Locale, Gazetteer>();

/** Built once per language, on its first document. */
function gazetteerFor(locale: Locale): Gazetteer {
  let gazetteer = GAZETTEERS.get(locale);
  if (gazetteer) return gazetteer;
  const context = locale.countryContext;
  const phrases = new PhraseMatcher<Reading>();
  for (const country of locale.countries) {
    const base = { code: country.code, region: '', ambiguous: country.ambiguous === true };
    for (const name of country.names) addPhrase(phrases, name, { ...base, rank: Rank.Name });
    for (const adjective of country.adjectives) addPhrase(phrases, adjective, { ...base, rank: Rank.Adjective });
  }
  for (const region of locale.regions) {
    for (const name of region.names) addPhrase(phrases, name, { rank: Rank.Region, code: '', region: region.name, ambiguous: false });
  }
  for (const phrase of context.notCountries) addPhrase(phrases, phrase, { rank: Rank.NotCountry, code: '', region: '', ambiguous: false });
  gazetteer = {
    phrases,
    countryCues: cueMatcher(context.countryCues),
    stateCues: cueMatcher(context.stateCues),
    stopwords: new Set(locale.stopwords),
  };
  GAZETTEERS.set(locale, gazetteer);
  return gazetteer;
}

interface Candidate {
  first: number;
  end: number;
  reading: Reading;
}

/** The best reading of the longest phrase at `at` that ends by `lineEnd` and whose case fits the text. */
function readAt(tokens: readonly Token[], phrases: PhraseMatcher<Reading>, at: number, lineEnd: number): Candidate | undefined {
  let limit = lineEnd;
  for (let match = phrases.matchAt(tokens, at, limit); match; match = phrases.matchAt(tokens, at, limit)) {
    let best: Reading | undefined;
    for (const reading of match.values) {
      if ((!best || reading.rank < best.rank) && fits(tokens, at, reading.cases)) best = reading;
    }
    if (best) return { first: at, end: match.end, reading: best };
    limit = match.end - 1;
  }
  return undefined;
}

/** Longest readings left to right; a name never runs across a line break. */
function scan(tokens: readonly Token[], phrases: PhraseMatcher<Reading>): Candidate[] {
  const found: Candidate[] = [];
  let lineEnd = 0;
  for (let i = 0; i < tokens.length; ) {
    if (lineEnd <= i) {
      lineEnd = i + 1;
      while (lineEnd < tokens.length && !tokens[lineEnd]!.lineBreakBefore) lineEnd++;
    }
    const candidate = readAt(tokens, phrases, i, lineEnd);
    if (candidate) {
      found.push(candidate);
      i = candidate.end;
    } else i++;
  }
  return found;
}

/** A cue phrase (with fitting case) within tokens [from, to) that ends at or after `endsFrom`. */
function cueWithin(tokens: readonly Token[], cues: PhraseMatcher<readonly CaseRule[]>, from: number, to: number, endsFrom = from): boolean {
  for (let i = from; i < to; i++) {
    const match = cues.matchAt(tokens, i, to);
    if (match && match.end >= endsFrom && match.values.some((cases) => fits(tokens, i, cases))) return true;
  }
  return false;
}

function sentenceBounds(doc: Doc, token: number): { start: number; end: number } {
  const sentence = doc.sentences[doc.sentenceOf[token]!]!;
  return { start: sentence.tokenStart, end: sentence.tokenEnd };
}

/**
 * Georgia, Jordan, Chad: a country only with a cue (the same country named plainly elsewhere, a plain
 * country beside it in a list, or a word like 'pays' just before), and never inside a run of
 * capitalized words (Michael Jordan, Georgia Tech), after 'City,' (Atlanta, Georgia) or near a state cue.
 */
function ambiguousIsCountry(doc: Doc, gazetteer: Gazetteer, hit: Candidate, plain: readonly Candidate[], plainEnds: ReadonlySet<number>, plainCodes: ReadonlySet<string>): boolean {
  const { tokens } = doc;
  const { start, end } = sentenceBounds(doc, hit.first);
  const isName = (token: Token | undefined) => token !== undefined && token.kind === 'word' && isUpper(token.text[0]!) && !gazetteer.stopwords.has(token.norm);
  const endsPlain = (index: number) => plainEnds.has(index + 1);
  const before = hit.first > start ? tokens[hit.first - 1] : undefined;
  const after = hit.end < end ? tokens[hit.end] : undefined;
  if (isName(before) || isName(after)) return false;
  if (before?.text === ',' && hit.first - 2 >= start && isName(tokens[hit.first - 2]) && !endsPlain(hit.first - 2)) return false;
  if (cueWithin(tokens, gazetteer.stateCues, Math.max(start, hit.first - STATE_WINDOW), Math.min(end, hit.end + STATE_WINDOW))) return false;

  if (plainCodes.has(hit.reading.code)) return true;
  const isConnector = (token: Token) => (token.kind === 'punct' ? token.text !== '.' && token.text !== ';' : token.text === token.text.toLowerCase() && token.text.length <= 4);
  const listed = (from: number, to: number) => to - from <= LIST_GAP && tokens.slice(from, to).every(isConnector);
  // only the plain names of this sentence, found by bisection: a scan of all of them for each ambiguous one is quadratic
  for (let k = firstEndingFrom(plain, start); k < plain.length && plain[k]!.first < end; k++) {
    const other = plain[k]!;
    if (other.end <= hit.first && other.end >= start && listed(other.end, hit.first)) return true;
    if (other.first >= hit.end && other.first < end && listed(hit.end, other.first)) return true;
  }
  return cueWithin(tokens, gazetteer.countryCues, Math.max(start, hit.first - CUE_GAP - CUE_LENGTH), hit.first, hit.first - CUE_GAP);
}

/** Index of the first candidate (in text order, none overlapping) that ends at or after token `at`. */
function firstEndingFrom(candidates: readonly Candidate[], at: number): number {
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (candidates[mid]!.end < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

interface Recognition {
  countries: CountryHit[];
  regions: RegionHit[];
}

const RECOGNIZED = new WeakMap<Doc, Recognition>();

function recognizeAll(doc: Doc): Recognition {
  const cached = RECOGNIZED.get(doc);
  if (cached) return cached;
  const gazetteer = gazetteerFor(doc.locale);
  const candidates = scan(doc.tokens, gazetteer.phrases);
  const plain = candidates.filter((c) => c.reading.rank >= Rank.Name && !c.reading.ambiguous);
  const plainEnds = new Set(plain.map((c) => c.end));
  const plainCodes = new Set(plain.map((c) => c.reading.code));
  const result: Recognition = { countries: [], regions: [] };
  for (const candidate of candidates) {
    const { first, end, reading } = candidate;
    if (reading.rank === Rank.Region) result.regions.push({ first, end, name: reading.region });
    else if (reading.rank !== Rank.NotCountry && (!reading.ambiguous || ambiguousIsCountry(doc, gazetteer, candidate, plain, plainEnds, plainCodes))) {
      result.countries.push({ first, end, code: reading.code, adjective: reading.rank === Rank.Adjective });
    }
  }
  RECOGNIZED.set(doc, result);
  return result;
}

/** Countries and territories named in the text, by name or adjective, in text order. */
export function recognizeCountries(doc: Doc): CountryHit[] {
  return recognizeAll(doc).countries;
}

/** Regions and blocs (Europe, Asie du Sud-Est, EU): never countries. */
export function recognizeRegions(doc: Doc): RegionHit[] {
  return recognizeAll(doc).regions;
}

/** English name of an ISO 3166-1 alpha-2 code. */
export function countryName(code: string): string {
  return COUNTRY_NAMES[code] ?? code;
}
