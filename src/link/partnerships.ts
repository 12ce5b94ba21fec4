import type { Doc } from '../pipeline/document.js';
import { tokenSpan } from '../pipeline/document.js';
import { dealLexicons, type DealLexicons } from '../recognize/deal-lexicons.js';
import type { DateHit } from '../recognize/dates.js';
import type { Recognized } from '../recognize/index.js';
import { findNames } from '../recognize/names.js';
import type { Partnership, PartnershipKind } from '../schema.js';
import type { LexiconMatch } from '../recognize/lexicon.js';
import type { Token } from '../pipeline/tokenize.js';
import type { Sentence } from '../pipeline/segment.js';
import { fold } from '../text/fold.js';
import { anaphorBefore, nearestDate, subjectTopics } from './deal-sentence.js';
import type { LinkContext, NamedMention } from './mentions.js';

/** Kinds of deal from the most specific to the least. */
const KIND_PRIORITY: readonly PartnershipKind[] = [
  'joint_venture', 'acquisition', 'investment', 'strategic_partnership', 'memorandum', 'supply', 'licensing', 'agreement', 'collaboration', 'other',
];

/**
 * Kinds that describe a deal in general words: another kind between the same parties is the same deal
 * told more precisely. Two precise kinds (a joint venture, then a stake) are two deals.
 */
const GENERAL_KINDS: ReadonlySet<PartnershipKind> = new Set(['strategic_partnership', 'memorandum', 'agreement', 'collaboration', 'other']);

/** Corporate words that make a capitalized run an organization rather than a person or a place. */
const CORPORATE_WORDS = new Set([
  'motors', 'motor', 'group', 'groupe', 'holding', 'holdings', 'company', 'compagnie', 'auto', 'automotive', 'automobile', 'technology', 'technologies',
  'inc', 'ltd', 'co', 'ag', 'sa', 'kft', 'gmbh', 'plc', 'corp', 'corporation', 'center', 'centre', 'university', 'universite',
  'laboratory', 'laboratoire', 'lab', 'ministry', 'ministere', 'bank', 'fund', 'capital', 'industries', 'energy', 'mobility',
  'electric', 'distribution', 'international', 'systems', 'solutions', 'ventures', 'partners', 'investment', 'investments',
]);

/** How many sentences after a deal 'cet accord', with no party named, still refers to it. */
const RECENT_SENTENCES = 2;
/** Tokens an object trigger may stand from its object ('a former GM factory it bought', 'a repris l'ancienne usine'). */
const OBJECT_REACH = 6;
/** Tokens after a stake's percentage that may show it is a market share ('46% of that segment'). */
const SHARE_REACH = 6;

const paragraphDates = new WeakMap<LinkContext, (DateHit | undefined)[]>();

/** The last day or month the paragraph named before a sentence: when an undated deal sentence happened. */
function earlierInParagraph(doc: Doc, context: LinkContext, sentence: Sentence): DateHit | undefined {
  // one pass for the whole document: a walk back from each deal sentence is quadratic in a long paragraph without dates
  let before = paragraphDates.get(context);
  if (!before) {
    before = [];
    let last: DateHit | undefined;
    for (const s of doc.sentences) {
      if (s.paragraphStart) last = undefined;
      before.push(last);
      // a day or a month, not a period a figure covers ('au premier semestre', 'for the first half')
      const dates = context.datesBySentence[s.index]!.filter((d) => !d.dateline && !d.comparison && !d.endValue && !d.modifier && /^\d{4}-\d{2}/.test(d.value));
      if (dates.length > 0) last = dates[dates.length - 1];
    }
    paragraphDates.set(context, before);
  }
  return before[sentence.index];
}

/** A noun right after a name makes it a qualifier, not a company: 'bought Xiaomi shares', 'bought Tesla Model 3s'. */
function qualifiesNoun(tokens: readonly Token[], at: number, limit: number, lex: DealLexicons): boolean {
  if (at >= limit) return false;
  const next = tokens[at]!;
  if (lex.modelNouns.matchAt(tokens, at, limit)) return true;
  return next.kind === 'word' && next.text === next.text.toLowerCase() && !lex.stopwords.has(next.norm);
}

