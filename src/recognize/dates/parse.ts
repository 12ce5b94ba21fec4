import type { RelativeDatePhrase } from '../../locales/types.js';
import type { Doc } from '../../pipeline/document.js';
import type { Token } from '../../pipeline/tokenize.js';
import type { DateModifier } from '../../schema.js';
import { type DateTables, isFutureVerb, phraseEnd } from './tables.js';

/** One end of a date expression, as written: whatever the text leaves out stays undefined. */
export interface Point {
  /** A year written in the text. */
  year?: number;
  /** The year is a fiscal year (FY25). */
  fiscal?: boolean;
  month?: number;
  day?: number;
  quarter?: number;
  half?: number;
  weekday?: number;
  /** 'last August' -1, 'mardi prochain' +1, 'this Tuesday' 0. */
  shift?: number;
  relative?: RelativeDatePhrase;
  /** A relative year after the period: 'mai de cette année', 'April last year', 'November 5 of that year'. */
  yearPhrase?: RelativeDatePhrase;
}

/** A date expression before resolution: its tokens, its ends as written, and the clause around it. */
export interface RawDate {
  first: number;
  end: number;
  start: Point;
  stop?: Point;
  /** In text order: 'd'ici la fin de' gives [until, end]. */
  modifiers: DateModifier[];
  /** A future cue ('sera', 'will', 'expected') precedes it in its clause. */
  future: boolean;
  /** A comparison cue ('contre', 'than') precedes it: the base a change is measured against. */
  comparison: boolean;
  /** 'CITY, <date> —' at the head of the article: its publication date. */
  dateline: boolean;
  /** All-numeric date whose day and month could be swapped (12/06/2025). */
  swappable?: boolean;
}

interface Parsed {
  start: Point;
  stop?: Point;
  end: number;
  swappable?: boolean;
}

/** Context a month word needs: 'day' for a capitalized French month mid-sentence (the planet, a mission name). */
type Needs = 'none' | 'cue' | 'day-or-year' | 'day';

interface Context {
  /** A modifier precedes: "l'année" may stand alone ('fin de l'année'). */
  afterModifier: boolean;
  /** A date word precedes (modifier, range opener or connector): an ambiguous month has its cue. */
  cue: boolean;
}

const RANGE_END: Context = { afterModifier: false, cue: true };
/** Symbols before a number that make it money or an identifier, never a year. */
const NOT_YEAR_BEFORE = new Set(['#', '$', '€', '£', '¥', '₹', '₩', '₽', '₺', '№']);
const NUMERIC_SEPARATORS = new Set(['/', '.', '-']);
const SENTENCE_OPENERS = new Set(['"', '«', '(', '-', ':', "'"]);
const LOOKBACK = 8;
const EVENT_NAME_LENGTH = 16;
const DATELINE_ENDS = new Set(['-', '(', ':']);

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isCapitalized = (t: Token) => t.text[0] !== t.text[0]!.toLowerCase();

function grainOf(p: Point): 'day' | 'month' | 'quarter' | 'half' | 'year' | undefined {
  if (p.relative || p.weekday !== undefined) return undefined;
  if (p.day !== undefined) return 'day';
  if (p.month !== undefined) return 'month';
  if (p.quarter !== undefined) return 'quarter';
  if (p.half !== undefined) return 'half';
  return p.year !== undefined ? 'year' : undefined;
}

/**
 * Reads the date expressions of one document, left to right, sentence by sentence. Each position is
 * tried once; a match moves the cursor past it, so the pass stays linear in the number of tokens.
 */
export class DateParser {
  private lo = 0;
  private hi = 0;
  /** Month a fiscal year ends in, when the text says ('financial year ended 31 March'). */
  fiscalEnd: number | undefined;

  constructor(
    private readonly doc: Doc,
    private readonly t: DateTables,
  ) {}

  parseAll(): RawDate[] {
    const dates: RawDate[] = [];
    for (const sentence of this.doc.sentences) {
      this.lo = sentence.tokenStart;
      this.hi = sentence.tokenEnd;
      for (let i = this.lo; i < this.hi; ) {
        const raw = this.canStart(this.doc.tokens[i]!) ? this.parseAt(i) : undefined;
        if (!raw) {
          i++;
          continue;
        }
        raw.dateline = sentence.index <= 2 && this.isDateline(raw);
        this.noteFiscalEnd(raw);
        dates.push(raw);
        i = raw.end;
      }
    }
    return dates;
  }

