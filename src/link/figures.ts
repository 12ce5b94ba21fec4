import type { Doc } from '../pipeline/document.js';
import { tokenSpan } from '../pipeline/document.js';
import type { Sentence } from '../pipeline/segment.js';
import type { Token } from '../pipeline/tokenize.js';
import type { DateHit } from '../recognize/dates.js';
import { figureLexicons, type FigureLexicons } from '../recognize/figure-lexicons.js';
import type { NumberHit } from '../recognize/numbers.js';
import type { ChangeBasis, Figure, FigureUnit, Metric, Period, Qualifier } from '../schema.js';
import { currencyInContext } from '../gazetteers/currencies.js';
import { clausesOf } from './clauses.js';
import type { LinkContext, NamedMention } from './mentions.js';

/** At most this many tokens between a change and the elided one after it ('and diesel 24.7%'). */
const ELISION_REACH = 4;
/** How far after an amount a loss word may stand ('€2.3bn first-half loss'). */
const LOSS_REACH = 5;
/** How far back 'by' / 'de' before a percentage looks for the verb it completes. */
const PREPOSITION_REACH = 30;
/** How far (in tokens) a direction word may stand before the number it signs. */
const DIRECTION_WINDOW = 6;
/** A date or a name in another clause is this many tokens further away. */
const CLAUSE_PENALTY = 12;
/** A keyword this close after the number is the noun it qualifies. */
const ADJACENT_NOUN_REACH = 3;
/** A keyword further after the number, in its clause, counts as this much further away. */
const AFTER_PENALTY = 8;
/** 'X % of the country's passenger car retail market': how far after a percentage 'market' makes it a share. */
const MARKET_WORD_REACH = 8;
/** A day is a period only where no month, quarter or year stands as near. */
const DAY_PENALTY = 10;
/** Beyond this (in tokens, clause penalty included) a date in the sentence dates something else. */
const MAX_PERIOD_DISTANCE = 40;
/** Unformatted bare numbers below this are list markers, counts in prose or model numbers. */
const BARE_MINIMUM = 100;

const VEHICLE_METRICS: ReadonlySet<Metric> = new Set(['sales', 'exports', 'deliveries', 'production', 'registrations', 'orders', 'capacity']);

interface SentenceFacts {
  sentence: Sentence;
  clause: Int32Array;
  metrics: { first: number; end: number; value: Metric }[];
  dates: DateHit[];
  subjects: NamedMention[];
  bases: { first: number; value: ChangeBasis }[];
  marketWords: { first: number; end: number }[];
  marketNouns: { first: number; end: number }[];
  /** Comparison words ('contre', 'than', 'compared with'): no date crosses them. */
  comparisons: { first: number; end: number }[];
  /** Clauses opened by a relative pronoun ('which builds the Roewe and MG models'): about something else. */
  asideClauses: Set<number>;
  hasMarketWord: boolean;
  hasVehicleNoun: boolean;
  /** 'year to date', 'en cumul annuel'. */
  yearToDate: { first: number; end: number }[];
  /** 'over nine months', 'sur neuf mois': where, and how many months from January. */
  monthCounts: { first: number; months: number }[];
}

function periodOf(date: DateHit): Period {
  return { start: date.value, end: date.endValue ?? date.value };
}

function isPeriodLike(date: DateHit): boolean {
  return date.endValue !== undefined || date.value.length !== 10;
}

function distance(aFirst: number, aEnd: number, bFirst: number, bEnd: number): number {
  if (bFirst >= aEnd) return bFirst - aEnd;
  if (aFirst >= bEnd) return aFirst - bEnd;
  return 0;
}

export function linkFigures(doc: Doc, context: LinkContext): Figure[] {
  const lex = figureLexicons(doc.locale);

  const figures: Figure[] = [];
  let discourseSubject: string | undefined;
  let discoursePeriod: Period | undefined;
  let leadPeriod: Period | undefined;
  const discourseMetrics: Partial<Record<MetricKind, Metric>> = {};
  let paragraphBasis: ChangeBasis | undefined;
  // a headline alone on its line ('..., 2025 margin seen at 5.5%-6.5%') often names the outlook: the
  // period the paragraphs go back to is the lead's, the first sentence after it
  const headline = isHeadline(doc);
  for (const sentence of doc.sentences) {
    const inHeadline = headline && sentence.index === 0;
    const numbers = context.numbersBySentence[sentence.index]!;
    const dates = context.datesBySentence[sentence.index]!;
    const actors = context.actorsBySentence[sentence.index]!;
    if (sentence.paragraphStart) {
      paragraphBasis = undefined;
      // a new paragraph goes back to the period the article is about, not the last one it mentioned
      if (leadPeriod) discoursePeriod = leadPeriod;
    }
    if (numbers.length === 0) {
      // a sentence without figures still sets the topic and the period for those after it
      const opensOnAnaphor = actors[0] !== undefined && lex.anaphors.findAll(doc.tokens, sentence.tokenStart, actors[0].first).length > 0;
      if (!opensOnAnaphor) discourseSubject = actors[0]?.name ?? discourseSubject;
      const framing = dates.filter(isPeriodLike);
      if (framing.length > 0) discoursePeriod = periodOf(framing[framing.length - 1]!);
      if (!inHeadline) leadPeriod ??= discoursePeriod;
      continue;
    }
    const facts = sentenceFacts(doc, lex, sentence, numbers, dates, actors);
    let sentenceTopic: string | undefined;
    let sentencePeriod: Period | undefined;
    let previous: Prior | undefined;
    const frame: Frame = { metrics: {}, discourseMetrics: { ...discourseMetrics } };
    if (paragraphBasis) frame.basis = paragraphBasis;
    if (discoursePeriod) frame.discoursePeriod = discoursePeriod;
    for (const [index, hit] of numbers.entries()) {
      const linked = linkOne(doc, lex, hit, numbers[index + 1], facts, previous, discourseSubject, frame, context);
      if (!linked) continue;
      const { figure, comparison } = linked;
      const counted = figure.unit === 'vehicle' || figure.unit === 'person' ? figure.unit : previous?.counted;
      previous = counted ? { hit, figure, counted } : { hit, figure };
      if (figure.period && !comparison) frame.period = figure.period;
      const kind = metricKind(figure.unit, figure.change !== undefined);
      if (figure.metric !== 'other' && kind !== 'none') frame.metrics[kind] = figure.metric;
      figures.push(figure);
      if (figure.subject && !sentenceTopic) sentenceTopic = figure.subject;
      if (figure.period && !comparison && !sentencePeriod) sentencePeriod = figure.period;
      if (figure.metric !== 'other' && kind !== 'none') discourseMetrics[kind] = figure.metric;
    }
    paragraphBasis = facts.bases[0]?.value ?? paragraphBasis;
    // the topic and the period are those of the sentence's first figure
    discourseSubject = sentenceTopic ?? discourseSubject;
    discoursePeriod = sentencePeriod ?? discoursePeriod;
    if (!inHeadline) leadPeriod ??= discoursePeriod;
  }
  return figures;
}