/**
 * A verb that names a deal only beside what is bought or held: a seller right after it ('bought from',
 * 'racheté à'), or a deal object near it ('a former GM factory it bought', 'détient 49,9 %') that is
 * not a market share ('held 46% of that segment').
 */
function objectTrigger(tokens: readonly Token[], sentence: Sentence, lex: DealLexicons, actors: readonly NamedMention[]): LexiconMatch<PartnershipKind> | undefined {
  const { tokenStart, tokenEnd } = sentence;
  for (const verb of lex.objectTriggers.findAll(tokens, tokenStart, tokenEnd)) {
    // 'state-owned', 'family-held': an adjective, not a verb
    if (verb.first > tokenStart && tokens[verb.first - 1]!.text === '-' && !tokens[verb.first]!.spaceBefore) continue;
    if (lex.sellerMarkers.matchAt(tokens, verb.end, tokenEnd)) return verb;
    const from = Math.max(tokenStart, verb.first - OBJECT_REACH);
    const to = Math.min(tokenEnd, verb.end + OBJECT_REACH);
    // a company bought: 'Geely bought Volvo Cars from Ford', 'a acheté Opel'
    if (verb.value === 'acquisition') {
      const object = verb.end < tokenEnd && lex.stopwords.has(tokens[verb.end]!.norm) ? verb.end + 1 : verb.end;
      const bought = actors.find((a) => a.first === object);
      if (bought && !qualifiesNoun(tokens, bought.end, tokenEnd, lex)) return verb;
    }
    for (let i = from; i < to; i++) {
      const object = lex.dealObjects.matchAt(tokens, i, to);
      if (!object) continue;
      if (object.value !== verb.value) {
        i = object.end - 1;
        continue;
      }
      let share = false;
      for (let j = object.end; j < Math.min(tokenEnd, object.end + SHARE_REACH) && !share; j++) share = lex.notStakes.matchAt(tokens, j, tokenEnd) !== undefined;
      if (!share) return verb;
      i = object.end - 1;
    }
  }
  return undefined;
}

/** Makers named as products, not parties: 'builds Haval and Ora models', 'Omoda SUVs'. */
function productMentions(tokens: readonly Token[], actors: readonly NamedMention[], lex: DealLexicons, limit: number): Set<NamedMention> {
  const products = new Set<NamedMention>();
  for (let a = actors.length - 1; a >= 0; a--) {
    const actor = actors[a]!;
    if (!actor.isBrand) continue;
    const next = actors[a + 1];
    const listed = next && products.has(next) && next.first - actor.end === 1 && (lex.listJoiners.has(tokens[actor.end]!.norm) || tokens[actor.end]!.text === ',');
    if (listed || lex.modelNouns.matchAt(tokens, actor.end, limit)) products.add(actor);
  }
  return products;
}

/**
 * The deals found so far, indexed by pair of parties and by kind and party, so that each sentence
 * looks up its own parties instead of scanning every deal before it (quadratic in long text).
 */
class Deals {
  readonly list: Partnership[] = [];
  /** The first deal naming both parties of a pair. */
  private readonly byPair = new Map<string, number>();
  /** How many deals of a kind name a party. */
  private readonly byKindAndParty = new Map<string, number>();
  /** The last deal naming a party, by folded name. */
  private readonly lastByParty = new Map<string, number>();

  /** A deal of this kind naming one of these parties. */
  hasKindWith(kind: PartnershipKind, parties: readonly string[]): boolean {
    return parties.some((party) => (this.byKindAndParty.get(`${kind}\u0000${party}`) ?? 0) > 0);
  }

  /** The first deal naming two of these parties, or -1. */
  sharingTwo(parties: readonly string[]): number {
    let first = -1;
    for (let a = 0; a < parties.length; a++) {
      for (let b = a + 1; b < parties.length; b++) {
        const index = this.byPair.get(pairKey(parties[a]!, parties[b]!));
        if (index !== undefined && (first < 0 || index < first)) first = index;
      }
    }
    return first;
  }

  /** The last deal naming this party, or -1. */
  latestWith(party: string): number {
    return this.lastByParty.get(fold(party)) ?? -1;
  }