  /** Numbers, words of the date tables, and words glued to digits ('1er', 'T3', 'FY25'). */
  private canStart(token: Token): boolean {
    if (token.kind === 'number') return true;
    if (token.kind === 'punct') return false;
    return this.t.starters.has(token.norm) || isDigit(token.norm.charCodeAt(0)) || isDigit(token.norm.charCodeAt(token.norm.length - 1));
  }

  private tok(k: number): Token | undefined {
    return k >= this.lo && k < this.hi ? this.doc.tokens[k] : undefined;
  }

  private parseAt(i: number): RawDate | undefined {
    const modifiers: DateModifier[] = [];
    let k = i;
    for (let n = 0; n < 3; n++) {
      const match = this.t.modifiers.matchAt(this.doc.tokens, k, this.hi);
      if (!match) break;
      modifiers.push(match.values[0]!);
      k = match.end;
      if (this.tok(k)?.text === '-' && !this.tok(k)!.spaceBefore) k++;
      const article = phraseEnd(this.t.articles, this.doc.tokens, k, this.hi);
      if (article > 0) k = article;
    }
    const afterModifier = modifiers.length > 0;
    const parsed = this.parseDate(k, { afterModifier, cue: afterModifier });
    if (!parsed) return undefined;
    const relativeModifier = parsed.start.relative?.modifier;
    if (relativeModifier) modifiers.push(relativeModifier);
    const raw: RawDate = { first: i, end: parsed.end, start: parsed.start, modifiers, future: false, comparison: false, dateline: false };
    if (parsed.stop) raw.stop = parsed.stop;
    if (parsed.swappable) raw.swappable = true;
    raw.future = this.futureBefore(i);
    raw.comparison = this.comparisonBefore(i);
    return raw;
  }

  /** A range with its opener ('de janvier à mai', 'entre janvier et avril'), a range, or one point. */
  private parseDate(k: number, ctx: Context): Parsed | undefined {
    const between = phraseEnd(this.t.betweenWords, this.doc.tokens, k, this.hi);
    const opener = between > 0 ? between : phraseEnd(this.t.rangeOpeners, this.doc.tokens, k, this.hi);
    if (opener > 0) return this.parseRange(opener, between > 0, { ...ctx, cue: true }, false);
    return this.parseRange(k, false, ctx, true);
  }

  /** A range, or with `single` the one point found when no range follows it. */
  private parseRange(k: number, between: boolean, ctx: Context, single: boolean): Parsed | undefined {
    let a: Parsed | undefined = this.parsePoint(k, ctx);
    const orSingle = single ? a : undefined;
    if (a?.stop) return orSingle;
    let connector = a ? this.connectorAt(a.end) : -1;
    if (!a) {
      const day = this.dayAt(k);
      if (day === undefined) return undefined;
      connector = this.connectorAt(k + 1);
      a = { start: { day }, end: k + 1 };
      if (connector < 0) return undefined;
    }
    if (connector < 0) return orSingle;
    let b = this.parsePoint(connector, RANGE_END);
    const aStart = a.start;
    if (!b && aStart.day !== undefined && aStart.month !== undefined) {
      const day = this.dayAt(connector);
      if (day !== undefined && day > aStart.day && !this.quantityAfter(connector + 1)) b = { start: { day }, end: connector + 1 };
    }
    const bare = aStart.month === undefined && aStart.day !== undefined;
    if (!b || b.stop) return bare ? undefined : orSingle;
    const bStart = { ...b.start };
    if (bare) {
      if (bStart.month === undefined || bStart.day === undefined) return undefined;
      aStart.month = bStart.month;
    }
    if (bStart.month === undefined && bStart.day !== undefined) bStart.month = aStart.month;
    const grain = grainOf(aStart);
    const isAnd = phraseEnd(this.t.andWords, this.doc.tokens, a.end, this.hi) > 0;
    const consistent =
      grain !== undefined && grain === grainOf(bStart) && aStart.fiscal === bStart.fiscal &&
      (!isAnd || between || (grain === 'month' && bStart.month === aStart.month! + 1));
    if (!consistent) return bare ? undefined : orSingle;
    if (aStart.year === undefined && aStart.yearPhrase === undefined && bStart.yearPhrase) aStart.yearPhrase = bStart.yearPhrase;
    const range: Parsed = { start: aStart, stop: bStart, end: b.end };
    if (a.swappable || b.swappable) range.swappable = true;
    return range;
  }

