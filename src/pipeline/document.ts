import type { Locale } from '../locales/types.js';
import type { Sentence } from './segment.js';
import type { Token } from './tokenize.js';

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** One document as every recognizer and linker sees it. Offsets are into `input` and `text` alike. */
export interface Doc {
  /** The caller's text (after any maxLength cut): spans are sliced from it. */
  input: string;
  /** Length-preserving normalization of `input`. */
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  locale: Locale;
  /** Publication date from options, when given. */
  referenceDate?: CalendarDay;
  warnings: string[];
}

export function spanOf(doc: Doc, start: number, end: number): { start: number; end: number; text: string } {
  return { start, end, text: doc.input.slice(start, end) };
}

export function tokenSpan(doc: Doc, first: number, end: number): { start: number; end: number; text: string } {
  return spanOf(doc, doc.tokens[first]!.start, doc.tokens[end - 1]!.end);
}