/** A first line that is a sentence of its own, with no stop at its end, and a paragraph after it. */
function isHeadline(doc: Doc): boolean {
  const [first, second] = doc.sentences;
  if (!first || !second || !second.paragraphStart) return false;
  const last = doc.tokens[first.tokenEnd - 1]!;
  return last.text !== '.' && last.text !== '!' && last.text !== '?';
}

function sentenceFacts(doc: Doc, lex: FigureLexicons, sentence: Sentence, numbers: readonly NumberHit[], dates: DateHit[], subjects: NamedMention[]): SentenceFacts {
  const { tokens } = doc;
  const insideNumbers = new Uint8Array(sentence.tokenEnd - sentence.tokenStart);
  for (const n of numbers) insideNumbers.fill(1, n.numberFirst - sentence.tokenStart, n.numberEnd - sentence.tokenStart);
  const clause = clausesOf(tokens, sentence, insideNumbers, lex.clauseOpeners);
  const metrics = lex.metrics.findAll(tokens, sentence.tokenStart, sentence.tokenEnd);
  const bases = lex.changeBases.findAll(tokens, sentence.tokenStart, sentence.tokenEnd);
  const facts: SentenceFacts = {
    sentence,
    clause,
    metrics,
    dates,
    subjects,
    marketWords: lex.marketWords.findAll(tokens, sentence.tokenStart, sentence.tokenEnd),
    marketNouns: lex.marketNouns.findAll(tokens, sentence.tokenStart, sentence.tokenEnd),
    asideClauses: asideClausesOf(lex, tokens, sentence, clause),
    bases,
    comparisons: lex.comparisons.findAll(tokens, sentence.tokenStart, sentence.tokenEnd),
    hasMarketWord: false,
    hasVehicleNoun: lex.vehicleNouns.findAll(tokens, sentence.tokenStart, sentence.tokenEnd).length > 0 || numbers.some((n) => n.unit === 'vehicle'),
    yearToDate: lex.yearToDate.findAll(tokens, sentence.tokenStart, sentence.tokenEnd),
    monthCounts: monthCountsOf(lex, tokens, sentence),
  };
  // 'part de marché', 'its largest market': a maker's market, not the whole market
  facts.hasMarketWord = facts.marketWords.some((w) =>
    !metrics.some((m) => m.first <= w.first && m.end >= w.end) &&
    !lex.anaphors.matchEndingAt(tokens, w.first, 3, sentence.tokenStart) &&
    !(w.first > sentence.tokenStart && lex.anaphors.matchAt(tokens, w.first - 2, w.first)));
  return facts;
}

/**
 * What earlier figures establish. Without a date or a keyword of its own a figure takes the period
 * and metric of the figure before it in the sentence ('... 100 737 véhicules, soit une hausse de
 * 7,7 %'), or, in a sentence without dates or keywords, those of the text before.
 */
interface Frame {
  period?: Period;
  discoursePeriod?: Period;
  /** The basis a paragraph stated for its changes ('again on a year-on-year basis'). */
  basis?: ChangeBasis;
  /** The last metric of each kind of figure, in the sentence and before it. */
  metrics: Partial<Record<MetricKind, Metric>>;
  discourseMetrics: Partial<Record<MetricKind, Metric>>;
}

/**
 * Figures borrow a metric only from figures of their kind: a count of vehicles or a change from
 * volumes, a share or a margin from other levels, money from money.
 */
type MetricKind = 'volume' | 'level' | 'money' | 'none';

function metricKind(unit: FigureUnit, isChange: boolean): MetricKind {
  if (unit === 'currency') return 'money';
  if (unit === 'vehicle' || (unit === 'percent' && isChange)) return 'volume';
  if (unit === 'percent' || unit === 'percentage_point') return 'level';
  return 'none';
}