  /** Where the other end of a range starts, when a connector stands at `k`; -1 otherwise. */
  private rangeTo(k: number): number {
    return phraseEnd(this.t.rangeWords, this.doc.tokens, k, this.hi);
  }

  private connectorAt(k: number): number {
    const to = phraseEnd(this.t.rangeWords, this.doc.tokens, k, this.hi);
    if (to > 0) return to;
    return phraseEnd(this.t.andWords, this.doc.tokens, k, this.hi);
  }

  private parsePoint(k: number, ctx: Context): Parsed | undefined {
    const tokens = this.doc.tokens;
    const token = this.tok(k);
    if (!token) return undefined;
    const numeric = this.numericAt(k);
    if (numeric) return numeric;
    const relative = this.t.relative.matchAt(tokens, k, this.hi);
    if (relative) {
      const phrase = relative.values[0]!;
      // "l'ensemble de l'année 2024": the written year says which
      const year = phrase.unit === 'year' ? this.yearAt(relative.end) : undefined;
      if (year !== undefined) return { start: { year }, end: relative.end + 1 };
      if (!phrase.qualifierOnly || ctx.afterModifier) return { start: { relative: phrase }, end: relative.end };
    }
    const cue = ctx.cue || this.cueBefore(k);
    const point =
      this.weekdayDate(k) ??
      this.shiftedName(k) ??
      this.dayMonth(k) ??
      this.monthDay(k) ??
      this.monthsEndingIn(k) ??
      this.month(k, cue) ??
      this.quarterOrHalf(k, cue) ??
      this.firstMonths(k) ??
      this.fiscalYear(k) ??
      this.year(k);
    if (!point) return undefined;
    return this.withYear(point);
  }

  /** Adds the year written after a period: 'mai 2024', 'premier semestre de 2025', 'mai de cette année', 'Q4 FY25'. */
  private withYear(p: Parsed): Parsed {
    const s = p.start;
    if (s.year !== undefined || s.relative || s.weekday !== undefined || s.shift !== undefined || (s.month === undefined && s.quarter === undefined && s.half === undefined)) return p;
    const joiner = phraseEnd(this.t.yearJoiners, this.doc.tokens, p.end, this.hi);
    for (const at of joiner > 0 ? [p.end, joiner] : [p.end]) {
      const year = this.yearAt(at);
      const fiscal = year === undefined && at === p.end ? this.fiscalYear(at) : undefined;
      const written = year ?? fiscal?.start.year;
      if (written !== undefined) {
        for (const q of p.stop ? [s, p.stop] : [s]) {
          q.year = written;
          if (fiscal) q.fiscal = true;
        }
        return { ...p, end: fiscal ? fiscal.end : at + 1 };
      }
      const relative = this.t.relative.matchAt(this.doc.tokens, at, this.hi);
      const phrase = relative?.values[0];
      if (relative && phrase!.unit === 'year' && !phrase!.modifier && (at !== p.end || !phrase!.qualifierOnly)) {
        s.yearPhrase = phrase!;
        if (p.stop) p.stop.yearPhrase = phrase!;
        return { ...p, end: relative.end };
      }
    }
    return p;
  }

  // ---- numbers ----

  private digitsAndSuffix(token: Token): { n: number; suffix: string } | undefined {
    let i = 0;
    while (i < token.text.length && isDigit(token.text.charCodeAt(i))) i++;
    if (i === 0 || i > 2) return undefined;
    return { n: Number(token.text.slice(0, i)), suffix: token.norm.slice(i) };
  }

