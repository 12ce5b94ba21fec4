import type { Doc } from '../pipeline/document.js';
import { tokenSpan } from '../pipeline/document.js';
import type { DateModifier } from '../schema.js';
import { findAnchor } from './dates/anchor.js';
import { DateParser } from './dates/parse.js';
import { DateResolver } from './dates/resolve.js';
import { dateTables } from './dates/tables.js';

/** A date expression found in the text, resolved to partial ISO. */
export interface DateHit {
  /** Token range [first, end). */
  first: number;
  end: number;
  value: string;
  /** Last period of a range ('de janvier à mai': value 2025-01, endValue 2025-05). */
  endValue?: string;
  modifier?: DateModifier;
  /** Undefined when no year could be known ('--MM-DD'). */
  year?: 'explicit' | 'reference' | 'inferred';
  /** The base a change is measured against ('contre ... en mai 2024', 'than in May 2023'). */
  comparison?: boolean;
  /** The article's dateline ('AMSTERDAM, July 29 —'): when it was written. */
  dateline?: boolean;
}

function spanText(doc: Doc, raw: { first: number; end: number }): string {
  return tokenSpan(doc, raw.first, raw.end).text;
}

/**
 * Every date expression of the document, in text order: parsed in one pass over the tokens, then
 * resolved against the reference date, or against what the text tells of when it was written.
 */
export function recognizeDates(doc: Doc): DateHit[] {
  const parser = new DateParser(doc, dateTables(doc.locale));
  const raws = parser.parseAll();
  if (raws.length === 0) return [];
  const anchor = findAnchor(doc, raws);
  const resolver = new DateResolver(anchor, parser.fiscalEnd);
  const hits: DateHit[] = [];
  const yearless: string[] = [];
  let inferred = false;
  for (const raw of raws) {
    const resolved = resolver.resolve(raw);
    if (!resolved) continue;
    const hit: DateHit = { first: raw.first, end: raw.end, value: resolved.value };
    if (resolved.endValue) hit.endValue = resolved.endValue;
    if (resolved.modifier) hit.modifier = resolved.modifier;
    if (resolved.year) hit.year = resolved.year;
    if (raw.comparison) hit.comparison = true;
    if (raw.dateline) hit.dateline = true;
    hits.push(hit);
    if (raw.swappable) {
      const order = doc.locale.dates.numericOrder === 'dmy' ? 'day/month' : 'month/day';
      doc.warnings.push(`date "${spanText(doc, raw)}" could be read either way: taken as ${order}, the ${doc.locale.code} order`);
    }
    if (!resolved.year) yearless.push(spanText(doc, raw));
    else if (resolved.year === 'inferred') inferred = true;
  }
  if (inferred && anchor) doc.warnings.push(`dates: years inferred from the text (written in ${anchor.year})`);
  if (yearless.length) doc.warnings.push(`dates: no year in the text for ${yearless.map((t) => `"${t}"`).join(', ')}: kept as month and day`);
  return hits;
}
