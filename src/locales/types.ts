import type { CountryContext } from '../gazetteers/countries.js';
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
  /**
   * Frequent words no neighbouring language shares (not Spanish, Italian, Portuguese, German, Dutch,
   * nor the other locale): enough of them decide the language without trigrams.
   */
  distinctiveWords: readonly string[];
  /** Letters the language writes and the other locales do not ('é', 'ç'): they tell a short text's language. Empty for English. */
  characteristicLetters: string;
  /** Tokens followed by '.' that do not end a sentence ('M', 'Mr', 'No', 'Co', 'Inc'). */
  abbreviations: readonly string[];
  numbers: NumberVocabulary;
  dates: DateVocabulary;
  figures: FigureVocabulary;
  deals: DealVocabulary;
  /** Words that show an ambiguous brand name (Smart, Mini, Seat) names the maker. */
  brandContext: BrandContextWords;
  countries: readonly CountryNames[];
  /** Words that decide whether an ambiguous name is a country (Georgia the state, Jordan the surname). */
  countryContext: CountryContext;
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
  /** Nouns of a round, approximate count after 'une' / 'a': 'une centaine de pays' (about 100), 'un millier de salariés'. */
  approximateCounts: Readonly<Record<string, number>>;
}

export interface DateVocabulary {
  /** Month names and abbreviations -> 1..12. */
  months: Readonly<Record<string, number>>;
  /**
   * Month words that are also common words, and how much context they need to count as months:
   * 'cue' (a day, a year or a date word beside them: 'May', 'March', 'mars'), 'day-or-year'
   * (a day or a year beside them: 'sept' is also seven, 'Jan' also a name).
   */
  ambiguousMonths: Readonly<Record<string, 'cue' | 'day-or-year'>>;
  /** Month and weekday names are capitalized in running text (English): a lower-case 'may' is never a month. */
  capitalizedNames: boolean;
  /** 'June 12' is a date (English); French only writes '12 juin'. */
  monthBeforeDay: boolean;
  /** Order of an all-numeric date whose first two fields could both be a day or a month: 12/06/2025. */
  numericOrder: 'dmy' | 'mdy';
  /** Weekday names -> 0 (Sunday) .. 6 (Saturday). */
  weekdays: Readonly<Record<string, number>>;
  /** Ordinal words -> n: 'premier' 1, 'first' 1, 'troisième' 3, 'third' 3. */
  ordinals: Readonly<Record<string, number>>;
  /** Suffixes that make a number an ordinal: '1er', '3e', '12th', '2nd'. */
  ordinalSuffixes: readonly string[];
  /** 'dernier', 'last', 'final': the fourth quarter or second half of a year the text names. */
  lastOrdinals: readonly string[];
  /** Words for quarter (plural too: 'the first three quarters') and half-year: 'trimestre', 'quarter'; 'semestre', 'half'. */
  quarterWords: readonly string[];
  halfWords: readonly string[];
  /** Abbreviation letters before a digit: 'T'/'Q' for quarters, 'S'/'H' for halves. */
  quarterLetters: readonly string[];
  halfLetters: readonly string[];
  /** Words for months and 'first' in 'les cinq premiers mois', 'the first five months'. */
  monthWords: readonly string[];
  firstWords: readonly string[];
  /** Fiscal-year prefix glued to or before a year: 'FY' (FY25, FY 2025). */
  fiscalPrefixes: readonly string[];
  /** Phrases naming the fiscal year, whose end date, when given, sets when fiscal years end: 'financial year ended 31 March'. */
  fiscalYearPhrases: readonly string[];
  /**
   * A period counted back from the month that ends it: `yearWords` (twelve months) or a count and
   * a month word, then one of `periodEndWords`, then the month: 'the year to March 2025',
   * 'the nine months to September', "l'exercice clos fin mars 2025", 'les neuf mois à fin septembre'.
   */
  yearWords: readonly string[];
  periodEndWords: readonly string[];
  /** Phrases before a date that give it a modifier: 'fin' end, 'début de' start, 'mi' mid, 'depuis' since, "d'ici" until. */
  modifiers: Readonly<Record<string, DateModifier>>;
  /** Articles that may stand between modifiers and the date: 'la' (d'ici la fin de), 'the'. */
  articles: readonly string[];
  /** Prepositions that introduce a date without changing it: 'en', 'in', 'during'. */
  prepositions: readonly string[];
  /** Words opening a range: 'de', 'du', 'from'; and those after which 'et' / 'and' closes it: 'entre', 'between'. */
  rangeOpeners: readonly string[];
  betweenWords: readonly string[];
  /** Range connectors: 'à', 'au', 'to', 'through', '-'; and the 'and' of 'entre janvier et avril'. */
  rangeWords: readonly string[];
  andWords: readonly string[];
  /** Words between a period and its year: 'de' (mai de cette année), 'of' (fourth quarter of 2025). */
  yearJoiners: readonly string[];
  /** Words between a day and its month: 'of' (the 5th of June). */
  dayJoiners: readonly string[];
  /** Words beside a month or weekday that move it: 'last' -1 / 'next' 1 before it, 'dernier' -1 / 'prochain' 1 after it. */
  shiftBefore: Readonly<Record<string, number>>;
  shiftAfter: Readonly<Record<string, number>>;
  /** Relative expressions as phrases resolved against the reference date. */
  relative: readonly RelativeDatePhrase[];
  /** Words and phrases that put a date without a year ahead of the reference: 'sera', 'devrait', 'will', 'expected'. */
  futureCues: readonly string[];
  /** Endings of future-tense verbs ('-era', '-ront'); words in `futureSuffixExceptions` only look like them ('caméra'). */
  futureSuffixes: readonly string[];
  futureSuffixExceptions: readonly string[];
  /** Words that make the next date the base of a comparison: 'contre', "qu'en", 'than', 'compared with'. */
  comparisonCues: readonly string[];
  /** Words after a four-digit number that make it a quantity, not a year: 'voitures', 'units', '%'. */
  quantityWords: readonly string[];
  /** Words before a four-digit number that make it a model year, a code or a number: 'modèle', 'version', 'no'. */
  identifierWords: readonly string[];
  /** Words naming an event ('salon', 'show'): a year closing the event's name is part of the name, not a date. */
  eventWords: readonly string[];
}