  add(deal: Partnership): void {
    this.list.push(deal);
    this.note(deal, this.list.length - 1, 1);
  }

  replace(index: number, deal: Partnership): void {
    this.note(this.list[index]!, index, -1);
    this.list[index] = deal;
    this.note(deal, index, 1);
  }

  private note(deal: Partnership, index: number, count: 1 | -1): void {
    const { parties, kind } = deal;
    if (count > 0) for (const party of parties) this.lastByParty.set(fold(party), Math.max(index, this.lastByParty.get(fold(party)) ?? -1));
    for (const party of parties) {
      const key = `${kind}\u0000${party}`;
      this.byKindAndParty.set(key, (this.byKindAndParty.get(key) ?? 0) + count);
    }
    if (count < 0) return; // a replaced deal keeps all its parties: its pairs stay
    for (let a = 0; a < parties.length; a++) {
      for (let b = a + 1; b < parties.length; b++) {
        const key = pairKey(parties[a]!, parties[b]!);
        const known = this.byPair.get(key);
        if (known === undefined || index < known) this.byPair.set(key, index);
      }
    }
  }
}

const pairKey = (a: string, b: string) => JSON.stringify(a < b ? [a, b] : [b, a]);

/** Words that may stand between a definite article and the deal it names: 'the 50:50 joint venture', 'the planned merger'. */
const ARTICLE_REACH = 4;

/** The deal named as one the reader knows: 'cet accord', 'the merger', 'the 50:50 joint venture'. */
function namedAsKnown(tokens: readonly Token[], trigger: LexiconMatch<PartnershipKind>, sentence: Sentence, lex: DealLexicons): boolean {
  for (let at = trigger.first - 1; at >= Math.max(sentence.tokenStart, trigger.first - ARTICLE_REACH); at--) {
    const token = tokens[at]!;
    // numbers, punctuation inside them, lower-case modifiers; a name or a verb ends the look-back
    if (lex.definiteArticles.matchAt(tokens, at, trigger.first)) return true;
    if (token.kind === 'word' && (token.text !== token.norm || lex.stopwords.has(token.norm))) return false;
  }
  return false;
}

/** Sentences looked back over for the two makers 'the two companies' stands for. */
const PAIR_REACH = 3;

/** The makers and organizations named last before sentence `index`, nearest first, distinct, at most two. */
function namedBefore(context: LinkContext, index: number): string[] {
  const names: string[] = [];
  for (let s = index - 1; s >= Math.max(0, index - PAIR_REACH) && names.length < 2; s--) {
    const actors = context.actorsBySentence[s]!;
    for (let a = actors.length - 1; a >= 0 && names.length < 2; a--) if (!names.includes(actors[a]!.name)) names.push(actors[a]!.name);
  }
  return names;
}

/** Who a sentence names as possible deal parties: its makers and organizations, and the topic its anaphoric subject stands for. */
function partiesOf(doc: Doc, sentence: Sentence, context: LinkContext, lex: DealLexicons): string[] {
  const actors = context.actorsBySentence[sentence.index]!;
  const names = [...new Set(actors.map((a) => a.name))];
  const firstName = actors[0]?.first ?? sentence.tokenEnd;
  if (anaphorBefore(doc.tokens, sentence.tokenStart, firstName, lex, actors.length > 0)) {
    const topic = subjectTopics(doc, context)[sentence.index];
    if (topic && !names.includes(topic.name)) names.unshift(topic.name);
  }
  return names;
}