function asideClausesOf(lex: FigureLexicons, tokens: readonly Token[], sentence: Sentence, clause: Int32Array): Set<number> {
  const aside = new Set<number>();
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const id = clause[i - sentence.tokenStart]!;
    const opens = i === sentence.tokenStart || clause[i - 1 - sentence.tokenStart] !== id;
    if (!opens) continue;
    const first = tokens[i]!.kind === 'punct' ? i + 1 : i;
    if (first < sentence.tokenEnd && lex.relativePronouns.matchAt(tokens, first, sentence.tokenEnd)) aside.add(id);
  }
  return aside;
}

/** A linked figure; `comparison` when it is the year-before base of another, whose period it must not set. */
/** The figure before, in the same sentence: lists go on with its unit, its currency, its direction. */
interface Prior {
  hit: NumberHit;
  figure: Figure;
  /** What the sentence counted last, vehicles or persons, even with a percentage since ('4 000 postes, soit 14 % : 2 900 en Allemagne'). */
  counted?: FigureUnit;
}

function linkOne(doc: Doc, lex: FigureLexicons, hit: NumberHit, next: NumberHit | undefined, facts: SentenceFacts, prior: Prior | undefined, discourseSubject: string | undefined, frame: Frame, context: LinkContext): { figure: Figure; comparison: boolean } | undefined {
  const lastUnit = prior?.figure.unit === 'currency' ? 'currency' : prior?.counted;
  const elidedDirection = elidedDirectionFor(lex, doc.tokens, hit, prior);
  const { tokens } = doc;
  const clauseOf = (t: number) => facts.clause[Math.min(Math.max(t, facts.sentence.tokenStart), facts.sentence.tokenEnd - 1) - facts.sentence.tokenStart]!;
  const hitClause = clauseOf(hit.numberFirst);
  const near = (first: number, end: number) => distance(hit.first, hit.end, first, end) + (clauseOf(first) === hitClause ? 0 : CLAUSE_PENALTY);

  let unit = hit.unit;
  if (!unit) {
    if (!hit.formatted && (Math.abs(hit.value) < BARE_MINIMUM || followsCapitalizedName(tokens, hit, facts.sentence))) return undefined;
    const hint = keywordMetric(lex, tokens, hit, facts, near, clauseOf, undefined);
    const partitive = lex.partitives.matchAt(tokens, hit.end, facts.sentence.tokenEnd) !== undefined ||
      lex.partitives.matchEndingAt(tokens, hit.first, 2, facts.sentence.tokenStart) !== undefined;
    // '382,585 vehicles ... and 90,049 of them went to customers abroad': part of what was counted
    if (partitive && (lastUnit === 'person' || lastUnit === 'vehicle')) unit = lastUnit;
    else if (hint === 'users') unit = 'person';
    // a list goes on counting what it counted: '4 000 postes ... : 2 900 en Allemagne, 800 au Royaume-Uni'
    else if (lastUnit === 'person' || lastUnit === 'vehicle') unit = lastUnit;
    // 'contre un bénéfice de 1,5 milliard un an plus tôt' after an amount in euros
    else if (lastUnit === 'currency' && hit.scale >= 1e6) unit = 'currency';
    else if ((hint !== undefined && VEHICLE_METRICS.has(hint)) || facts.hasVehicleNoun) unit = 'vehicle';
    else return undefined;
  }

  // 'began selling Omoda 5 SUVs', 'le Tiggo 7 Pro': a small bare number after a name inside the sentence is the model's
  if ((unit === 'vehicle' || unit === 'person' || unit === 'count') && !hit.formatted && hit.sign === 0 && Math.abs(hit.value) < MODEL_NUMBER_LIMIT &&
    hit.first - 1 > facts.sentence.tokenStart && followsCapitalizedName(tokens, hit, facts.sentence) &&
    !facts.dates.some((d) => d.first < hit.first && d.end >= hit.first) &&
    !context.countriesBySentence[facts.sentence.index]!.some((c) => c.end === hit.first)) return undefined; // 'Mexico 800 units' is a list
  const hedge = hedgeOf(lex, tokens, hit, facts.sentence);
  // 'une centaine de pays' hedges by itself
  const qualifier: Qualifier = hit.approximate && hedge.qualifier === 'exact' ? 'approximately' : hedge.qualifier;
  const wordsStart = hedge.start;
  // '100 % électriques', '100% electric': a descriptor, not a figure
  if (unit === 'percent' && hit.value === 100 && lex.percentDescriptors.matchAt(tokens, hit.end, facts.sentence.tokenEnd)) return undefined;
  // 'a reculé de 2,14 % à 1,23 %': the first is where it started, a level a year before
  const startLevel = unit === 'percent' && startOfMove(lex, tokens, hit, next, facts.sentence, wordsStart);
  const ownMetric = keywordMetric(lex, tokens, hit, facts, near, clauseOf, unit);
  const direction = hit.milestone || startLevel ? undefined :
    directionOf(lex, tokens, hit, unit, facts.sentence, qualifier, wordsStart) ?? (ownMetric === 'market_share' ? undefined : elidedDirection);
  // 'ressort à -1,07 Md€': a sign after 'à' / 'at' is the value's, not a change's
  const signedLevel = hit.sign !== 0 && lex.levelMarkers.matchEndingAt(tokens, hit.first, 2, facts.sentence.tokenStart) !== undefined;
  const isChange = (hit.sign !== 0 && !signedLevel) || direction !== undefined;
  const kind = metricKind(unit, isChange);
  const borrowable = (m: Metric | undefined): m is Metric => m !== undefined && fits(m, unit);
  // '50 000 véhicules par an' with no other keyword: a yearly output
  const annualRate = unit === 'vehicle' && lex.annualRate.matchAt(tokens, hit.end, facts.sentence.tokenEnd) !== undefined ? 'production' : undefined;
  // '53.3%, up 5.2 percentage points': points after a share move that share
  const shareMove = unit === 'percentage_point' && prior?.figure.metric === 'market_share' && ownMetric !== 'profit' ? 'market_share' : undefined;
  const metric = shareMove ?? ownMetric ?? annualRate ??
    [frame.metrics[kind], frame.discourseMetrics[kind]].find(borrowable) ??
    (unit === 'percentage_point' ? 'market_share' : 'other');

  // 'negative at €3.0bn', 'a net loss of €2.3 billion', '€2.3bn first-half loss'
  const negative = hit.sign === 0 && (lex.negativeMarkers.matchEndingAt(tokens, wordsStart, 3, facts.sentence.tokenStart) !== undefined ||
    lex.negativeMarkers.matchEndingAt(tokens, hit.first, 4, facts.sentence.tokenStart) !== undefined || lossAfter(lex, tokens, hit, facts.sentence));
  const figure: Figure = { value: negative ? -Math.abs(hit.value) : hit.value, unit, metric, qualifier, span: tokenSpan(doc, hit.first, hit.end) };
  if (hit.currency) figure.currency = hit.currencyWritten ? currencyInContext(hit.currency, hit.currencyWritten, context.countryMentions) : hit.currency;
  else if (unit === 'currency' && prior?.figure.currency) figure.currency = prior.figure.currency;
  // '$88 million' in brackets after 'a net loss of 624.4 million yuan' converts it, sign included
  if (unit === 'currency' && prior?.figure.unit === 'currency' && prior.figure.value < 0 && tokens[hit.first - 1]?.text === '(' && hit.first - prior.hit.end <= 2) figure.value = -Math.abs(figure.value);

  const { period: own, introduced, trailing } = periodFor(lex, tokens, hit, facts, near, hitClause, clauseOf, isChange);
  let period = own ?? frame.period ?? (own === null ? undefined : frame.discoursePeriod);
  // 'le cumul depuis janvier': since then, up to the period the text is about
  if (period && own && period.start === period.end && facts.dates.some((d) => d.modifier === 'since' && d.value === period!.start)) {
    const until = frame.period ?? frame.discoursePeriod;
    // 'depuis le début de l'année' (2025) up to June: January to June
    if (until && until.end > period.start) period = { start: period.start.length === 4 && until.end.length > 4 ? `${period.start}-01` : period.start, end: until.end };
  }
  // 'year to date', 'En cumul annuel, le groupe totalise': from January to the month the text is about
  const wholeYear = own && own.start === own.end && own.start.length === 4 ? own.start : undefined;
  if ((!own || wholeYear) && facts.yearToDate.some((p) => p.end <= hit.first || clauseOf(p.first) === hitClause)) {
    const month = (frame.period ?? frame.discoursePeriod)?.end;
    if (month && /^\d{4}-\d{2}$/.test(month) && (!wholeYear || month.startsWith(wholeYear))) period = { start: `${month.slice(0, 4)}-01`, end: month };
  }
  // 'over nine months', 'sur neuf mois': January to the ninth month of the year the text is about
  const months = own ? undefined : facts.monthCounts.find((m) => m.first < hit.first || clauseOf(m.first) === hitClause)?.months;
  if (months !== undefined) {
    const year = (frame.period ?? frame.discoursePeriod)?.end.slice(0, 4);
    if (year) period = { start: `${year}-01`, end: `${year}-${String(months).padStart(2, '0')}` };
  }
  // a level set against the main figure: 'contre 79 744', 'from just over €6bn', '13.1% a year earlier'
  const yearEarlier = lex.yearEarlier.matchAt(tokens, hit.end, facts.sentence.tokenEnd) !== undefined;
  const compared = (lex.comparisons.matchEndingAt(tokens, wordsStart, 2, facts.sentence.tokenStart) ?? lex.basePrepositions.matchEndingAt(tokens, wordsStart, 2, facts.sentence.tokenStart)) !== undefined;
  const shifted = period !== undefined && !isChange && !introduced && !trailing && (yearEarlier || compared || startLevel);
  if (shifted) period = yearBefore(period!);
  const comparison = shifted || introduced;
  if (period) figure.period = period;
  if (isChange) {
    if (hit.sign === 0 && direction === -1) figure.value = -Math.abs(figure.value);
    figure.change = basisOf(lex, tokens, hit, facts, clauseOf, period) ?? frame.basis ?? 'unspecified';
  }

  const subject = subjectFor(lex, tokens, hit, facts, clauseOf, discourseSubject, context.groupOf);
  if (subject) figure.subject = subject;
  return { figure, comparison };
}

