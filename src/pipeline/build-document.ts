import type { Locale } from '../locales/types.js';
import { localeFor } from '../locales/index.js';
import type { CalendarDay, Doc } from './document.js';
import { detectLanguage } from './language.js';
import { normalizeText } from './normalize.js';
import { segmentSentences } from './segment.js';
import { tokenize } from './tokenize.js';

export interface DocumentOptions {
  referenceDate?: string;
  language?: 'fr' | 'en';
  maxLength: number;
}

const ABBREVIATIONS = new Map<Locale, ReadonlySet<string>>();

function abbreviationsOf(locale: Locale): ReadonlySet<string> {
  let set = ABBREVIATIONS.get(locale);
  if (!set) ABBREVIATIONS.set(locale, (set = new Set(locale.abbreviations)));
  return set;
}

/** Cut over-long input at the last sentence end (or line break, old Mac '\r' too, or space) before the limit. */
function truncate(input: string, maxLength: number): string {
  if (input.length <= maxLength) return input;
  const window = input.slice(Math.max(0, maxLength - 10_000), maxLength);
  const sentenceEnd = Math.max(...['\n', '\r', '. ', '! ', '? '].map((boundary) => window.lastIndexOf(boundary)));
  const at = sentenceEnd >= 0 ? sentenceEnd : window.lastIndexOf(' ');
  if (at >= 0) return input.slice(0, maxLength - window.length + at + 1);
  let cut = maxLength;
  const c = input.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--; // never split a surrogate pair
  return input.slice(0, cut);
}

function parseDay(iso: string): CalendarDay {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** normalize -> tokenize -> detect language -> segment. Undefined locale: neither French nor English. */
export function buildDocument(rawInput: string, options: DocumentOptions): { doc?: Doc; warnings: string[] } {
  const warnings: string[] = [];
  const input = truncate(rawInput, options.maxLength);
  if (input.length < rawInput.length) warnings.push(`input truncated at ${input.length} of ${rawInput.length} characters (maxLength ${options.maxLength})`);
  const text = normalizeText(input);
  const tokens = tokenize(text);
  const locale = options.language ? localeFor(options.language) : detectLanguage(text, tokens);
  if (!locale) return { warnings };
  const sentences = segmentSentences(tokens, abbreviationsOf(locale));
  const sentenceOf = new Int32Array(tokens.length);
  for (const sentence of sentences) sentenceOf.fill(sentence.index, sentence.tokenStart, sentence.tokenEnd);
  const doc: Doc = { input, text, tokens, sentences, sentenceOf, locale, warnings };
  if (options.referenceDate) doc.referenceDate = parseDay(options.referenceDate);
  return { doc, warnings };
}
