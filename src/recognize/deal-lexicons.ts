import type { Locale } from '../locales/types.js';
import type { PartnershipKind } from '../schema.js';
import { fold } from '../text/fold.js';
import { Lexicon } from './lexicon.js';

/** The deal tables of one locale as matchers, built once per locale on first use. */
export interface DealLexicons {
  partnerships: Lexicon<PartnershipKind>;
  objectTriggers: Lexicon<PartnershipKind>;
  dealObjects: Lexicon<PartnershipKind>;
  sellerMarkers: Lexicon<true>;
  notStakes: Lexicon<true>;
  launches: Lexicon<'launch' | 'market_entry'>;
  notLaunched: Lexicon<true>;
  partyConnectors: Lexicon<true>;
  modelCues: Lexicon<true>;
  modelNouns: Lexicon<true>;
  brandNouns: Lexicon<true>;
  subjectAnaphors: Lexicon<true>;
  pairAnaphors: Lexicon<true>;
  dealDefiners: Lexicon<true>;
  betweenWords: Lexicon<true>;
  complementMarkers: Lexicon<true>;
  genitiveMarkers: Lexicon<true>;
  countryExclusions: Lexicon<true>;
  countryAnaphors: Lexicon<true>;
  placeRelatives: Lexicon<true>;
  organizationHeads: Lexicon<true>;
  genericHeads: Lexicon<true>;
  adjectiveAfterHead: boolean;
  nameConnectors: ReadonlySet<string>;
  /** Words joining names in a list ('et', 'and'), from the locale's brand context. */
  listJoiners: ReadonlySet<string>;
  scopes: Lexicon<string>;
  definiteArticles: Lexicon<true>;
  stopwords: ReadonlySet<string>;
}

const cache = new WeakMap<Locale, DealLexicons>();

export function dealLexicons(locale: Locale): DealLexicons {
  let lexicons = cache.get(locale);
  if (lexicons) return lexicons;
  const d = locale.deals;
  lexicons = {
    partnerships: new Lexicon(d.partnershipTriggers),
    objectTriggers: new Lexicon(d.objectTriggers),
    dealObjects: new Lexicon(d.dealObjects),
    sellerMarkers: Lexicon.ofWords(d.sellerMarkers),
    notStakes: Lexicon.ofWords(d.notStakes),
    launches: new Lexicon(d.launchTriggers),
    notLaunched: Lexicon.ofWords(d.notLaunched),
    partyConnectors: Lexicon.ofWords(d.partyConnectors),
    modelCues: Lexicon.ofWords(d.modelCues),
    modelNouns: Lexicon.ofWords(d.modelNouns),
    brandNouns: Lexicon.ofWords(d.brandNouns),
    subjectAnaphors: Lexicon.ofWords(d.subjectAnaphors),
    pairAnaphors: Lexicon.ofWords(d.pairAnaphors),
    dealDefiners: Lexicon.ofWords(d.dealDefiners),
    betweenWords: Lexicon.ofWords(d.betweenWords),
    complementMarkers: Lexicon.ofWords(d.complementMarkers),
    genitiveMarkers: Lexicon.ofWords(d.genitiveMarkers),
    countryExclusions: Lexicon.ofWords(d.countryExclusions),
    countryAnaphors: Lexicon.ofWords(d.countryAnaphors),
    placeRelatives: Lexicon.ofWords(d.placeRelatives),
    organizationHeads: Lexicon.ofWords(d.organizationHeads),
    genericHeads: Lexicon.ofWords(d.genericHeads),
    adjectiveAfterHead: d.adjectiveAfterHead,
    nameConnectors: new Set(d.nameConnectors),
    listJoiners: new Set(locale.brandContext.listJoiners.map(fold)),
    scopes: new Lexicon(d.scopeTopics),
    definiteArticles: Lexicon.ofWords(d.definiteArticles),
    stopwords: new Set(locale.stopwords),
  };
  cache.set(locale, lexicons);
  return lexicons;
}