/** Every 'over nine months' or 'sur neuf mois' of the sentence: months counted from January. */
function monthCountsOf(lex: FigureLexicons, tokens: readonly Token[], sentence: Sentence): { first: number; months: number }[] {
  const found: { first: number; months: number }[] = [];
  for (const preposition of lex.monthCountPrepositions.findAll(tokens, sentence.tokenStart, sentence.tokenEnd - 2)) {
    const count = tokens[preposition.end]!;
    const months = count.kind === 'number' ? Number(count.text) : lex.numberWords.matchAt(tokens, preposition.end, preposition.end + 1)?.value;
    if (months === undefined || !Number.isInteger(months) || months < 2 || months > 12) continue;
    if (lex.monthWords.matchAt(tokens, preposition.end + 1, sentence.tokenEnd)) found.push({ first: preposition.first, months });
  }
  return found;
}

/** Model numbers stay below this ('Omoda 5', 'Peugeot 408'); bigger bare numbers after a name are counts. */
const MODEL_NUMBER_LIMIT = 1000;

/** A model number: 'Tiggo 7', 'Model 3', 'Peugeot 3008'. */
function followsCapitalizedName(tokens: readonly Token[], hit: NumberHit, sentence: Sentence): boolean {
  const prev = tokens[hit.first - 1];
  if (!prev || hit.first - 1 < sentence.tokenStart || prev.kind !== 'word') return false;
  return prev.text[0] !== prev.text[0]!.toLowerCase();
}

