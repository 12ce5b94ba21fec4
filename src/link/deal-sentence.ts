import type { Doc } from '../pipeline/document.js';
import type { Sentence } from '../pipeline/segment.js';
import type { Token } from '../pipeline/tokenize.js';
import { dealLexicons, type DealLexicons } from '../recognize/deal-lexicons.js';
import type { DateHit } from '../recognize/dates.js';
import type { LexiconMatch } from '../recognize/lexicon.js';
import type { LinkContext, NamedMention } from './mentions.js';

// How deal and launch sentences are read alike: who is the subject, what an anaphor stands for,
// which date goes with the verb.

function hasPunctuation(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.kind === 'punct' && (tokens[i]!.text === ',' || tokens[i]!.text === ';' || tokens[i]!.text === '(' || tokens[i]!.text === ')')) return true;
  return false;
}

/**
 * The date of the sentence nearest to token `at`, preferring one in the same clause (no comma
 * between): 'the brand that PIF set up with Foxconn in 2022, plans to start sales next year'.
 */
export function nearestDate(tokens: readonly Token[], dates: readonly DateHit[], at: number): DateHit | undefined {
  let best: DateHit | undefined;
  let bestDistance = Infinity;
  for (const date of dates) {
    const before = date.end <= at;
    const d = (before ? at - date.end : date.first - at) + (hasPunctuation(tokens, before ? date.end : at, before ? at : date.first) ? 1000 : 0);
    if (d < bestDistance) {
      bestDistance = d;
      best = date;
    }
  }
  return best;
}

/**
 * The maker each sentence is about before it starts: the subject of the last sentence whose subject
 * is a maker. A maker after a complement marker ('tirées par Dacia', 'bought from General Motors') is
 * no subject, and a sentence whose subject is an anaphor ('Il', 'The company') keeps the topic.
 * Built once per document, on the first deal sentence, in one pass over the sentences naming a maker.
 */
const topicsCache = new WeakMap<LinkContext, (NamedMention | undefined)[]>();

export function subjectTopics(doc: Doc, context: LinkContext): (NamedMention | undefined)[] {
  let topics = topicsCache.get(context);
  if (topics) return topics;
  const lex = dealLexicons(doc.locale);
  topics = [];
  let topic: NamedMention | undefined;
  for (const sentence of doc.sentences) {
    topics.push(topic);
    const brands = context.actorsBySentence[sentence.index]!.filter((a) => a.isBrand);
    if (brands.length === 0) continue;
    const subject = subjectOf(doc, sentence, brands, lex);
    if (subject) topic = subject;
  }
  topicsCache.set(context, topics);
  return topics;
}

/** Words of a clause's opening noun phrase before a genitive: 'Les ventes de Renault', 'Sales of BYD'. */
const OPENING_PHRASE = 2;

/**
 * Whether a maker is a complement: 'par Dacia', "racheté à Mercedes-Benz", 'from General Motors',
 * 'des chaînes de Spotlight'. After the opening noun of a clause, a genitive names its subject's
 * owner and is no complement ('Les ventes de Renault ont été portées par Dacia').
 */
export function isComplement(tokens: readonly Token[], mention: { first: number }, lex: DealLexicons, floor: number): boolean {
  const marker = lex.complementMarkers.matchEndingAt(tokens, mention.first, 2, floor);
  if (!marker) return false;
  if (!lex.genitiveMarkers.matchAt(tokens, marker.first, mention.first)) return true;
  let start = marker.first;
  while (start > floor && marker.first - start < OPENING_PHRASE && tokens[start - 1]!.kind === 'word' && tokens[start - 1]!.text !== tokens[start - 1]!.text.toUpperCase()) start--;
  return !(start === floor || tokens[start - 1]!.text === ',');
}

const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '—', '–', '(', '"', '«']);

/**
 * Whether token `at` opens a clause, where a subject stands: the sentence's start, after a comma
 * ('Overseas, the company'), after 'où' / 'where' or 'et' / 'and'. Not 'The government said it ...'.
 */
function opensClause(tokens: readonly Token[], at: number, from: number, lex: DealLexicons, dates: readonly DateHit[]): boolean {
  if (at === from) return true;
  const previous = tokens[at - 1]!;
  if (CLAUSE_PUNCTUATION.has(previous.text) || lex.listJoiners.has(previous.norm) || lex.placeRelatives.matchAt(tokens, at - 1, at) !== undefined) return true;
  // 'In April it launched', 'Last month the company said': only a date, and its preposition, before it
  const date = dates.find((d) => d.end === at);
  return date !== undefined && (date.first === from || (date.first - 1 === from && tokens[from]!.kind === 'word'));
}

/**
 * An anaphor that stands as a subject between `from` and `to` ('Overseas, the company opened'): at
 * the start of a clause, not a complement ('Pour le groupe de Shenzhen'), nor, before a name at `to`,
 * in apposition to it ('le groupe BMW', 'le constructeur chinois BYD').
 */
export function anaphorBefore(tokens: readonly Token[], from: number, to: number, lex: DealLexicons, beforeName: boolean, dates: readonly DateHit[] = []): LexiconMatch<true> | undefined {
  for (const match of lex.subjectAnaphors.findAll(tokens, from, to)) {
    if (!opensClause(tokens, match.first, from, lex, dates) || isComplement(tokens, match, lex, from)) continue;
    if (beforeName) {
      let gap = match.end;
      while (gap < to && gap - match.end < 2 && tokens[gap]!.kind === 'word' && tokens[gap]!.text === tokens[gap]!.text.toLowerCase()) gap++;
      if (gap === to) continue;
    }
    return match;
  }
  return undefined;
}

/** 'Tesla rival BYD', 'Renault partner Nissan': a maker naming what the next one is to it. */
export function qualifiesNext(tokens: readonly Token[], brand: NamedMention, brands: readonly NamedMention[], lex: DealLexicons): boolean {
  const word = tokens[brand.end];
  return !!word && word.kind === 'word' && word.text === word.text.toLowerCase() && !lex.listJoiners.has(word.norm) && !lex.stopwords.has(word.norm) &&
    brands.some((b) => b.first === brand.end + 1);
}

function subjectOf(doc: Doc, sentence: Sentence, brands: readonly NamedMention[], lex: DealLexicons): NamedMention | undefined {
  const { tokens } = doc;
  for (const brand of brands) {
    if (isComplement(tokens, brand, lex, sentence.tokenStart) || qualifiesNext(tokens, brand, brands, lex)) continue;
    return anaphorBefore(tokens, sentence.tokenStart, brand.first, lex, true) ? undefined : brand;
  }
  return undefined;
}
