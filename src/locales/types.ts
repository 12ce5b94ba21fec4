import type { ChangeBasis, DateModifier, Metric, PartnershipKind, Qualifier } from '../schema.js';

/**
 * Everything the engine knows about one language. The engine reads these tables and holds no
 * language-specific words of its own: adding a language means adding a folder beside fr/ and en/.
 * Phrases are matched on folded tokens (lower case, accents removed), so write them as they appear.
 */
export interface Locale {
  /** ISO 639-1, the `language` of the result. */
  code: 'fr' | 'en';
  /** ISO 639-3 as franc reports it. */
  iso6393: string;
  /** Frequent function words, used to tell the language of short texts. */
  stopwords: readonly string[];
  /** Tokens followed by '.' that do not end a sentence ('M', 'Mr', 'No', 'Co', 'Inc'). */
  abbreviations: readonly string[];
  numbers: NumberVocabulary;
  dates: DateVocabulary;
  figures: FigureVocabulary;
  deals: DealVocabulary;
  countries: readonly CountryNames[];
  regions: readonly RegionNames[];
}

export interface NumberVocabulary {
  /** Decimal separator of the language: ',' in French, '.' in English. */
  decimalSeparator: ',' | '.';
  /** Number words and their values: 'cinq' 5, 'vingt' 20, 'cent' 100, 'five' 5, 'hundred' 100. */
  words: Readonly<Record<string, number>>;
  /** Scale words multiplying what precedes: 'million(s)' 1e6, 'milliard(s)' 1e9, 'bn' 1e9, 'k' 1e3. */
  scales: Readonly<Record<string, number>>;
  /** Fractions that stand for a number with a scale: 'demi' 0.5, 'half' 0.5, 'quarter' 0.25. */
  fractions: Readonly<Record<string, number>>;
  /** Words joining number words: 'et' (vingt et un), 'and' (one hundred and five). */
  joiners: readonly string[];
  /** Words between a scale and its noun: 'de', "d'" (5 millions d'unités), 'of'. */
  scaleJoiners: readonly string[];
  /** Words between the bounds of a range of numbers: 'à', 'et', 'to', 'and'. */
  rangeConnectors: readonly string[];
  /** Ordinal scales of milestones: 'millionième' 1e6 (le 5-millionième véhicule), 'millionth' 1e6. */
  milestones: Readonly<Record<string, number>>;
}

export interface DateVocabulary {
  /** Month names and abbreviations -> 1..12. */
  months: Readonly<Record<string, number>>;
  /** Weekday names (skipped before a day number). */
  weekdays: readonly string[];
  /** Ordinal words -> n: 'premier' 1, 'first' 1, 'troisième' 3, 'third' 3. */
  ordinals: Readonly<Record<string, number>>;
  /** Words for quarter and half-year: 'trimestre', 'quarter'; 'semestre', 'half'. */
  quarterWords: readonly string[];
  halfWords: readonly string[];
  /** Abbreviation letters before a digit: 'T'/'Q' for quarters, 'S'/'H' for halves. */
  quarterLetters: readonly string[];
  halfLetters: readonly string[];
  /** Words before a date that give it a modifier: 'fin' end, 'début' start, 'mi' mid, 'depuis' since. */
  modifiers: Readonly<Record<string, DateModifier>>;
  /** Range connectors: 'à', 'au', 'to', 'through', '-'. */
  rangeWords: readonly string[];
  /** Relative expressions as phrases resolved against the reference date. */
  relative: readonly RelativeDatePhrase[];
}

export interface RelativeDatePhrase {
  phrase: string;
  unit: 'day' | 'week' | 'month' | 'year';
  /** Offset from the reference: -1 last, 0 this, +1 next. */
  offset: number;
  modifier?: DateModifier;
}

