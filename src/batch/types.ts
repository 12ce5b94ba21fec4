import type { ExtractionResult } from '../schema.js';

/**
 * Where records come from: a file, a folder (read recursively), a glob, `'-'` for JSONL on
 * standard input, or any stream of JSONL bytes (its records get the source `'stdin'`).
 */
export type BatchInput = string | AsyncIterable<Uint8Array | string>;

/** One article to extract from. */
export interface BatchRecord {
  /** The record's own `id`, else its file path, else `path#n` for the n-th line or array element. */
  id: string;
  /** File path, or `'stdin'`. */
  source: string;
  text: string;
  referenceDate?: string;
  language?: 'fr' | 'en';
}

/** A record, file or input that could not be read or extracted. */
export interface BatchFailure {
  id: string;
  source: string;
  error: string;
}

export interface BatchSuccess {
  id: string;
  source: string;
  result: ExtractionResult;
}

/** What the reader yields: every record, and every input that could not give one. */
export type RecordItem = BatchRecord | BatchFailure;

/** One line of output: exactly one per record or failure read. */
export type BatchLine = BatchSuccess | BatchFailure;

export interface ReadOptions {
  /** Largest file read (and largest JSONL line), in bytes. Default {@link DEFAULT_MAX_BYTES}. */
  maxBytes?: number;
  /** Files never read even when a folder or glob holds them, such as the output being written. */
  exclude?: readonly string[];
  /** Called as the input is read with the share read so far, from 0 to 1 (streams count only once finished). */
  onProgress?: (fraction: number) => void;
}

export interface ExtractRecordsOptions {
  /** Worker threads; 1 extracts in the calling thread. Default: the machine's available parallelism. */
  jobs?: number;
  /** Used for records without their own `date`. */
  referenceDate?: string;
  /** Used for records without their own `lang`. */
  language?: 'fr' | 'en';
}

export type ProcessOptions = ReadOptions & ExtractRecordsOptions;

/** 5 MB: far above any news article, low enough that a stray dump or archive is refused rather than parsed. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export function isFailure(item: object): item is BatchFailure {
  return 'error' in item;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
