import type { Doc } from '../../pipeline/document.js';
import type { DateModifier } from '../../schema.js';
import { daysInMonth } from './calendar.js';
import type { Point, RawDate } from './parse.js';

/** The "now" dates without a year are read against: the publication date, or what the text tells of it. */
export interface Anchor {
  year: number;
  /** Month and day, when known (reference date, dateline). */
  month?: number;
  day?: number;
  mark: 'reference' | 'inferred';
}

/** Dates that aim ahead or bound a period tell nothing of when the text was written. */
const FORWARD = new Set<DateModifier>(['until', 'before', 'after', 'later']);

function lastDayKey(p: Point, year: number): number {
  const month = p.month ?? (p.quarter !== undefined ? p.quarter * 3 : p.half !== undefined ? p.half * 6 : 12);
  return year * 10000 + month * 100 + (p.day ?? daysInMonth(year, month));
}

/**
 * The year the text is written in, by vote of the years it states: each stated year counts once
 * (twice in the headline or dateline sentence, half after 'since'), and a comparison base ('than in
 * May 2024', "qu'en 2024") counts for the year after it. Forward-looking dates do not vote.
 */
function votedYear(doc: Doc, raws: readonly RawDate[], datelineSentence: number): number | undefined {
  const votes = new Map<number, number>();
  for (const raw of raws) {
    if (raw.future || raw.modifiers.some((m) => FORWARD.has(m))) continue;
    for (const p of raw.stop ? [raw.start, raw.stop] : [raw.start]) {
      if (p.year === undefined || p.fiscal) continue;
      const sentence = doc.sentenceOf[raw.first]!;
      let weight = raw.modifiers.includes('since') ? 0.5 : 1;
      if (sentence === 0 || sentence === datelineSentence) weight *= 2;
      const year = raw.comparison ? p.year + 1 : p.year;
      votes.set(year, (votes.get(year) ?? 0) + weight);
    }
  }
  let best: number | undefined;
  let bestVotes = 0;
  for (const [year, n] of votes) {
    if (n > bestVotes || (n === bestVotes && best !== undefined && year > best)) {
      best = year;
      bestVotes = n;
    }
  }
  return best;
}

/**
 * With a reference date, that date. Otherwise the dateline ('AMSTERDAM, July 29 —'), its year
 * written or voted; a voted year moves on by one when the text reports, as past, a period ending
 * after the dateline (an article dated Jan 1 about 'December 2025', or Feb 3 about the whole of
 * 2024, was written the year after). Without a dateline, the voted year alone.
 */
export function findAnchor(doc: Doc, raws: readonly RawDate[]): Anchor | undefined {
  const ref = doc.referenceDate;
  if (ref) return { year: ref.year, month: ref.month, day: ref.day, mark: 'reference' };
  const dateline = raws.find((r) => r.dateline);
  const datelineSentence = dateline ? doc.sentenceOf[dateline.first]! : -1;
  const p = dateline?.start;
  if (p?.year !== undefined) return { year: p.year, month: p.month!, day: p.day!, mark: 'inferred' };
  const voted = votedYear(doc, raws, datelineSentence);
  if (voted === undefined) return undefined;
  if (!p) return { year: voted, mark: 'inferred' };
  let latestPast = 0;
  for (const raw of raws) {
    const q = raw.stop ?? raw.start;
    if (raw.future || raw.comparison || raw.modifiers.length || q.year === undefined || q.fiscal) continue;
    latestPast = Math.max(latestPast, lastDayKey(q, q.year));
  }
  const year = latestPast > voted * 10000 + p.month! * 100 + p.day! ? voted + 1 : voted;
  return { year, month: p.month!, day: p.day!, mark: 'inferred' };
}