  /** Glued to other digits: '1,5', '10:30', '12 000', so not a day or a year of its own. */
  private partOfNumber(k: number): boolean {
    const prev = this.tok(k - 1);
    const next = this.tok(k + 1);
    const token = this.doc.tokens[k]!;
    if (prev && !token.spaceBefore && prev.kind === 'punct' && (prev.text === ',' || prev.text === '.' || prev.text === ':')) {
      const before = this.tok(k - 2);
      if (before?.kind === 'number' && !prev.spaceBefore) return true;
    }
    if (next && !next.spaceBefore && next.kind === 'punct' && (next.text === ',' || next.text === '.' || next.text === ':')) {
      const after = this.tok(k + 2);
      if (after?.kind === 'number' && !after.spaceBefore) return true;
    }
    return next?.kind === 'number' && next.spaceBefore && next.text.length === 3;
  }

  /** A day of the month: '12', '1er', '3rd'. */
  private dayAt(k: number): number | undefined {
    const token = this.tok(k);
    if (!token) return undefined;
    let n: number;
    if (token.kind === 'number') {
      if (token.text.length > 2) return undefined;
      n = Number(token.text);
    } else if (token.kind === 'word') {
      const parts = this.digitsAndSuffix(token);
      if (!parts || !this.t.ordinalSuffixes.has(parts.suffix)) return undefined;
      n = parts.n;
    } else return undefined;
    if (n < 1 || n > 31 || this.partOfNumber(k)) return undefined;
    return n;
  }

  /**
   * A four-digit year that is not a quantity, a price, a phone number or part of a model name
   * ('Peugeot 2008', 'e-2008', 'modèle 2025'). `afterDay`: it follows the day of its own date ('June 12 2025').
   */
  private yearAt(k: number, afterDay = false): number | undefined {
    const token = this.tok(k);
    if (!token || token.kind !== 'number' || token.text.length !== 4) return undefined;
    const year = Number(token.text);
    if (year < 1900 || year > 2100 || this.partOfNumber(k)) return undefined;
    if (this.quantityAfter(k + 1)) return undefined;
    const prev = this.tok(k - 1);
    const dated = afterDay || (prev !== undefined && this.isDateWord(prev));
    // '+1 555 2025 0199': a number among numbers, unless its date stands before it ('mai 2025 2 000 voitures')
    if (!dated && (prev?.kind === 'number' || this.tok(k + 1)?.kind === 'number')) return undefined;
    if (!prev) return year;
    if (this.t.identifierWords.has(prev.norm)) return undefined;
    if (!token.spaceBefore && NOT_YEAR_BEFORE.has(prev.text)) return undefined;
    if (NUMERIC_SEPARATORS.has(prev.text) && !token.spaceBefore && !prev.spaceBefore) {
      // 'e-2008' is a model, '555-2025' a phone number; 'mi-2026' and '2024-2025' are dates
      const before = this.tok(k - 2);
      if (before?.kind === 'word' && !this.isDateWord(before)) return undefined;
      if (before?.kind === 'number' && before.text.length !== 4) return undefined;
    }
    if (prev.kind === 'word' && isCapitalized(prev) && !this.isDateWord(prev)) return undefined;
    return year;
  }

  private quantityAfter(k: number): boolean {
    const next = this.tok(k);
    return next !== undefined && this.t.quantityWords.has(next.norm);
  }

  private isDateWord(token: Token): boolean {
    const n = token.norm;
    return this.t.cueWords.has(n) || this.t.months.has(n) || this.t.quarterWords.has(n) || this.t.halfWords.has(n) || this.t.fiscalPrefixes.has(n) || this.t.weekdays.has(n) || this.periodLetter(token) !== undefined;
  }

  /** 'T3', 'Q3', 'S1', 'H1': a quarter or a half by its letter. */
  private periodLetter(token: Token): Point | undefined {
    if (token.kind !== 'word' || token.norm.length !== 2 || !isCapitalized(token) || !isDigit(token.norm.charCodeAt(1))) return undefined;
    const letter = token.norm[0]!;
    const n = Number(token.norm[1]);
    if (this.t.quarterLetters.has(letter) && n >= 1 && n <= 4) return { quarter: n };
    if (this.t.halfLetters.has(letter) && n >= 1 && n <= 2) return { half: n };
    return undefined;
  }

