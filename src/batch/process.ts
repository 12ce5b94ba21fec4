import { availableParallelism } from 'node:os';
import { extractFacts } from '../extract.js';
import type { ExtractOptions } from '../schema.js';
import { mapOrdered } from './ordered.js';
import { extractOutcome, type Outcome } from './outcome.js';
import { readRecords } from './read.js';
import { startPool, type Pool } from './pool.js';
import type { Task } from './worker.js';
import { chunked } from './chunked.js';
import { isFailure, messageOf, type BatchInput, type BatchLine, type BatchRecord, type ExtractRecordsOptions, type ProcessOptions, type RecordItem } from './types.js';

/** Records sent to a worker at once: a round trip costs about what 5 % of an article does. */
const CHUNK = 8;
/**
 * Chunks in flight per worker. Lines leave in input order, so a chunk held up (a long article, a
 * worker the system put aside) must not starve the other workers; 64 records a worker still
 * keep memory flat.
 */
const IN_FLIGHT_PER_JOB = 8;

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
    for await (const lines of mapOrdered(chunked(records, CHUNK), jobs * IN_FLIGHT_PER_JOB, (chunk) => extractChunk(pool, chunk, defaults))) {
      yield* lines;
    }
  } finally {
    await pool.destroy();
  }
}

async function extractChunk(pool: Pool, chunk: RecordItem[], defaults: ExtractOptions): Promise<BatchLine[]> {
  const tasks = chunk.filter((item): item is BatchRecord => !isFailure(item)).map((record) => ({ text: record.text, options: optionsFor(record, defaults) }));
  const outcomes = tasks.length === 0 ? [] : await pool.run(tasks).catch(() => Promise.all(tasks.map((task) => extractAlone(pool, task))));
  let next = 0;
  return chunk.map((item) => (isFailure(item) ? item : line(item, outcomes[next++]!)));
}

/** After a worker dies (out of memory...), each record of its chunk is retried on its own, so only the culprit fails. */
function extractAlone(pool: Pool, task: Task): Promise<Outcome> {
  return pool.run([task]).then(
    ([outcome]) => outcome!,
    (error: unknown) => ({ error: `worker failed: ${messageOf(error)}` }),
  );
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
