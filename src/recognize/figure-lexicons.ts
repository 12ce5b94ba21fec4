import type { Locale } from '../locales/types.js';
import type { ChangeBasis, Metric, Qualifier } from '../schema.js';
import { fold } from '../text/fold.js';
import { Lexicon } from './lexicon.js';

/** The figure tables of one locale as matchers, built once per locale on first use. */
export interface FigureLexicons {
  /** Every word a number written in words can start with: number words, fractions, milestones. */
  numberStarts: ReadonlySet<string>;
  numberWords: Lexicon<number>;
  scales: Lexicon<number>;
  approximateCounts: Lexicon<number>;
  fractions: Lexicon<number>;
  currencies: Lexicon<string>;
  percent: Lexicon<true>;
  percentagePoints: Lexicon<true>;
  energy: Lexicon<number>;
  power: Lexicon<number>;
  distance: Lexicon<number>;
  vehicleNouns: Lexicon<true>;
  personNouns: Lexicon<true>;
  countNouns: Lexicon<true>;
  durationNouns: Lexicon<true>;
  metrics: Lexicon<Metric>;
  directions: Lexicon<1 | -1>;
  changeBases: Lexicon<ChangeBasis>;
  qualifiers: Lexicon<Qualifier>;
  marketWords: Lexicon<true>;
  marketNouns: Lexicon<true>;
  yearToDate: Lexicon<true>;
  coordinators: Lexicon<true>;
  monthCountPrepositions: Lexicon<true>;
  monthWords: Lexicon<true>;
  partitives: Lexicon<true>;
  anaphors: Lexicon<true>;
  nonFigureCues: Lexicon<true>;
  comparisons: Lexicon<true>;
  basePrepositions: Lexicon<true>;
  levelMarkers: Lexicon<true>;
  changePrepositions: Lexicon<true>;
  determiners: Lexicon<true>;
  clauseOpeners: Lexicon<true>;
  relativePronouns: Lexicon<true>;
  yearEarlier: Lexicon<true>;
  sourceMarkers: Lexicon<true>;
  negativeMarkers: Lexicon<true>;
  lossWords: Lexicon<true>;
  percentDescriptors: Lexicon<true>;
  postposedQualifiers: Lexicon<Qualifier>;
  hedgeAdverbs: Lexicon<true>;
  ownerPrepositions: Lexicon<true>;
  groupAnaphors: Lexicon<true>;
  annualRate: Lexicon<true>;
  /** Prepositions before a date ('in', 'en'), from the date vocabulary. */
  datePrepositions: ReadonlySet<string>;
  /** Words linking a scale to its noun: 'de', "d'", 'of'. */
  joiners: Lexicon<true>;
  /** Words between the bounds of a range: 'à', 'et', 'to', 'and'. */
  rangeConnectors: Lexicon<true>;
}

const cache = new WeakMap<Locale, FigureLexicons>();

export function figureLexicons(locale: Locale): FigureLexicons {
  let lexicons = cache.get(locale);
  if (lexicons) return lexicons;
  const f = locale.figures;
  const n = locale.numbers;
  lexicons = {
    numberStarts: new Set([...Object.keys(n.words), ...Object.keys(n.fractions), ...Object.keys(n.milestones)].map(fold)),
    numberWords: new Lexicon(locale.numbers.words),
    scales: new Lexicon(locale.numbers.scales),
    fractions: new Lexicon(locale.numbers.fractions),
    approximateCounts: new Lexicon(locale.numbers.approximateCounts),
    currencies: new Lexicon(f.currencies),
    percent: Lexicon.ofWords(f.percentWords),
    percentagePoints: Lexicon.ofWords(f.percentagePointWords),
    energy: new Lexicon(f.energyUnits),
    power: new Lexicon(f.powerUnits),
    distance: new Lexicon(f.distanceUnits),
    vehicleNouns: Lexicon.ofWords(f.vehicleNouns),
    personNouns: Lexicon.ofWords(f.personNouns),
    countNouns: Lexicon.ofWords(f.countNouns),
    durationNouns: Lexicon.ofWords(f.durationNouns),
    metrics: new Lexicon(f.metricKeywords),
    directions: new Lexicon(f.directionWords),
    changeBases: new Lexicon(f.changeBases),
    qualifiers: new Lexicon(f.qualifiers),
    marketWords: Lexicon.ofWords(f.marketWords),
    marketNouns: Lexicon.ofWords(f.marketNouns),
    anaphors: Lexicon.ofWords(f.anaphors),
    partitives: Lexicon.ofWords(f.partitives),
    monthCountPrepositions: Lexicon.ofWords(f.monthCountPrepositions),
    monthWords: Lexicon.ofWords(locale.dates.monthWords),
    coordinators: Lexicon.ofWords(f.coordinators),
    yearToDate: Lexicon.ofWords(f.yearToDate),
    nonFigureCues: Lexicon.ofWords(f.nonFigureCues),
    comparisons: Lexicon.ofWords(f.comparisonWords),
    basePrepositions: Lexicon.ofWords(f.basePrepositions),
    levelMarkers: Lexicon.ofWords(f.levelMarkers),
    changePrepositions: Lexicon.ofWords(f.changePrepositions),
    determiners: Lexicon.ofWords(f.determiners),
    clauseOpeners: Lexicon.ofWords(f.clauseOpeners),
    relativePronouns: Lexicon.ofWords(f.relativePronouns),
    yearEarlier: Lexicon.ofWords(f.yearEarlierPhrases),
    sourceMarkers: Lexicon.ofWords(f.sourceMarkers),
    negativeMarkers: Lexicon.ofWords(f.negativeMarkers),
    lossWords: Lexicon.ofWords(f.lossWords),
    percentDescriptors: Lexicon.ofWords(f.percentDescriptors),
    postposedQualifiers: new Lexicon(f.postposedQualifiers),
    hedgeAdverbs: Lexicon.ofWords(f.hedgeAdverbs),
    ownerPrepositions: Lexicon.ofWords(f.ownerPrepositions),
    groupAnaphors: Lexicon.ofWords(f.groupAnaphors),
    annualRate: Lexicon.ofWords(f.annualRateWords),
    datePrepositions: new Set(locale.dates.prepositions),
    joiners: Lexicon.ofWords(locale.numbers.scaleJoiners),
    rangeConnectors: Lexicon.ofWords(locale.numbers.rangeConnectors),
  };
  cache.set(locale, lexicons);
  return lexicons;
}