  /** 12/06/2025, 12.06.2025, 2025-06-12: three numbers with one separator, and nothing glued around them. */
  private numericAt(k: number): Parsed | undefined {
    const first = this.tok(k);
    if (first?.kind !== 'number' || first.text.length > 4) return undefined;
    const sep = this.tok(k + 1);
    if (!sep || !NUMERIC_SEPARATORS.has(sep.text) || sep.spaceBefore) return undefined;
    const second = this.tok(k + 2);
    const third = this.tok(k + 4);
    const sep2 = this.tok(k + 3);
    if (second?.kind !== 'number' || third?.kind !== 'number' || second.spaceBefore || third.spaceBefore) return undefined;
    if (sep2?.text !== sep.text || sep2.spaceBefore) return undefined;
    const prev = this.tok(k - 1);
    const next = this.tok(k + 5);
    if (prev && !first.spaceBefore && (prev.kind === 'number' || NUMERIC_SEPARATORS.has(prev.text))) return undefined;
    if (next && !next.spaceBefore && NUMERIC_SEPARATORS.has(next.text) && this.tok(k + 6)?.kind === 'number') return undefined;
    const a = first.text;
    const b = second.text;
    const c = third.text;
    let year: number, month: number, day: number;
    let swappable = false;
    if (a.length === 4) {
      if (b.length > 2 || c.length > 2) return undefined;
      [year, month, day] = [Number(a), Number(b), Number(c)];
    } else {
      if (c.length !== 4 || a.length > 2 || b.length > 2) return undefined;
      year = Number(c);
      const x = Number(a);
      const y = Number(b);
      const dayFirst = this.t.vocab.numericOrder === 'dmy';
      [day, month] = dayFirst ? [x, y] : [y, x];
      if (month > 12 && day <= 12) [day, month] = [month, day];
      else swappable = x <= 12 && y <= 12 && x !== y;
    }
    if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    return { start: { year, month, day }, end: k + 5, ...(swappable ? { swappable } : {}) };
  }

  // ---- names ----

  /** Month word, and what it needs around it to be one. */
  private monthWord(k: number): { month: number; needs: Needs; end: number } | undefined {
    const token = this.tok(k);
    if (!token || token.kind !== 'word') return undefined;
    const month = this.t.months.get(token.norm);
    if (month === undefined) return undefined;
    let needs: Needs = this.t.ambiguousMonths.get(token.norm) ?? 'none';
    if (this.t.vocab.capitalizedNames) {
      if (!isCapitalized(token)) return undefined;
    } else if (isCapitalized(token) && !this.sentenceInitial(k)) needs = 'day'; // 'la mission Mars 2030'
    // 'Dec. 10', 'janv.-sept.': a full stop that does not end the sentence closes an abbreviation
    let end = k + 1;
    const dot = this.tok(end);
    if (dot?.text === '.' && !dot.spaceBefore && end + 1 < this.hi) end++;
    return { month, needs, end };
  }

  private sentenceInitial(k: number): boolean {
    const prev = this.tok(k - 1);
    return !prev || (prev.kind === 'punct' && SENTENCE_OPENERS.has(prev.text));
  }

  /**
   * Mid-sentence after a lower-case word ('its May volume', 'rose in May'): a capitalized 'May' there
   * is the month; after a capital it may be a name ('Theresa May') or a title-case headline ('Sales May Rise').
   */
  private plainWordBefore(k: number): boolean {
    const prev = this.tok(k - 1);
    return prev !== undefined && !this.sentenceInitial(k) && !isCapitalized(prev);
  }

  private cueBefore(k: number): boolean {
    const prev = this.tok(k - 1);
    return prev !== undefined && this.t.cueWords.has(prev.norm);
  }

  /** A weekday name that names a day: capitalized where the language requires, and not 'Black Friday'. */
  private weekdayAt(k: number): number | undefined {
    const token = this.tok(k);
    if (!token || token.kind !== 'word') return undefined;
    const weekday = this.t.weekdays.get(token.norm);
    if (weekday === undefined) return undefined;
    if (this.t.vocab.capitalizedNames && !isCapitalized(token)) return undefined;
    const prev = this.tok(k - 1);
    if (prev?.kind === 'word' && isCapitalized(prev) && !this.isDateWord(prev) && !this.t.articleWords.has(prev.norm)) return undefined;
    return weekday;
  }