/** Which metrics can describe a figure of each unit ('users' counts persons; money is never 'sales'). */
const METRICS_OF_UNIT: Readonly<Partial<Record<FigureUnit, ReadonlySet<Metric>>>> = {
  vehicle: new Set(['sales', 'exports', 'deliveries', 'production', 'registrations', 'orders', 'capacity', 'other']),
  person: new Set(['users', 'other']),
  currency: new Set(['revenue', 'profit', 'investment', 'price', 'other']),
  count: new Set(['other']),
  energy_kwh: new Set(['capacity', 'other']),
  power_kw: new Set(['other']),
  distance_km: new Set(['other']),
};
function fits(metric: Metric, unit: FigureUnit | undefined): boolean {
  const allowed = unit ? METRICS_OF_UNIT[unit] : undefined;
  return !allowed || allowed.has(metric);
}

/**
 * The metric its own words give a figure: the nearest keyword, before it or in its clause. A keyword
 * right after the number is the noun it qualifies ('a 26.4% stake', '€3.3bn of net charges'); one
 * later in the clause counts for less; keywords in a relative clause describe something else, and
 * so do compound adjectives ('British-built').
 */
function keywordMetric(lex: FigureLexicons, tokens: readonly Token[], hit: NumberHit, facts: SentenceFacts, near: (first: number, end: number) => number, clauseOf: (t: number) => number, unit: FigureUnit | undefined): Metric | undefined {
  const isPercent = unit === 'percent' || unit === 'percentage_point';
  // 'a 1.4% share', '5,3 % du marché', '16.1% of the EU market', "68.7% of the country's passenger car retail market"
  if (isPercent) {
    for (const m of facts.metrics) {
      if (m.value === 'market_share' && m.first >= hit.end && m.first - hit.end <= 1) return 'market_share';
    }
    // nor a number or an 'and' between: '3,1 % et sa part de marché' is the next clause's share
    const nothingBetween = (first: number) => tokens.slice(hit.end, first).every((t, k, between) => t.kind !== 'number' && !lex.coordinators.matchAt(between, k));
    if (facts.marketNouns.some((w) => w.first >= hit.end && w.first - hit.end <= MARKET_WORD_REACH && clauseOf(w.first) === clauseOf(hit.numberFirst) && nothingBetween(w.first))) return 'market_share';
    // 'their share of the retail market to 53.3%': the share is what reached it, whatever market it is of
    const shareBefore = facts.metrics.find((m) => m.value === 'market_share' && m.end <= hit.first && clauseOf(m.first) === clauseOf(hit.numberFirst));
    if (shareBefore && tokens.slice(shareBefore.end, hit.first).every((t, k, between) => t.kind !== 'number' && !lex.directions.matchAt(between, k))) return 'market_share';
  }
  const hitClause = clauseOf(hit.numberFirst);
  let best: Metric | undefined;
  let bestScore = Infinity;
  for (const m of facts.metrics) {
    const value = m.value === 'sales' && unit === 'currency' ? 'revenue' : m.value;
    if (!fits(value, unit) || (value === 'market_share' && unit !== undefined && !isPercent)) continue;
    if (facts.asideClauses.has(clauseOf(m.first)) && clauseOf(m.first) !== hitClause) continue;
    const before = tokens[m.first - 1];
    if (before && before.text === '-' && !before.spaceBefore && !tokens[m.first]!.spaceBefore) continue;
    const inside = m.first >= hit.first && m.end <= (hit.nounEnd ?? hit.end);
    let score: number;
    if (inside) score = 0;
    else if (m.first >= hit.end) {
      // after the figure, a keyword counts only up to the next number: 'gained 21.2% and weigh 8.7% of the market'
      const between = tokens.slice(hit.end, m.first);
      const rangeOnly = between.every((t) => t.kind !== 'word' || lex.rangeConnectors.matchAt([t], 0) !== undefined); // '120,000 to 125,000 deliveries'
      if (clauseOf(m.first) !== hitClause || (!rangeOnly && between.some((t) => t.kind === 'number'))) continue;
      // '3,1 % et sa part de marché': past 'and', a keyword is the next clause's
      if (!rangeOnly && between.some((_, k) => lex.coordinators.matchAt(between, k) !== undefined)) continue;
      const gap = m.first - hit.end;
      score = gap <= ADJACENT_NOUN_REACH ? gap + 1 : gap + AFTER_PENALTY;
    } else score = near(m.first, m.end);
    if (score < bestScore) {
      bestScore = score;
      best = value;
    }
  }
  // 'overseas sales', 'ventes à l'étranger': exports are the more specific reading of a sale
  if (best === 'sales' && facts.metrics.some((m) => m.value === 'exports' && near(m.first, m.end) < CLAUSE_PENALTY)) best = 'exports';
  return best;
}

/**
 * 'petrol registrations dropped 18.7% and diesel 24.7%', 'rose 30% and South America 20%': a
 * percentage right after a change, joined by 'and' with no verb of its own, moves the same way.
 */
