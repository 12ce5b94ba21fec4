import { extractFacts } from '../extract.js';
import type { ExtractOptions, ExtractionResult } from '../schema.js';
import { messageOf } from './types.js';

export type Outcome = { result: ExtractionResult } | { error: string };

/**
 * What a worker sends back: the result as JSON text, one flat string to copy between threads
 * instead of an object graph to clone, which the command writes out without ever parsing.
 */
export type SerializedOutcome = { json: string } | { error: string };

/** One record's extraction, with whatever extractFacts throws kept as that record's error. */
export function extractOutcome(text: string, options: ExtractOptions): Outcome {
  try {
    return { result: extractFacts(text, options) };
  } catch (error) {
    return { error: messageOf(error) };
  }
}