  /** 'le dimanche 1er juin', 'Friday, June 7': the weekday belongs to the date; alone it is a day to resolve. */
  private weekdayDate(k: number): Parsed | undefined {
    const weekday = this.weekdayAt(k);
    if (weekday === undefined) return undefined;
    const after = this.tok(k + 1)?.text === ',' ? k + 2 : k + 1;
    const dated = this.dayMonth(after) ?? this.monthDay(after);
    if (dated) return dated;
    const shift = this.tok(k + 1) ? this.t.shiftAfter.get(this.tok(k + 1)!.norm) : undefined;
    if (shift !== undefined) return { start: { weekday, shift }, end: k + 2 };
    return { start: { weekday }, end: k + 1 };
  }

  /** 'last August', 'next Tuesday' (English order). */
  private shiftedName(k: number): Parsed | undefined {
    const token = this.tok(k);
    const shift = token ? this.t.shiftBefore.get(token.norm) : undefined;
    if (shift === undefined) return undefined;
    const month = this.monthWord(k + 1);
    if (month && (month.needs === 'none' || month.needs === 'cue')) return { start: { month: month.month, shift }, end: month.end };
    const weekday = this.weekdayAt(k + 1);
    if (weekday !== undefined) return { start: { weekday, shift }, end: k + 2 };
    return undefined;
  }

  /** '12 juin 2025', '1er novembre', '28 October 2025', 'the 5th of June'. */
  private dayMonth(k: number): Parsed | undefined {
    const day = this.dayAt(k);
    if (day === undefined) return undefined;
    let m = k + 1;
    const joined = phraseEnd(this.t.dayJoiners, this.doc.tokens, m, this.hi);
    if (joined > 0) m = joined;
    const month = this.monthWord(m);
    if (!month) return undefined;
    return this.withDayYear({ day, month: month.month }, month.end);
  }

  /** 'June 7', 'Nov 3, 2025', 'December 31, 2027' (languages that write the month first). */
  private monthDay(k: number): Parsed | undefined {
    if (!this.t.vocab.monthBeforeDay) return undefined;
    const month = this.monthWord(k);
    if (!month) return undefined;
    const day = this.dayAt(month.end);
    if (day === undefined || this.quantityAfter(month.end + 1)) return undefined;
    return this.withDayYear({ day, month: month.month }, month.end + 1);
  }

  private withDayYear(start: Point, end: number): Parsed {
    const comma = this.tok(end)?.text === ',' ? end + 1 : end;
    const year = this.yearAt(comma, true);
    if (year !== undefined) return { start: { ...start, year }, end: comma + 1 };
    const shift = this.tok(end) ? this.t.shiftAfter.get(this.tok(end)!.norm) : undefined;
    if (shift !== undefined) return { start: { ...start, shift }, end: end + 1 };
    return { start, end };
  }

  /** 'mai', 'en mars', 'May 2024', 'mars dernier'; an ambiguous name needs its context. */
  private month(k: number, cue: boolean): Parsed | undefined {
    const month = this.monthWord(k);
    if (!month || month.needs === 'day') return undefined;
    const year = this.yearAt(month.end);
    if (year !== undefined) return { start: { month: month.month, year }, end: month.end + 1 };
    if (month.needs !== 'none') {
      // 'Jan-Sep 2024': the other end of a range vouches for an ambiguous month
      const ranged = this.monthWord(this.rangeTo(month.end)) !== undefined;
      if (!ranged && (month.needs === 'day-or-year' || (!cue && !this.plainWordBefore(k)))) return undefined;
    }
    const next = this.tok(month.end);
    const shift = next ? this.t.shiftAfter.get(next.norm) : undefined;
    if (shift !== undefined) return { start: { month: month.month, shift }, end: month.end + 1 };
    return { start: { month: month.month }, end: month.end };
  }

  /** Ordinal of a quarter or half: 'troisième', '3e', 'third', '3rd', 'premier'. */
  private ordinalAt(k: number): number | undefined {
    const token = this.tok(k);
    if (!token || token.kind !== 'word') return undefined;
    const word = this.t.ordinals.get(token.norm);
    if (word !== undefined) return word;
    const parts = this.digitsAndSuffix(token);
    return parts && this.t.ordinalSuffixes.has(parts.suffix) ? parts.n : undefined;
  }