function elidedDirectionFor(lex: FigureLexicons, tokens: readonly Token[], hit: NumberHit, previous: Prior | undefined): 1 | -1 | undefined {
  if (!previous || previous.figure.change === undefined || previous.figure.unit !== 'percent' || hit.unit !== 'percent') return undefined;
  const between = tokens.slice(previous.hit.end, hit.first);
  if (between.length === 0 || between.length > ELISION_REACH) return undefined;
  if (!between.some((t) => lex.rangeConnectors.matchAt([t], 0))) return undefined;
  if (between.some((t) => lex.directions.matchAt([t], 0) || lex.levelMarkers.matchAt([t], 0) || t.text === ',' || t.text === ';')) return undefined;
  // a new subject, not a new verb: 'and diesel 24.7%', 'and South America 20%', not 'and its share reached 11.4%'
  if (between.filter((t) => t.kind === 'word' && t.text === t.norm && !lex.rangeConnectors.matchAt([t], 0)).length > 1) return undefined;
  return previous.figure.value < 0 ? -1 : 1;
}

/**
 * 'a reculé de 2,14 % à 1,23 %', 'from 13.1% to 16.1%': the percentage a move starts from. Not
 * 'down 30.7% to 37.0%': a fall cannot start below where it ends, so there the first is the change.
 */
function startOfMove(lex: FigureLexicons, tokens: readonly Token[], hit: NumberHit, next: NumberHit | undefined, sentence: Sentence, wordsStart: number): boolean {
  const marker = lex.levelMarkers.matchAt(tokens, hit.end, sentence.tokenEnd);
  if (!marker || !next || next.numberFirst !== marker.end || next.unit !== 'percent') return false;
  for (let at = wordsStart - 1; at >= Math.max(sentence.tokenStart, wordsStart - 3); at--) {
    const direction = lex.directions.matchAt(tokens, at, wordsStart);
    if (direction) return direction.value === 1 ? hit.value < next.value : hit.value > next.value;
  }
  return true;
}

/** '€2.3bn first-half loss', '1,2 Md€ de pertes': an amount a loss word follows closely. */
function lossAfter(lex: FigureLexicons, tokens: readonly Token[], hit: NumberHit, sentence: Sentence): boolean {
  for (let at = hit.end; at < Math.min(hit.end + LOSS_REACH, sentence.tokenEnd); at++) {
    const token = tokens[at]!;
    if (token.kind === 'punct' && token.text !== '-') return false;
    if (lex.lossWords.matchAt(tokens, at, sentence.tokenEnd)) return true;
  }
  return false;
}

/** The hedge before a number ('plus de', 'dépassait les', 'just over'), and where the figure's words begin. */
function hedgeOf(lex: FigureLexicons, tokens: readonly Token[], hit: NumberHit, sentence: Sentence): { qualifier: Qualifier; start: number } {
  let end = hit.first;
  if (lex.determiners.matchEndingAt(tokens, end, 1, sentence.tokenStart)) end -= 1;
  // 'dépassait déjà les 200 000', 'is already above 10,000'
  const adverb = lex.hedgeAdverbs.matchEndingAt(tokens, end, 2, sentence.tokenStart);
  const match = lex.qualifiers.matchEndingAt(tokens, end, 4, sentence.tokenStart) ??
    (adverb ? lex.qualifiers.matchEndingAt(tokens, adverb.first, 4, sentence.tokenStart) : undefined) ??
    (end !== hit.first ? lex.qualifiers.matchEndingAt(tokens, hit.first, 4, sentence.tokenStart) : undefined);
  if (match) return { qualifier: match.value, start: match.first };
  // '40 000 véhicules environ', '7 % ou plus', '5,000 or more'
  const after = lex.postposedQualifiers.matchAt(tokens, hit.end, sentence.tokenEnd);
  return { qualifier: after?.value ?? 'exact', start: end };
}