/** Deals named in a sentence: who (at least two parties), what kind, when, about what. */
export function linkPartnerships(doc: Doc, found: Recognized, context: LinkContext): Partnership[] {
  const lex = dealLexicons(doc.locale);
  const { tokens } = doc;
  const placeTokens = new Uint8Array(tokens.length);
  for (const hit of [...found.countries, ...found.regions, ...found.dates]) placeTokens.fill(1, hit.first, hit.end);
  const deals = new Deals();
  /** Deals whose date is not from their own sentence: a later sentence that dates them wins. */
  const undated = new Set<Partnership>();
  let lastDealSentence = -Infinity;

  for (const sentence of doc.sentences) {
    let triggers = lex.partnerships.findAll(tokens, sentence.tokenStart, sentence.tokenEnd);
    const actors = context.actorsBySentence[sentence.index]!;
    if (triggers.length === 0) {
      const verb = objectTrigger(tokens, sentence, lex, actors);
      if (!verb) continue;
      triggers = [verb];
    }
    // when one sentence names several kinds of deal, the most specific one describes it
    const kind = KIND_PRIORITY.find((k) => triggers.some((t) => t.value === k)) ?? 'other';
    const trigger = triggers.find((t) => t.value === kind)!;
    const products = productMentions(tokens, actors, lex, sentence.tokenEnd);
    // 'JSW MG Motor India, the joint venture between China's SAIC Motor and JSW Group': those after 'between'
    const between = lex.betweenWords.matchAt(tokens, trigger.end, sentence.tokenEnd);
    const names = findNames(doc, sentence, lex);
    const afterBetween = between ? [...actors.filter((a) => !products.has(a)), ...names].filter((n) => n.first >= between.end) : [];
    const from = new Set(afterBetween.map((n) => n.first)).size >= 2 ? between!.end : sentence.tokenStart;
    const inSentence = actors.filter((a) => !products.has(a) && a.first >= from);
    const parties: string[] = [];
    const add = (name: string) => {
      const key = fold(name);
      if (!parties.some((p) => fold(p) === key)) parties.push(name);
    };
    for (const actor of inSentence) add(actor.name);
    const named = parties.length;
    const covered = (first: number, end: number) => actors.some((a) => a.first < end && first < a.end);
    for (const name of names) {
      if (name.first < from || covered(name.first, name.end)) continue;
      if (placeTokens[name.first] && placeTokens[name.end - 1]) continue;
      const words = tokens.slice(name.first, name.end);
      const afterConnector = lex.partyConnectors.matchEndingAt(tokens, name.first, 3, sentence.tokenStart) !== undefined ||
        (name.first >= 2 && lex.partyConnectors.matchEndingAt(tokens, name.first - 1, 2, sentence.tokenStart) !== undefined && tokens[name.first - 1]!.kind !== 'word');
      // a corporate word in a name ('Sime Darby Motors'), not alone ('the sovereign wealth fund')
      const corporate = words.some((w) => CORPORATE_WORDS.has(w.norm)) && words.some((w) => w.kind === 'word' && w.text !== w.text.toLowerCase());
      // a lone lower-case head ('un centre de recherche') is a thing, not an institution
      const institution = name.headed && (name.end - name.first >= 2 || words[0]!.text !== words[0]!.norm);
      if (institution || corporate || (afterConnector && !placeTokens[name.first])) add(name.text);
    }
    // one maker named, or none, or an anaphor for subject: the deal is the article's maker's too
    // ('Signé ... avec le ministère ...', 'it bought', 'Il s'appuie sur CATL ... et sur Huawei')
    const anaphoric = inSentence.length > 0 && anaphorBefore(tokens, sentence.tokenStart, inSentence[0]!.first, lex, true) !== undefined;
    if ((named < 2 || anaphoric) && from === sentence.tokenStart) {
      const topic = subjectTopics(doc, context)[sentence.index];
      if (topic) add(topic.name);
    }
    // 'The two companies signed a memorandum': the two makers named last
    if (parties.length < 2 && lex.pairAnaphors.findAll(tokens, sentence.tokenStart, sentence.tokenEnd).length > 0) {
      for (const name of namedBefore(context, sentence.index)) if (parties.length < 2) add(name);
    }
    const own = nearestDate(tokens, context.datesBySentence[sentence.index]!, trigger.first);
    if (parties.length < 2) {
      // a deal found before, named again with one party or none: 'Cet accord prévoit la création d'une
      // coentreprise' tells its kind, 'When the partnership was first announced on June 25' its date
      const refersBack = triggers.some((t) => namedAsKnown(tokens, t, sentence, lex));
      // a deal the sentence before told without naming it: 'Stellantis and CATL will invest €4.1bn
      // in a plant. The 50:50 joint venture ...'
      const before = refersBack && sentence.index > 0 ? partiesOf(doc, doc.sentences[sentence.index - 1]!, context, lex) : [];
      if (before.length >= 2 && parties.every((p) => before.includes(p)) && deals.sharingTwo(before) < 0) {
        const scope = [...new Set(lex.scopes.findAll(tokens, sentence.tokenStart, sentence.tokenEnd).map((s) => s.value))];
        record(kind, trigger, before, scope, sentence, doc.sentences[sentence.index - 1]!);
        lastDealSentence = sentence.index;
        continue;
      }
      const recent = sentence.index - lastDealSentence <= RECENT_SENTENCES;
      const index = !refersBack ? -1 : parties.length === 1 ? deals.latestWith(parties[0]!) : recent ? deals.list.length - 1 : -1;
      const told = index >= 0 ? deals.list[index]! : undefined;
      if (told) {
        let updated = told;
        if (KIND_PRIORITY.indexOf(kind) < KIND_PRIORITY.indexOf(told.kind) && GENERAL_KINDS.has(told.kind)) updated = { ...updated, kind };
        if (own && !own.dateline && !own.modifier && undated.has(told)) updated = { ...updated, date: own.value };
        if (updated !== told) {
          if (undated.delete(told) && updated.date === told.date) undated.add(updated);
          deals.replace(index, updated);
        }
      }
      continue;
    }
    const scope = [...new Set(lex.scopes.findAll(tokens, sentence.tokenStart, sentence.tokenEnd).map((s) => s.value))];
    record(kind, trigger, parties, scope, sentence);
    lastDealSentence = sentence.index;
  }

  /** One deal of a sentence: new, or the same parties' deal told again. */
  function record(kind: PartnershipKind, trigger: LexiconMatch<PartnershipKind>, parties: string[], scope: string[], sentence: Sentence, partiesSentence = sentence): void {
    // 'presents the merger', 'cet accord': a deal already found, named again
    const namedAgain = namedAsKnown(tokens, trigger, sentence, lex);
    // unless what follows defines it ('the venture that is 51% owned by Stellantis and 49% by Leapmotor')
    if (namedAgain && deals.hasKindWith(kind, parties) && !lex.dealDefiners.matchAt(tokens, trigger.end, sentence.tokenEnd)) return;
    // parties from the sentence before: its date is the announcement's, the deal's own sentence looks ahead ('is due to start by the end of 2026')
    const own = partiesSentence === sentence
      ? nearestDate(tokens, context.datesBySentence[sentence.index]!, trigger.first)
      : context.datesBySentence[partiesSentence.index]!.find((d) => !d.modifier && !d.endValue) ?? nearestDate(tokens, context.datesBySentence[sentence.index]!, trigger.first);
    const partnership: Partnership = { parties, kind, span: tokenSpan(doc, sentence.tokenStart, sentence.tokenEnd) };
    const date = own ?? earlierInParagraph(doc, context, sentence) ?? context.dateline;
    if (date) partnership.date = date.value;
    if (scope.length > 0) partnership.scope = scope;
    // the same parties again: one deal told twice ('leur accord' ... 'la création d'une coentreprise');
    // the more specific kind wins, with its date. Two precise kinds are two deals ('a joint venture' ... 'a 21% stake').
    const same = deals.sharingTwo(parties);
    const told = same >= 0 ? deals.list[same]! : undefined;
    if (told && (told.kind === kind || GENERAL_KINDS.has(kind) || GENERAL_KINDS.has(told.kind))) {
      const ownDate = own && !own.dateline ? own.value : undefined;
      if (KIND_PRIORITY.indexOf(kind) < KIND_PRIORITY.indexOf(told.kind)) {
        const merged: Partnership = { ...partnership };
        if (!ownDate) {
          if (told.date) merged.date = told.date;
          else delete merged.date;
        }
        if (!ownDate && undated.has(told)) undated.add(merged);
        undated.delete(told);
        deals.replace(same, merged);
      } else if (ownDate && undated.has(told)) {
        const dated = { ...told, date: ownDate };
        undated.delete(told);
        deals.replace(same, dated);
      }
      return;
    }
    if (!own || own.dateline) undated.add(partnership);
    deals.add(partnership);
  }
  return deals.list;
}