  /** 'T3', 'Q3 2025', 'S1', 'H1 2024', 'troisième trimestre', 'first half', 'fourth-quarter', 'dernier trimestre 2025'. */
  private quarterOrHalf(k: number, cue: boolean): Parsed | undefined {
    const token = this.tok(k);
    if (!token || token.kind !== 'word') return undefined;
    const lettered = this.periodLetter(token);
    if (lettered) {
      // 'Audi Q3', 'Jetour T1', 'Hyundai H1' are models: the letter form needs a year or a date cue beside it
      const other = this.tok(this.rangeTo(k + 1));
      const dated = this.yearAt(k + 1) !== undefined || this.fiscalYear(k + 1) !== undefined || (other !== undefined && this.periodLetter(other) !== undefined);
      return dated || cue ? { start: lettered, end: k + 1 } : undefined;
    }
    let n = this.ordinalAt(k);
    const last = n === undefined && this.t.lastOrdinals.has(token.norm);
    if (n === undefined && !last) return undefined;
    let w = k + 1;
    if (this.tok(w)?.text === '-' && !this.tok(w)!.spaceBefore) w++;
    const word = this.tok(w);
    if (!word) return undefined;
    const isQuarter = this.t.quarterWords.has(word.norm);
    const isHalf = this.t.halfWords.has(word.norm);
    if (!isQuarter && !isHalf) return undefined;
    if (last) {
      // 'the last quarter' alone is relative to the reader; with a year it is the fourth
      const joiner = phraseEnd(this.t.yearJoiners, this.doc.tokens, w + 1, this.hi);
      if (this.yearAt(w + 1) === undefined && (joiner < 0 || this.yearAt(joiner) === undefined)) return undefined;
      n = isQuarter ? 4 : 2;
    }
    if (n === undefined || n < 1 || n > (isQuarter ? 4 : 2)) return undefined;
    return { start: isQuarter ? { quarter: n } : { half: n }, end: w + 1 };
  }

  /** 'les cinq premiers mois', 'the first five months', 'the first 11 months', 'les trois premiers trimestres'. */
  private firstMonths(k: number): Parsed | undefined {
    const months = this.inSet(k + 2, this.t.monthWords);
    if (!months && !this.inSet(k + 2, this.t.quarterWords)) return undefined;
    let n: number | undefined;
    if (this.inSet(k, this.t.firstWords)) n = this.countAt(k + 1);
    else if (this.inSet(k + 1, this.t.firstWords)) n = this.countAt(k);
    if (n === undefined || n < 2 || n > (months ? 12 : 4)) return undefined;
    return months ? { start: { month: 1 }, stop: { month: n }, end: k + 3 } : { start: { quarter: 1 }, stop: { quarter: n }, end: k + 3 };
  }

  /**
   * 'the nine months to September', 'the year to March 2025', 'fiscal year ending March 2026': the
   * months counted back from the one named, which must be a whole month ('the year ended 31 March
   * 2025' stays that day, and says when the fiscal year ends).
   */
  private monthsEndingIn(k: number): Parsed | undefined {
    const tokens = this.doc.tokens;
    const yearEnd = phraseEnd(this.t.yearWords, tokens, k, this.hi);
    const months = yearEnd > 0 ? 12 : this.inSet(k + 1, this.t.monthWords) ? this.countAt(k) : undefined;
    if (months === undefined || months < 2 || months > 12) return undefined;
    const to = phraseEnd(this.t.periodEndWords, tokens, yearEnd > 0 ? yearEnd : k + 2, this.hi);
    if (to < 0 || this.dayMonth(to) || this.monthDay(to)) return undefined;
    const named = this.month(to, true);
    if (!named) return undefined;
    const last = this.withYear(named);
    const stop = last.start;
    const startMonth = ((stop.month! - months + 12) % 12) + 1;
    const start: Point = { month: startMonth };
    if (stop.year !== undefined) start.year = startMonth > stop.month! || months === 12 && stop.month !== 12 ? stop.year - 1 : stop.year;
    return { start, stop, end: last.end };
  }

  private inSet(k: number, words: ReadonlySet<string>): boolean {
    const token = this.tok(k);
    return token !== undefined && words.has(token.norm);
  }

