import { availableParallelism } from 'node:os';
import { extractFacts } from '../extract.js';
import type { ExtractOptions } from '../schema.js';
import { mapOrdered } from './ordered.js';
import { extractOutcome, type Outcome } from './outcome.js';
import { readRecords } from './read.js';
import { startPool } from './pool.js';
import { isFailure, messageOf, type BatchInput, type BatchLine, type BatchRecord, type ExtractRecordsOptions, type ProcessOptions, type RecordItem } from './types.js';

/** Records in flight per worker: enough to keep every worker fed, few enough to keep memory flat. */
const IN_FLIGHT_PER_JOB = 4;

/**
 * One line per record or failure, in the order read. With `jobs` > 1 the records are extracted
 * on a pool of worker threads; failures pass through untouched.
 */
export async function* extractRecords(records: AsyncIterable<RecordItem>, options: ExtractRecordsOptions = {}): AsyncGenerator<BatchLine> {
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`jobs must be a positive integer, got ${jobs}`);
  const defaults: ExtractOptions = {};
  if (options.referenceDate !== undefined) defaults.referenceDate = options.referenceDate;
  if (options.language !== undefined) defaults.language = options.language;
  // Bad defaults would fail every record; extractFacts checks options before looking at the text.
  extractFacts('', defaults);

  if (jobs === 1) {
    for await (const item of records) yield isFailure(item) ? item : line(item, extractOutcome(item.text, optionsFor(item, defaults)));
    return;
  }
  const pool = await startPool(jobs);
  try {
    yield* mapOrdered(records, jobs * IN_FLIGHT_PER_JOB, (item) =>
      isFailure(item)
        ? item
        : pool
            .run({ text: item.text, options: optionsFor(item, defaults) })
            .then((outcome) => line(item, outcome), (error: unknown) => line(item, { error: `worker failed: ${messageOf(error)}` })),
    );
  } finally {
    await pool.destroy();
  }
}

/** Reads the inputs ({@link readRecords}) and extracts every record ({@link extractRecords}). */
export function processRecords(inputs: Iterable<BatchInput>, options: ProcessOptions = {}): AsyncGenerator<BatchLine> {
  return extractRecords(readRecords(inputs, options), options);
}

function optionsFor(record: BatchRecord, defaults: ExtractOptions): ExtractOptions {
  const options = { ...defaults };
  if (record.referenceDate) options.referenceDate = record.referenceDate;
  if (record.language) options.language = record.language;
  return options;
}

function line(record: BatchRecord, outcome: Outcome): BatchLine {
  return 'result' in outcome ? { id: record.id, source: record.source, result: outcome.result } : { id: record.id, source: record.source, error: outcome.error };
}