export interface FigureVocabulary {
  /** Nouns after a number that make it vehicles / persons / other counted things. */
  vehicleNouns: readonly string[];
  personNouns: readonly string[];
  /** Other counted nouns ('concessions', 'dealers', 'countries'): unit 'count'. */
  countNouns: readonly string[];
  /** Nouns that make a number not a figure at all: durations, ages ('ans', 'years', 'heures'). */
  durationNouns: readonly string[];
  /** Currency words and symbols -> ISO 4217 ('euros' EUR, 'yuan' CNY, '€' EUR, 'US$' USD). */
  currencies: Readonly<Record<string, string>>;
  /** Words for percent and percentage points. */
  percentWords: readonly string[];
  percentagePointWords: readonly string[];
  /** Energy, power and distance units -> multiplier to kWh / kW / km. */
  energyUnits: Readonly<Record<string, number>>;
  powerUnits: Readonly<Record<string, number>>;
  distanceUnits: Readonly<Record<string, number>>;
  /** Keywords (stems allowed with a trailing '*') -> metric. */
  metricKeywords: Readonly<Record<string, Metric>>;
  /** Direction words: +1 rise, -1 fall ('hausse', 'recul', 'up', 'fell'). Stems with '*'. */
  directionWords: Readonly<Record<string, 1 | -1>>;
  /** Phrases giving the basis of a change ('en glissement annuel' year_over_year). */
  changeBases: Readonly<Record<string, ChangeBasis>>;
  /** Hedges before a number ('plus de' more_than, 'environ' approximately). */
  qualifiers: Readonly<Record<string, Qualifier>>;
  /** Words that make a figure market-wide (no subject): 'marché', 'market', 'industry'. */
  marketWords: readonly string[];
  /** Anaphors that refer back to the last named organization: 'le groupe', 'the company', 'its'. */
  anaphors: readonly string[];
  /** Words before a number that make it a rank, version or identifier: 'phase', 'No', 'Top', 'version'. */
  nonFigureCues: readonly string[];
  /** Words that introduce the comparison base of a change ('contre', 'than', 'compared with'). */
  comparisonWords: readonly string[];
  /** Between a direction word and a number, these make the number the level reached ('tombe à 0,58 %', 'fell to'). */
  levelMarkers: readonly string[];
  /** Before a percentage, these make it a change even far from the verb ('Spain by 16.4%'). */
  changePrepositions: readonly string[];
  /** Articles skipped between a hedge and its number ('dépassait les 16,7 millions', 'over the 5,000'). */
  determiners: readonly string[];
  /** Words that open a new clause without punctuation ('tandis que', 'while', 'whereas'). */
  clauseOpeners: readonly string[];
}

export interface DealVocabulary {
  /** Phrases naming a deal -> its kind ('partenariat stratégique', 'joint venture', 'protocole d'accord'). */
  partnershipTriggers: Readonly<Record<string, PartnershipKind>>;
  /** Phrases of a launch or market entry ('a lancé' launch, 'entrera sur le marché' market_entry). */
  launchTriggers: Readonly<Record<string, 'launch' | 'market_entry'>>;
  /** Words that introduce the other party ('avec', 'with', 'and'). */
  partyConnectors: readonly string[];
  /** Words after which a capitalized word names a model ('modèle', 'model', 'SUV'). */
  modelCues: readonly string[];
  /** Nouns that head an organization's name even in lower case ('université', 'ministère', 'government'). */
  organizationHeads: readonly string[];
  /** Lower-case words allowed inside a name ('de', 'of', 'et', 'and', 'du'). */
  nameConnectors: readonly string[];
  /** Topics of a deal -> short English scope label ('R&D', 'distribution', 'batteries'). */
  scopeTopics: Readonly<Record<string, string>>;
}

/** One country as a language names it. */
export interface CountryNames {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Names and aliases: 'Royaume-Uni', 'UK', 'Grande-Bretagne'. */
  names: readonly string[];
  /** Adjectives and demonyms in every gender and number: 'panaméen', 'panaméenne', 'panaméens'. */
  adjectives: readonly string[];
  /**
   * The name is also a person's name or a US state (Georgia, Jordan, Chad): matched only with a
   * country cue before it (see recognize/countries).
   */
  ambiguous?: boolean;
}

export interface RegionNames {
  /** Canonical English name: 'Europe', 'Southeast Asia', 'Latin America'. */
  name: string;
  names: readonly string[];
}