  private countAt(k: number): number | undefined {
    const token = this.tok(k);
    if (!token) return undefined;
    if (token.kind === 'number') return token.text.length <= 2 ? Number(token.text) : undefined;
    return this.t.cardinals.get(token.norm);
  }

  /** 'FY25', 'FY2025', 'FY 2025'. */
  private fiscalYear(k: number): Parsed | undefined {
    const token = this.tok(k);
    if (!token || token.kind !== 'word') return undefined;
    for (const prefix of this.t.fiscalPrefixes) {
      if (!token.norm.startsWith(prefix)) continue;
      let digits = token.norm.slice(prefix.length);
      let end = k + 1;
      if (digits === '') {
        const next = this.tok(k + 1);
        if (next?.kind !== 'number') continue;
        digits = next.text;
        end = k + 2;
      }
      if (!/^\d+$/.test(digits) || (digits.length !== 2 && digits.length !== 4)) continue;
      const year = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
      if (year < 1900 || year > 2100) continue;
      return { start: { year, fiscal: true }, end };
    }
    return undefined;
  }

  /** '2024', and '2026-27' for a season or fiscal year across two years. */
  private year(k: number): Parsed | undefined {
    const year = this.yearAt(k);
    if (year === undefined || (!this.cueBefore(k) && this.closesEventName(k))) return undefined;
    const sep = this.tok(k + 1);
    const short = this.tok(k + 2);
    if (sep && (sep.text === '-' || sep.text === '/') && !sep.spaceBefore && short?.kind === 'number' && !short.spaceBefore && short.text.length === 2 && Number(short.text) === (year + 1) % 100) {
      return { start: { year }, stop: { year: year + 1 }, end: k + 3 };
    }
    return { start: { year }, end: k + 1 };
  }

  /** 'Salon international de l'automobile 2025': an event word a few words back, with only words between. */
  private closesEventName(k: number): boolean {
    for (let j = k - 1; j >= Math.max(this.lo, k - EVENT_NAME_LENGTH); j--) {
      const token = this.doc.tokens[j]!;
      if (token.kind !== 'word' && token.text !== "'" && token.text !== '-') return false;
      if (phraseEnd(this.t.eventWords, this.doc.tokens, j, k) > 0) return true;
    }
    return false;
  }

  // ---- context ----

  /** 'CITY, <date> —', 'Paris, le 12 juin 2025 :', 'LONDON, June 12 (Reuters) -' near the head of the text. */
  private isDateline(raw: RawDate): boolean {
    if (raw.first - this.lo > LOOKBACK || raw.stop || grainOf(raw.start) !== 'day') return false;
    const article = phraseEnd(this.t.articles, this.doc.tokens, raw.first - 1, raw.first) === raw.first ? 1 : 0;
    const next = this.tok(raw.end);
    return this.tok(raw.first - 1 - article)?.text === ',' && (!next || DATELINE_ENDS.has(next.text));
  }

  private noteFiscalEnd(raw: RawDate): void {
    if (raw.start.month === undefined || raw.stop || raw.start.fiscal) return;
    for (let k = Math.max(this.lo, raw.first - 5); k < raw.first; k++) {
      if (phraseEnd(this.t.fiscalYearPhrases, this.doc.tokens, k, raw.first) === raw.first) {
        this.fiscalEnd = raw.start.month;
        return;
      }
    }
  }

  /** Tokens of the clause before `first`, nearest first, up to LOOKBACK of them. */
  private *clauseBefore(first: number): Generator<number> {
    for (let k = first - 1; k >= Math.max(this.lo, first - LOOKBACK); k--) {
      const text = this.doc.tokens[k]!.text;
      if (text === ';' || text === ':') return;
      yield k;
    }
  }

  private futureBefore(first: number): boolean {
    for (const k of this.clauseBefore(first)) {
      if (isFutureVerb(this.t, this.doc.tokens[k]!)) return true;
      const end = phraseEnd(this.t.futureCues, this.doc.tokens, k, first);
      if (end > 0) return true;
    }
    return false;
  }

  private comparisonBefore(first: number): boolean {
    for (const k of this.clauseBefore(first)) if (phraseEnd(this.t.comparisonCues, this.doc.tokens, k, first) > 0) return true;
    return false;
  }
}
