import type { RelativeDatePhrase } from '../../locales/types.js';
import type { DateModifier } from '../../schema.js';
import type { Anchor } from './anchor.js';
import { addDays, type Day, daysInMonth, dayKey, fromMonthIndex, isoDay, isoMonth, isoYear, monthIndex, weekdayOf } from './calendar.js';
import type { Point, RawDate } from './parse.js';

export type YearSource = 'explicit' | 'reference' | 'inferred';

export interface Resolution {
  value: string;
  endValue?: string;
  modifier?: DateModifier;
  /** Undefined when no year could be known: the value is then '--MM' or '--MM-DD'. */
  year?: YearSource;
}

/** Modifiers that place a date within its period; the others (since, until, ...) place events around it. */
const INNER = new Set<DateModifier>(['start', 'mid', 'end']);
/** A leap year, for checking days when the year is unknown ('29 février'). */
const ANY_YEAR = 2000;

/** First and last month of a point's period, within its year. */
function firstMonth(p: Point): number {
  return p.month ?? (p.quarter !== undefined ? p.quarter * 3 - 2 : p.half !== undefined ? p.half * 6 - 5 : 1);
}
function lastMonth(p: Point): number {
  return p.month ?? (p.quarter !== undefined ? p.quarter * 3 : p.half !== undefined ? p.half * 6 : 12);
}
/** Where a point starts and ends within its year: orders the ends of a range, compares with the anchor. */
/** Months into a year during which its texts still report the year before ('full-year results' in February). */
const REPORTING_MONTHS = 3;

/** How far ahead of the anchor a day without a year may lie and still be this year's. */
const NEAR_DAYS = 31;

const ROUGH_YEAR = 12 * 31;

/** Days from one day to the next time another comes round, roughly (months of 31 days): enough to tell 'a week ahead'. */
function daysAhead(fromMonth: number, fromDay: number, toMonth: number, toDay: number): number {
  return ((toMonth - fromMonth) * 31 + (toDay - fromDay) + ROUGH_YEAR) % ROUGH_YEAR;
}

function startKey(p: Point): number {
  return p.day !== undefined ? dayKey(p.month!, p.day) : dayKey(firstMonth(p), 0);
}
function endKey(p: Point): number {
  return p.day !== undefined ? dayKey(p.month!, p.day) : dayKey(lastMonth(p), 99);
}

function isoOf(p: Point, year: number | undefined): string | undefined {
  if (p.day !== undefined) return p.day <= daysInMonth(year ?? ANY_YEAR, p.month!) ? isoDay(year, p.month!, p.day) : undefined;
  if (p.month !== undefined) return isoMonth(year, p.month);
  if (year === undefined) return undefined;
  if (p.quarter !== undefined) return `${isoYear(year)}-Q${p.quarter}`;
  if (p.half !== undefined) return `${isoYear(year)}-H${p.half}`;
  return isoYear(year);
}

const FOUR_DIGIT_YEAR = /^(?:--|\d{4}(?!\d))/;
const inIsoYears = (value: string): boolean => FOUR_DIGIT_YEAR.test(value);

/** The last day of a partial ISO value: 'fin mai' 2025-05-31, 'fin 2026' 2026-12-31. */
function lastDayOf(value: string): string {
  if (value.startsWith('--')) {
    const month = Number(value.slice(2, 4));
    return value.length > 4 ? value : isoDay(undefined, month, daysInMonth(ANY_YEAR, month));
  }
  const year = Number(value.slice(0, 4));
  const rest = value.slice(5);
  if (rest.length === 5) return value;
  const month = rest === '' ? 12 : rest[0] === 'Q' ? Number(rest[1]) * 3 : rest[0] === 'H' ? Number(rest[1]) * 6 : Number(rest);
  return isoDay(year, month, daysInMonth(year, month));
}

/**
 * Turns what the text wrote into partial ISO. A written year wins; then a year phrase ('de cette
 * année', 'of that year'); then the anchor: the latest such period not after it, or the next one
 * when the clause looks ahead. Without an anchor, months and days keep no year.
 */
export class DateResolver {
  /** The last year the text wrote, for 'that year' / 'cette année-là'. */
  private statedYear: number | undefined;

  constructor(
    private readonly anchor: Anchor | undefined,
    private readonly fiscalEnd: number | undefined,
  ) {}

