import { extractFacts } from '../extract.js';
import type { ExtractOptions, ExtractionResult } from '../schema.js';
import { messageOf } from './types.js';

export type Outcome = { result: ExtractionResult } | { error: string };

/** One record's extraction, with whatever extractFacts throws kept as that record's error. */
export function extractOutcome(text: string, options: ExtractOptions): Outcome {
  try {
    return { result: extractFacts(text, options) };
  } catch (error) {
    return { error: messageOf(error) };
  }
}