export interface RelativeDatePhrase {
  phrase: string;
  unit: 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';
  /** Offset from the reference: -1 last, 0 this, +1 next. */
  offset: number;
  modifier?: DateModifier;
  /** Too common alone ("l'année", 'the year'): a date only after a modifier or a period ('fin de l'année', 'mai de l'année'). */
  qualifierOnly?: boolean;
  /** Counted from the last year the text stated, not the reference: 'that year', 'cette année-là'. */
  fromStatedYear?: boolean;
  /**
   * A year told once it is over ('full-year deliveries', "sur l'ensemble de l'année"): written in
   * its first quarter, a text means the year before, unless the clause looks ahead.
   */
  reported?: boolean;
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
  /** Phrases that make a figure market-wide (no subject): 'le marché', 'the industry'. */
  marketWords: readonly string[];
  /** Nouns for a market: a percentage followed by one is a share ('16.1% of the EU market'). */
  marketNouns: readonly string[];
  /** Anaphors that refer back to the last named organization: 'le groupe', 'the company', 'its'. */
  anaphors: readonly string[];
  /** Words beside a number that count part of what the sentence counted before: '90,049 of them', 'dont 45 000'. */
  partitives: readonly string[];
  /** Prepositions before a count of months that run from January: 'over nine months', 'sur neuf mois'. */
  monthCountPrepositions: readonly string[];
  /** Words joining two clauses that share a subject: 'le groupe recule de 3,1 % et sa part de marché s'érode'. */
  coordinators: readonly string[];
  /** Phrases that make a figure run from January to the month the text is about: 'year to date', 'en cumul annuel'. */
  yearToDate: readonly string[];
  /** Words before a number that make it a rank, version or identifier: 'phase', 'No', 'Top', 'version'. */
  nonFigureCues: readonly string[];
  /** Words that introduce the comparison base of a change ('contre', 'than', 'compared with'); no period crosses them. */
  comparisonWords: readonly string[];
  /** Right before a date or a figure, these make it the base of a change ('from 2023', "qu'en 2024"). */
  basePrepositions: readonly string[];
  /** Between a direction word and a number, these make the number the level reached ('tombe à 0,58 %', 'fell to'). */
  levelMarkers: readonly string[];
  /** Before a percentage, these make it a change even far from the verb ('Spain by 16.4%'). */
  changePrepositions: readonly string[];
  /** Articles skipped between a hedge and its number ('dépassait les 16,7 millions', 'over the 5,000'). */
  determiners: readonly string[];
  /** Words that open a new clause without punctuation ('tandis que', 'while', 'whereas'). */
  clauseOpeners: readonly string[];
  /** Hedges written after the figure ('40 000 véhicules environ', '5,000 or more'). */
  postposedQualifiers: Readonly<Record<string, Qualifier>>;
  /** Adverbs that may stand between a hedge and its figure ('dépassait déjà les', 'already above'). */
  hedgeAdverbs: readonly string[];
  /** Right after a figure, these introduce whom it belongs to ('17.0% for BYD', '49 % par Leapmotor'). */
  ownerPrepositions: readonly string[];
  /** After a count of vehicles, a yearly rate ('50 000 véhicules par an'): output, when nothing else says. */
  annualRateWords: readonly string[];
  /** Anaphors that name a group: after a sub-brand they mean its parent ('le groupe', 'the group'). */
  groupAnaphors: readonly string[];
  /** Words for a loss after an amount ('€2.3bn loss', '1 Md€ de pertes'): the amount is negative profit. */
  lossWords: readonly string[];
  /** Words after '100 %' that make it a descriptor, not a figure ('100 % électrique', '100% electric'). */
  percentDescriptors: readonly string[];
  /** Words before an amount that make it negative ('negative at €3.0bn', 'en négatif de'). */
  negativeMarkers: readonly string[];
  /** Words before a name that make it the source of a figure, not its subject ('selon Dataforce', 'according to JATO'). */
  sourceMarkers: readonly string[];
  /** After a figure, these date it a year before the sentence's period ('contre 1,55 % un an plus tôt'). */
  yearEarlierPhrases: readonly string[];
  /** Pronouns opening a relative clause, whose keywords describe something else ('which builds ...', 'qui produit ...'). */
  relativePronouns: readonly string[];
}