  resolve(raw: RawDate): Resolution | undefined {
    const { start } = raw;
    const resolved = start.relative ? this.relative(start.relative, raw.future) : start.weekday !== undefined ? this.weekday(start, raw.future) : this.calendar(raw);
    const written = raw.stop?.year ?? start.year;
    if (written !== undefined && !start.fiscal) this.statedYear = written;
    // a reference date at the calendar's edge ('9999-12-31' and 'next year') gives years ISO has no four digits for
    if (!resolved || !inIsoYears(resolved.value) || (resolved.endValue !== undefined && !inIsoYears(resolved.endValue))) return undefined;
    const inner = raw.modifiers.find((m) => INNER.has(m));
    const modifier = raw.modifiers.find((m) => !INNER.has(m)) ?? inner;
    if (inner === 'end' && resolved.endValue === undefined) resolved.value = lastDayOf(resolved.value);
    if (modifier) resolved.modifier = modifier;
    return resolved;
  }

  private phraseYear(phrase: RelativeDatePhrase): { year: number; mark: YearSource } | undefined {
    if (phrase.fromStatedYear) return this.statedYear === undefined ? undefined : { year: this.statedYear + phrase.offset, mark: 'inferred' };
    return this.anchor ? { year: this.anchor.year + phrase.offset, mark: this.anchor.mark } : undefined;
  }

  private relative(phrase: RelativeDatePhrase, future: boolean): Resolution | undefined {
    if (phrase.unit === 'year') {
      const year = this.phraseYear(phrase);
      // 'Full-year deliveries reached 326,028' written on January 1: last year's
      const over = phrase.reported && !future && this.anchor?.month !== undefined && this.anchor.month <= REPORTING_MONTHS;
      return year && { value: isoYear(over ? year.year - 1 : year.year), year: year.mark };
    }
    const a = this.anchor;
    if (!a || a.month === undefined || phrase.fromStatedYear) return undefined;
    const mark = a.mark;
    switch (phrase.unit) {
      case 'month': {
        const { year, month } = fromMonthIndex(monthIndex(a.year, a.month) + phrase.offset);
        return { value: isoMonth(year, month), year: mark };
      }
      case 'quarter':
      case 'half': {
        const per = phrase.unit === 'quarter' ? 4 : 2;
        const index = a.year * per + Math.floor(((a.month - 1) * per) / 12) + phrase.offset;
        return { value: `${isoYear(Math.floor(index / per))}-${phrase.unit === 'quarter' ? 'Q' : 'H'}${(index % per) + 1}`, year: mark };
      }
      default: {
        if (a.day === undefined) return undefined;
        const today: Day = { year: a.year, month: a.month, day: a.day };
        if (phrase.unit === 'day') {
          const d = addDays(today, phrase.offset);
          return { value: isoDay(d.year, d.month, d.day), year: mark };
        }
        const monday = addDays(today, -((weekdayOf(a.year, a.month, a.day) + 6) % 7) + 7 * phrase.offset);
        const sunday = addDays(monday, 6);
        return { value: isoDay(monday.year, monday.month, monday.day), endValue: isoDay(sunday.year, sunday.month, sunday.day), year: mark };
      }
    }
  }

  /** 'mardi', 'on Tuesday': the latest such day not after the anchor, or the next one ahead. */
  private weekday(p: Point, future: boolean): Resolution | undefined {
    const a = this.anchor;
    if (!a || a.day === undefined) return undefined;
    const today = weekdayOf(a.year, a.month!, a.day);
    const back = (today - p.weekday! + 7) % 7;
    const ahead = (p.weekday! - today + 7) % 7;
    const delta = p.shift === -1 ? -(back || 7) : p.shift === 1 ? ahead || 7 : future && p.shift === undefined ? ahead : -back;
    const d = addDays({ year: a.year, month: a.month!, day: a.day }, delta);
    return { value: isoDay(d.year, d.month, d.day), year: a.mark };
  }

  private calendar(raw: RawDate): Resolution | undefined {
    const a = raw.start;
    const b = raw.stop;
    let yearA = a.year;
    let yearB = b?.year;
    let mark: YearSource | undefined = yearA !== undefined || yearB !== undefined ? 'explicit' : undefined;
    if (mark === undefined && !b && this.fiscalMode() && (a.quarter !== undefined || a.half !== undefined) && !a.yearPhrase) {
      // in a text whose fiscal year is not the calendar's, 'fourth quarter' is the fiscal one
      const year = this.impliedFiscalYear(a, raw.future);
      return year && this.fiscal(a, year.year, undefined, year.year, year.mark);
    }
    if (mark === undefined) {
      const phrase = a.yearPhrase ?? b?.yearPhrase;
      const implied = phrase ? this.phraseYear(phrase) : this.impliedYear(raw);
      if (implied) {
        yearA = implied.year;
        mark = implied.mark;
      }
    }
    if (b) {
      if (yearA === undefined && yearB !== undefined) yearA = yearB - (startKey(a) > startKey(b) ? 1 : 0);
      if (yearB === undefined && yearA !== undefined) yearB = yearA + (startKey(b) < startKey(a) ? 1 : 0);
    }
    if (a.fiscal && yearA !== undefined && this.fiscalMode()) return this.fiscal(a, yearA, b, yearB!, mark!);
    const value = isoOf(a, yearA);
    const endValue = b ? isoOf(b, yearB) : undefined;
    if (!value || (b && !endValue)) return undefined;
    const resolved: Resolution = { value };
    if (endValue && endValue !== value) resolved.endValue = endValue;
    if (mark) resolved.year = mark;
    return resolved;
  }