/** +1 or -1 when the words around the number make it a rise or a fall; undefined for a level. */
function directionOf(lex: FigureLexicons, tokens: readonly Token[], hit: NumberHit, unit: FigureUnit, sentence: Sentence, qualifier: Qualifier, wordsStart: number): 1 | -1 | undefined {
  // after: '17.10% fewer', '1% higher', 'an 11.2% jump', '180 500 de plus' — not past a comma ('182,000 vehicles, up 7.9%')
  for (let at = hit.end; at < Math.min(hit.end + 2, sentence.tokenEnd); at++) {
    if (tokens[at]!.kind === 'number' || tokens[at]!.kind === 'punct') break;
    const word = lex.directions.matchAt(tokens, at, sentence.tokenEnd);
    if (word) return word.value;
  }
  if (qualifier === 'up_to') return undefined;
  // before the hedge ('more than 40%' is no rise): 'en hausse de 7,7 %', 'up 9.18%', 'fell 13%' — but 'fell 13% to €74.3bn' leaves the second a level
  for (let at = wordsStart - 1, steps = 0; at >= sentence.tokenStart && steps < DIRECTION_WINDOW; at--, steps++) {
    const token = tokens[at]!;
    if (token.kind === 'number' || token.text === ',' || token.text === ';' || token.text === ':') break;
    // 'fell to', 'down from some 85%': the level reached, or the level left
    if (lex.levelMarkers.matchAt(tokens, at, hit.first) || lex.basePrepositions.matchAt(tokens, at, hit.first)) return undefined;
    const word = lex.directions.matchAt(tokens, at, hit.first);
    if (word && word.end <= hit.first) {
      const isPercent = unit === 'percent' || unit === 'percentage_point';
      // a count or an amount is a change only right after its verb: 'augmente d'environ 120', not 'progressé pour atteindre 5 000'
      const adjacent = tokens.slice(word.end, wordsStart).every((t) => t.kind === 'punct' || t.norm.length <= 2);
      if (!isPercent && hit.sign === 0 && !adjacent) break; // only 'by' may still tie them: 'cut its profit by ¥180 billion'
      return word.value;
    }
  }
  // 'grew in September: Spain by 16.4%, Germany by 12.8%', 'ont progressé de 27 % et de 536 %'
  const preposition = lex.changePrepositions.matchEndingAt(tokens, hit.first, 1, sentence.tokenStart);
  // 'cut its profit by ¥180 billion', 'revenue rose by €2bn': an amount after its verb's 'by'
  if (preposition && unit !== 'percent' && unit !== 'percentage_point') {
    for (let at = preposition.first - 1; at >= Math.max(sentence.tokenStart, preposition.first - DIRECTION_WINDOW); at--) {
      if (tokens[at]!.kind === 'number' || tokens[at]!.text === ',') break;
      const word = lex.directions.matchAt(tokens, at, preposition.first);
      if (word) return word.value;
    }
  }
  const beforePreposition = preposition ? tokens[preposition.first - 1] : undefined;
  const listed = beforePreposition !== undefined && (beforePreposition.kind === 'punct' || lex.rangeConnectors.matchAt([beforePreposition], 0) !== undefined ||
    beforePreposition.text[0] !== beforePreposition.text[0]!.toLowerCase()); // 'Spain by 16.4%', 'et de 536 %', not 'part de marché de 15,3 %'
  if ((unit === 'percent' || unit === 'percentage_point') && listed) {
    for (let at = hit.first - 2; at >= Math.max(sentence.tokenStart, hit.first - PREPOSITION_REACH); at--) {
      const word = lex.directions.matchAt(tokens, at, hit.first);
      if (word) return word.value;
    }
  }
  return undefined;
}

/**
 * Against what a change is measured: a basis phrase or a comparison date after it in its clause
 * ('en hausse de 24,44 % sur un an mais en repli de 9,36 % par rapport à octobre'), else the
 * sentence's basis, else a comparison date elsewhere in the sentence.
 */
function basisOf(lex: FigureLexicons, tokens: readonly Token[], hit: NumberHit, facts: SentenceFacts, clauseOf: (t: number) => number, period: Period | undefined): ChangeBasis | undefined {
  const hitClause = clauseOf(hit.numberFirst);
  const after = (first: number) => first >= hit.end && clauseOf(first) === hitClause;
  const phrase = facts.bases.find((b) => after(b.first));
  if (phrase) return phrase.value;
  const date = facts.dates.find((d) => after(d.first) && isComparisonBase(lex, tokens, d, facts.sentence));
  if (date) return basisAgainst(date, period);
  return facts.bases[0]?.value ?? comparisonBasis(lex, tokens, facts, period);
}

function basisAgainst(date: DateHit, period: Period | undefined): ChangeBasis | undefined {
  if (!isPeriodLike(date) || date.modifier === 'end') return undefined;
  if (!period) return 'year_over_year';
  return basisBetween(date.value, period.start);
}

/**
 * 'than in May 2023', 'par rapport à 2024': the base date says against what. One year before the
 * figure's period is year on year, one month month on month, one quarter quarter on quarter; a
 * point in time ('than at the end of 2024') says nothing of a basis.
 */
function comparisonBasis(lex: FigureLexicons, tokens: readonly Token[], facts: SentenceFacts, period: Period | undefined): ChangeBasis | undefined {
  const date = facts.dates.find((d) => isComparisonBase(lex, tokens, d, facts.sentence));
  return date ? basisAgainst(date, period) : undefined;
}

function basisBetween(base: string, current: string): ChangeBasis | undefined {
  const [baseYear, baseRest] = [Number(base.slice(0, 4)), base.slice(4)];
  const [year, rest] = [Number(current.slice(0, 4)), current.slice(4)];
  if (baseRest === rest && year - baseYear === 1) return 'year_over_year';
  const month = (y: number, r: string) => (r.startsWith('-') && r.length === 3 && r[1] !== 'Q' && r[1] !== 'H' ? y * 12 + Number(r.slice(1)) : NaN);
  if (month(year, rest) - month(baseYear, baseRest) === 1) return 'month_over_month';
  const quarter = (y: number, r: string) => (r.startsWith('-Q') ? y * 4 + Number(r.slice(2)) : NaN);
  if (quarter(year, rest) - quarter(baseYear, baseRest) === 1) return 'quarter_over_quarter';
  return undefined;
}

/** How many tokens (numbers, units, prepositions) may stand between a comparison word and its date: 'from 221,970 in 2024'. */
const BASE_REACH = 12;

function isComparisonBase(lex: FigureLexicons, tokens: readonly Token[], date: DateHit, sentence: Sentence): boolean {
  if (date.comparison) return true;
  if (date.endValue) return false;
  // 'from 221,970 in 2024', 'contre 2 197 en mai 2024': back over the base figure to the comparison word
  for (let at = date.first - 1, steps = 0; at >= sentence.tokenStart && steps < BASE_REACH; at--, steps++) {
    const token = tokens[at]!;
    if (lex.comparisons.matchEndingAt(tokens, at + 1, 3, sentence.tokenStart) || lex.basePrepositions.matchEndingAt(tokens, at + 1, 3, sentence.tokenStart)) return true;
    const skippable = token.kind === 'number' || token.text === '%' || token.text === ',' || token.text === '.' || lex.datePrepositions.has(token.norm) ||
      lex.currencies.matchAt(tokens, at, at + 1) !== undefined || lex.scales.matchAt(tokens, at, at + 1) !== undefined ||
      (lex.rangeConnectors.matchAt(tokens, at, at + 1) !== undefined && tokens[at - 1]?.kind !== 'word'); // '€8.5bn and 10.0% in H1 2024'
    if (!skippable) break;
  }
  return false;
}