export interface DealVocabulary {
  /** Phrases naming a deal -> its kind ('partenariat stratégique', 'joint venture', 'protocole d'accord'). */
  partnershipTriggers: Readonly<Record<string, PartnershipKind>>;
  /** Phrases of a launch or market entry ('a lancé' launch, 'entrera sur le marché' market_entry). */
  launchTriggers: Readonly<Record<string, 'launch' | 'market_entry'>>;
  /** Things launched that are no vehicle or brand ('une enquête', 'a price war', 'a recall'): right after a launch verb, no launch. */
  notLaunched: readonly string[];
  /** Words that introduce the other party ('avec', 'with', 'and'). */
  partyConnectors: readonly string[];
  /** 'between' / 'entre' right after a deal's name: the parties are those named after it. */
  betweenWords: readonly string[];
  /** Words after a deal's name that go on to define it, so it is a new one: 'the venture that is 51% owned by', 'la coentreprise qui'. */
  dealDefiners: readonly string[];
  /** Words after which a capitalized word names a model ('le', 'the', 'its', 'phare', 'flagship'). */
  modelCues: readonly string[];
  /**
   * Kinds of vehicle ('SUV', 'berline', 'pick-up', 'sedan', 'models'): cues for a model name, even
   * across an adjective or two ('le SUV électrique EX5'), and never a model name themselves.
   */
  modelNouns: readonly string[];
  /** Nouns naming a brand: 'ses marques Omoda et Jaecoo', "Changan's Deepal brand" launch those brands. */
  brandNouns: readonly string[];
  /** Phrases that stand for the article's maker as a subject ('il', 'le groupe', 'la marque', 'it', 'the company'). */
  subjectAnaphors: readonly string[];
  /** Phrases for the two parties named before: 'the two companies', 'les deux groupes'. */
  pairAnaphors: readonly string[];
  /** Words right before a name that make it a complement, not the subject ('par', 'avec', 'from', 'by'). */
  complementMarkers: readonly string[];
  /** Of these, the ones that name an owner: the subject's own in 'Les ventes de Renault', 'Sales of BYD'. */
  genitiveMarkers: readonly string[];
  /** Phrases before a country that exclude it from a launch ('hors de', 'en dehors de', 'outside', 'excluding'). */
  countryExclusions: readonly string[];
  /** Phrases that stand for the last country named ('le pays', 'the territory'). */
  countryAnaphors: readonly string[];
  /** Relative pronouns of place: after a comma they open a clause about the country before them ('où', 'where'). */
  placeRelatives: readonly string[];
  /**
   * Verbs that name a deal only beside a deal object or a seller ('bought' a plant, 'a repris
   * l'usine', 'détient 49,9 %'), read when no phrase of `partnershipTriggers` is in the sentence.
   */
  objectTriggers: Readonly<Record<string, PartnershipKind>>;
  /** What an object trigger of a kind must stand near: 'usine' and 'plant' for acquisitions, '%' for stakes. */
  dealObjects: Readonly<Record<string, PartnershipKind>>;
  /** Words right after an object trigger that introduce the seller ('from', 'à'). */
  sellerMarkers: readonly string[];
  /** Words just after a percentage that make it a share of a market, not of a company ('du marché', 'of that segment'). */
  notStakes: readonly string[];
  /** Nouns that head an organization's name even in lower case ('université', 'ministère', 'government'). */
  organizationHeads: readonly string[];
  /**
   * Heads that make a name only with a proper name beside them ('groupe Stellantis'): with an
   * adjective alone they refer back to a maker ('le groupe franco-italien', 'the sovereign wealth fund').
   */
  genericHeads: readonly string[];
  /**
   * Word order of adjectives and organization heads: true where an adjective follows the head and
   * belongs to the name ('gouvernement hongrois'), false where it precedes it ('Hungarian government').
   */
  adjectiveAfterHead: boolean;
  /** Lower-case words allowed inside a name ('de', 'of', 'et', 'and', 'du'). */
  nameConnectors: readonly string[];
  /** Articles that refer back to something already named: 'the merger', 'cet accord'. */
  definiteArticles: readonly string[];
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

/** Words near an ambiguous brand name that show it names a maker, and words joining names in a list. */
export interface BrandContextWords {
  /** 'la marque Smart', 'the Smart brand', 'les Mini électriques', 'Seat sales'. */
  cues: readonly string[];
  /** 'Seat et Cupra', 'Polestar and Lotus': a name listed beside a known brand is a brand. */
  listJoiners: readonly string[];
}
