import type { Doc } from '../pipeline/document.js';
import type { DateModifier } from '../schema.js';

/** A date expression found in the text, resolved to partial ISO. */
export interface DateHit {
  /** Token range [first, end). */
  first: number;
  end: number;
  value: string;
  endValue?: string;
  modifier?: DateModifier;
  year?: 'explicit' | 'reference' | 'inferred';
}

// Placeholder until the dates recognizer lands.
export function recognizeDates(_doc: Doc): DateHit[] {
  return [];
}
