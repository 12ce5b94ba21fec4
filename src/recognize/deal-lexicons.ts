import type { Locale } from '../locales/types.js';
import type { PartnershipKind } from '../schema.js';
import { Lexicon } from './lexicon.js';

/** The deal tables of one locale as matchers, built once per locale on first use. */
export interface DealLexicons {
  partnerships: Lexicon<PartnershipKind>;
  launches: Lexicon<'launch' | 'market_entry'>;
  partyConnectors: Lexicon<true>;
  modelCues: Lexicon<true>;
  organizationHeads: Lexicon<true>;
  nameConnectors: ReadonlySet<string>;
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
    launches: new Lexicon(d.launchTriggers),
    partyConnectors: Lexicon.ofWords(d.partyConnectors),
    modelCues: Lexicon.ofWords(d.modelCues),
    organizationHeads: Lexicon.ofWords(d.organizationHeads),
    nameConnectors: new Set(d.nameConnectors),
    scopes: new Lexicon(d.scopeTopics),
    definiteArticles: Lexicon.ofWords(d.definiteArticles),
    stopwords: new Set(locale.stopwords),
  };
  cache.set(locale, lexicons);
  return lexicons;
}
