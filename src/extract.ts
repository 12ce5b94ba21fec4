import { buildDocument } from './pipeline/build-document.js';
import type { Doc } from './pipeline/document.js';
import { tokenSpan } from './pipeline/document.js';
import { recognize, type Recognized } from './recognize/index.js';
import { countryName } from './recognize/countries.js';
import { linkFigures } from './link/figures.js';
import { linkLaunches } from './link/launches.js';
import { buildLinkContext } from './link/mentions.js';
import { linkPartnerships } from './link/partnerships.js';
import { ExtractOptionsSchema, type Brand, type Country, type DateMention, type ExtractOptions, type ExtractionResult, type Region } from './schema.js';

/** Default `maxLength`: longer text is cut at a sentence boundary, with a warning. */
export const DEFAULT_MAX_LENGTH = 2_000_000;

function emptyResult(warnings: string[] = []): ExtractionResult {
  return { language: 'und', figures: [], dates: [], brands: [], countries: [], regions: [], partnerships: [], launches: [], warnings };
}

function parseOptions(options: unknown) {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') throw new TypeError(`extractFacts: options must be an object, got ${typeof options}`);
  const parsed = ExtractOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = issue.path.length ? `options.${issue.path.join('.')}` : 'options';
    const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
    throw new RangeError(`extractFacts: invalid ${name}${keys}: ${issue.message}`);
  }
  return parsed.data;
}

function assembleDates(doc: Doc, found: Recognized): DateMention[] {
  const seen = new Set<string>();
  const dates: DateMention[] = [];
  for (const hit of found.dates) {
    const key = `${hit.value}..${hit.endValue ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const date: DateMention = { value: hit.value, span: tokenSpan(doc, hit.first, hit.end) };
    if (hit.endValue) date.end = hit.endValue;
    if (hit.modifier) date.modifier = hit.modifier;
    if (hit.year) date.year = hit.year;
    dates.push(date);
  }
  return dates;
}

function groupMentions<K, R extends { mentions: ReturnType<typeof tokenSpan>[] }>(
  doc: Doc,
  hits: readonly { first: number; end: number }[],
  keyOf: (index: number) => K,
  make: (index: number) => R,
): R[] {
  const byKey = new Map<K, R>();
  hits.forEach((hit, index) => {
    const key = keyOf(index);
    let record = byKey.get(key);
    if (!record) byKey.set(key, (record = make(index)));
    record.mentions.push(tokenSpan(doc, hit.first, hit.end));
  });
  return [...byKey.values()];
}

/**
 * Facts from one French or English automotive article: figures, dates, brands, countries,
 * partnerships and launches, each with its span in `text`.
 */
export function extractFacts(text: string, options?: ExtractOptions): ExtractionResult {
  if (typeof text !== 'string') throw new TypeError(`extractFacts: text must be a string, got ${text === null ? 'null' : typeof text}`);
  const parsed = parseOptions(options);
  if (text.trim() === '') return emptyResult();
  const { doc, warnings } = buildDocument(text, {
    maxLength: parsed.maxLength ?? DEFAULT_MAX_LENGTH,
    ...(parsed.referenceDate ? { referenceDate: parsed.referenceDate } : {}),
    ...(parsed.language ? { language: parsed.language } : {}),
  });
  if (!doc) return emptyResult(warnings);
  // the caller's own array, not zod's copy: the brand matcher built from it is cached by identity
  const found = recognize(doc, parsed.brands ? options!.brands : undefined);
  const context = buildLinkContext(doc, found);
  const brands = groupMentions<string, Brand>(doc, found.brands, (i) => found.brands[i]!.entry.name, (i) => {
    const entry = found.brands[i]!.entry;
    return entry.group ? { name: entry.name, group: entry.group, mentions: [] } : { name: entry.name, mentions: [] };
  });
  const countries = groupMentions<string, Country>(doc, found.countries, (i) => found.countries[i]!.code, (i) => {
    const code = found.countries[i]!.code;
    return { code, name: countryName(code), mentions: [] };
  });
  const regions = groupMentions<string, Region>(doc, found.regions, (i) => found.regions[i]!.name, (i) => ({ name: found.regions[i]!.name, mentions: [] }));
  return {
    language: doc.locale.code,
    figures: linkFigures(doc, context),
    dates: assembleDates(doc, found),
    brands,
    countries,
    regions,
    partnerships: linkPartnerships(doc, found, context),
    launches: linkLaunches(doc, found, context),
    warnings: doc.warnings,
  };
}