/**
 * The date its sentence ties the figure to: the nearest, a clause away counting for more, a month
 * or a year before a day. A day ('le 12 juin', 'fin mai') is a period only inside the figure's own
 * clause: elsewhere it dates an announcement or a stock. A comparison base ('than in May 2023',
 * 'contre 2 197 en mai 2024') dates only the figure written between the comparison word and it, and
 * no date across a comparison word dates the figure on the other side. Dates in a relative clause
 * belong to it. `period` is undefined when the sentence has no date for the figure, null when its
 * dates are about something else (and then the figure borrows nothing from the text before either).
 */
function periodFor(lex: FigureLexicons, tokens: readonly Token[], hit: NumberHit, facts: SentenceFacts, near: (first: number, end: number) => number, hitClause: number, clauseOf: (t: number) => number, isChange: boolean): { period: Period | null | undefined; introduced: boolean; trailing: boolean } {
  let best: DateHit | undefined;
  let bestScore = Infinity;
  let bestIntroduced = false;
  let otherDates = false;
  for (const date of facts.dates) {
    const base = isComparisonBase(lex, tokens, date, facts.sentence);
    const introduced = base && !isChange && date.first >= hit.end && date.first - hit.end <= 3;
    if (base && !introduced) continue;
    const [from, to] = date.first >= hit.end ? [hit.end, date.first] : [date.end, hit.first];
    if (!introduced && facts.comparisons.some((c) => c.first >= from && c.end <= to)) continue;
    if (facts.asideClauses.has(clauseOf(date.first)) && clauseOf(date.first) !== hitClause) continue;
    otherDates = true;
    if (!isPeriodLike(date) && clauseOf(date.first) !== hitClause) continue;
    const score = near(date.first, date.end) + (isPeriodLike(date) ? 0 : DAY_PENALTY);
    if (score < bestScore && score <= MAX_PERIOD_DISTANCE) {
      bestScore = score;
      best = date;
      bestIntroduced = introduced;
    }
  }
  if (best) return { period: periodOf(best), introduced: bestIntroduced, trailing: best.first >= hit.end };
  return { period: otherDates ? null : undefined, introduced: false, trailing: false };
}

/** The same period a year before: 'contre 1,55 % un an plus tôt', 'from just over €6bn' after a yearly change. */
function yearBefore(period: Period): Period | undefined {
  const back = (iso: string) => {
    const year = /^\d{4}/.test(iso) ? Number(iso.slice(0, 4)) - 1 : -1; // '--05': no year to go back from
    return year < 0 ? undefined : `${String(year).padStart(4, '0')}${iso.slice(4)}`;
  };
  const start = back(period.start);
  const end = back(period.end);
  return start && end ? { start, end } : undefined;
}

/**
 * Who the figure is about: the nearest maker before it in its clause; else, after 'le groupe', 'its',
 * 'the two carmakers', the maker named earlier in the sentence or the text's topic; else the
 * sentence's first maker; else nobody for a market-wide figure ('le marché', 'the industry'); else
 * the text's topic. Makers in a relative clause and sources ('selon Dataforce') are not subjects.
 */
function subjectFor(lex: FigureLexicons, tokens: readonly Token[], hit: NumberHit, facts: SentenceFacts, clauseOf: (t: number) => number, discourseSubject: string | undefined, groupOf: ReadonlyMap<string, string>): string | undefined {
  const hitClause = clauseOf(hit.numberFirst);
  // '17.0% for BYD', 'détenue à 49 % par Leapmotor': the owner named right after the figure
  const ownerAt = (hit.nounEnd ?? hit.end);
  const owner = lex.ownerPrepositions.matchAt(tokens, ownerAt, facts.sentence.tokenEnd);
  if (owner) {
    const named = facts.subjects.find((m) => m.first >= owner.end && m.first - owner.end <= 1);
    if (named) return named.name;
  }
  const candidates = facts.subjects.filter((m) =>
    m.end <= hit.first &&
    !(facts.asideClauses.has(clauseOf(m.first)) && clauseOf(m.first) !== hitClause) &&
    !lex.sourceMarkers.matchEndingAt(tokens, m.first, 3, facts.sentence.tokenStart));
  const nearest = candidates[candidates.length - 1];
  if (nearest && clauseOf(nearest.first) === hitClause) return nearest.name;
  const anaphors = lex.anaphors.findAll(tokens, facts.sentence.tokenStart, hit.first);
  if (anaphors.length > 0) {
    const meant = nearest?.name ?? discourseSubject;
    // 'le groupe' after a sub-brand is its group: 'le Haval H9 ... le groupe de Baoding'
    const groupWord = anaphors.some((a) => lex.groupAnaphors.matchAt(tokens, a.first, a.end) !== undefined);
    return groupWord && meant ? groupOf.get(meant) ?? meant : meant;
  }
  if (candidates.length > 0) return candidates[0]!.name;
  if (facts.hasMarketWord) return undefined;
  return discourseSubject;
}

