import type { Doc } from '../pipeline/document.js';
import { tokenSpan } from '../pipeline/document.js';
import { dealLexicons } from '../recognize/deal-lexicons.js';
import type { DateHit } from '../recognize/dates.js';
import type { Recognized } from '../recognize/index.js';
import { findNames } from '../recognize/names.js';
import type { Partnership, PartnershipKind } from '../schema.js';
import { fold } from '../text/fold.js';
import type { LinkContext } from './mentions.js';

/** When one sentence names several kinds of deal, the most specific one describes it. */
const KIND_PRIORITY: readonly PartnershipKind[] = [
  'joint_venture', 'acquisition', 'strategic_partnership', 'memorandum', 'investment', 'supply', 'licensing', 'agreement', 'collaboration', 'other',
];

/** Corporate words that make a capitalized run an organization rather than a person or a place. */
const CORPORATE_WORDS = new Set([
  'motors', 'motor', 'group', 'groupe', 'holding', 'holdings', 'auto', 'automotive', 'automobile', 'technology', 'technologies',
  'inc', 'ltd', 'co', 'ag', 'sa', 'kft', 'gmbh', 'plc', 'corp', 'corporation', 'center', 'centre', 'university', 'universite',
  'laboratory', 'laboratoire', 'lab', 'ministry', 'ministere', 'bank', 'fund', 'capital', 'industries', 'energy', 'mobility',
  'electric', 'distribution', 'international', 'systems', 'solutions', 'ventures', 'partners', 'investment', 'investments',
]);

function nearestDate(dates: readonly DateHit[], at: number): DateHit | undefined {
  let best: DateHit | undefined;
  let bestDistance = Infinity;
  for (const date of dates) {
    const d = date.first >= at ? date.first - at : at - date.end;
    if (d < bestDistance) {
      bestDistance = d;
      best = date;
    }
  }
  return best;
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

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

/** Deals named in a sentence: who (at least two parties), what kind, when, about what. */
export function linkPartnerships(doc: Doc, found: Recognized, context: LinkContext): Partnership[] {
  const lex = dealLexicons(doc.locale);
  const { tokens } = doc;
  const placeTokens = new Uint8Array(tokens.length);
  for (const hit of [...found.countries, ...found.regions, ...found.dates]) placeTokens.fill(1, hit.first, hit.end);
  const deals = new Deals();

  for (const sentence of doc.sentences) {
    const triggers = lex.partnerships.findAll(tokens, sentence.tokenStart, sentence.tokenEnd);
    if (triggers.length === 0) continue;
    const kind = KIND_PRIORITY.find((k) => triggers.some((t) => t.value === k)) ?? 'other';
    const trigger = triggers.find((t) => t.value === kind)!;
    const inSentence = context.actorsBySentence[sentence.index]!;
    const parties: string[] = [];
    let named = 0;
    const add = (name: string) => {
      const key = fold(name);
      if (!parties.some((p) => fold(p) === key)) parties.push(name);
    };
    for (const actor of inSentence) add(actor.name);
    named = parties.length;
    const covered = (first: number, end: number) => inSentence.some((a) => a.first < end && first < a.end);
    for (const name of findNames(doc, sentence, lex)) {
      if (covered(name.first, name.end)) continue;
      if (placeTokens[name.first] && placeTokens[name.end - 1]) continue;
      const words = tokens.slice(name.first, name.end);
      const afterConnector = lex.partyConnectors.matchEndingAt(tokens, name.first, 3, sentence.tokenStart) !== undefined ||
        (name.first >= 2 && lex.partyConnectors.matchEndingAt(tokens, name.first - 1, 2, sentence.tokenStart) !== undefined && tokens[name.first - 1]!.kind !== 'word');
      const corporate = words.some((w) => CORPORATE_WORDS.has(w.norm));
      // a lone lower-case head ('un centre de recherche') is a thing, not an institution
      const institution = name.headed && (name.end - name.first >= 2 || words[0]!.text !== words[0]!.norm);
      if (institution || corporate || (afterConnector && !placeTokens[name.first])) add(name.text);
    }
    // one maker named, or none: the deal is the article's maker's ('Signé ... avec le ministère ...')
    if (named < 2) {
      const previous = context.brandBeforeSentence[sentence.index];
      if (previous) add(previous.name);
    }
    if (parties.length < 2) continue;
    // 'presents the merger', 'cet accord': a deal already found, named again
    const namedAgain = lex.definiteArticles.matchEndingAt(tokens, trigger.first, 2, sentence.tokenStart) !== undefined;
    if (namedAgain && deals.hasKindWith(kind, parties)) continue;
    const partnership: Partnership = { parties, kind, span: tokenSpan(doc, sentence.tokenStart, sentence.tokenEnd) };
    const date = nearestDate(context.datesBySentence[sentence.index]!, trigger.first) ?? context.dateline;
    if (date) partnership.date = date.value;
    const scope = [...new Set(lex.scopes.findAll(tokens, sentence.tokenStart, sentence.tokenEnd).map((s) => s.value))];
    if (scope.length > 0) partnership.scope = scope;
    // the same parties again: one deal told twice ('leur accord' ... 'la création d'une coentreprise');
    // the more specific kind wins, with its date
    const same = deals.sharingTwo(parties);
    if (same >= 0) {
      const told = deals.list[same]!;
      if (KIND_PRIORITY.indexOf(kind) < KIND_PRIORITY.indexOf(told.kind)) deals.replace(same, { ...partnership, parties: union(told.parties, parties) });
      continue;
    }
    deals.add(partnership);
  }
  return deals.list;
}