  /** The year of a period the text gives without one, from the anchor. */
  private impliedYear(raw: RawDate): { year: number; mark: YearSource } | undefined {
    const anc = this.anchor;
    if (!anc) return undefined;
    const mark = anc.mark;
    if (anc.month === undefined) return { year: anc.year, mark };
    const a = raw.start;
    const now = dayKey(anc.month, anc.day!);
    if (a.shift !== undefined) {
      // 'mars dernier' said in March is last year's March; 'next May' said in May, next year's
      const current = a.day !== undefined ? startKey(a) === now : firstMonth(a) === anc.month;
      const ahead = startKey(a) > now;
      if (a.shift < 0) return { year: ahead || current ? anc.year - 1 : anc.year, mark };
      if (a.shift > 0) return { year: ahead && !current ? anc.year : anc.year + 1, mark };
      return { year: anc.year, mark };
    }
    // ahead: this year's unless already over ('the January-March quarter' said in February is this one)
    if (raw.future) return { year: endKey(raw.stop ?? a) < now ? anc.year + 1 : anc.year, mark };
    const last = raw.stop ?? a;
    // a deadline just ahead is the coming one, even with no future tense ('before the August 1 deadline'
    // on July 25); a bare day may be last year's ('a été présenté le 20 juin' on June 13)
    if (a.day !== undefined && !raw.stop && raw.modifiers.some((m) => m === 'before' || m === 'until')) {
      const ahead = daysAhead(anc.month, anc.day!, a.month!, a.day);
      if (ahead > 0 && ahead <= NEAR_DAYS) return { year: startKey(a) > now ? anc.year : anc.year + 1, mark };
    }
    const year = startKey(last) > now ? anc.year - 1 : anc.year;
    return { year: raw.stop && startKey(a) > startKey(raw.stop) ? year - 1 : year, mark };
  }

  private fiscalMode(): boolean {
    return this.fiscalEnd !== undefined && this.fiscalEnd !== 12;
  }

  /** First and last month (as month indexes) of a fiscal period: FY25 ending in March is April 2024 to March 2025. */
  private fiscalSpan(p: Point, year: number): [number, number] {
    const first = monthIndex(year, this.fiscalEnd!) - 11;
    if (p.quarter !== undefined) return [first + 3 * (p.quarter - 1), first + 3 * p.quarter - 1];
    if (p.half !== undefined) return [first + 6 * (p.half - 1), first + 6 * p.half - 1];
    return [first, first + 11];
  }

  /** The fiscal year of a quarter or half given alone: the latest one begun by the anchor, or the next one ahead. */
  private impliedFiscalYear(p: Point, future: boolean): { year: number; mark: YearSource } | undefined {
    const anc = this.anchor;
    if (!anc) return undefined;
    if (anc.month === undefined) return { year: anc.year, mark: anc.mark };
    const now = monthIndex(anc.year, anc.month);
    const candidates = [anc.year - 1, anc.year, anc.year + 1, anc.year + 2];
    const year = future
      ? candidates.find((y) => this.fiscalSpan(p, y)[1] >= now)
      : candidates.reverse().find((y) => this.fiscalSpan(p, y)[0] <= now);
    return year === undefined ? undefined : { year, mark: anc.mark };
  }

  /** FY25 in a text whose fiscal year ends in March: April 2024 to March 2025; Q4 FY25: January to March 2025. */
  private fiscal(a: Point, yearA: number, b: Point | undefined, yearB: number, mark: YearSource): Resolution {
    const from = fromMonthIndex(this.fiscalSpan(a, yearA)[0]);
    const to = fromMonthIndex(this.fiscalSpan(b ?? a, b ? yearB : yearA)[1]);
    return { value: isoMonth(from.year, from.month), endValue: isoMonth(to.year, to.month), year: mark };
  }
}
