import { availableParallelism } from 'node:os';
import { ExtractOptionsSchema, type ExtractOptions } from '../schema.js';
import { mapOrdered } from './ordered.js';
import type { Outcome, SerializedOutcome } from './outcome.js';
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

/** A line as extraction leaves it: from a worker, the result is still JSON text. */
export type ExtractedLine = BatchLine | { id: string; source: string; resultJson: string };

/**
 * One line per record or failure, in the order read. With `jobs` > 1 the records are extracted
 * on a pool of worker threads; failures pass through untouched.
 */
export async function* extractRecords(records: AsyncIterable<RecordItem>, options: ExtractRecordsOptions = {}): AsyncGenerator<BatchLine> {
  for await (const line of extractLines(records, options)) {
    yield 'resultJson' in line ? { id: line.id, source: line.source, result: JSON.parse(line.resultJson) } : line;
  }
}

/** {@link extractRecords} for the command, which writes worker results out as they come. */
export async function* extractLines(records: AsyncIterable<RecordItem>, options: ExtractRecordsOptions = {}): AsyncGenerator<ExtractedLine> {
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`jobs must be a positive integer, got ${jobs}`);
  const defaults: ExtractOptions = {};
  if (options.referenceDate !== undefined) defaults.referenceDate = options.referenceDate;
  if (options.language !== undefined) defaults.language = options.language;
  const checked = ExtractOptionsSchema.safeParse(defaults);
  if (!checked.success) throw new RangeError(`invalid ${checked.error.issues[0]!.path.join('.')}: ${checked.error.issues[0]!.message}`);

  if (jobs === 1) {
    // Loaded here only: with workers, the main thread never holds the extraction code (about 15 MB).
    const { extractOutcome } = await import('./outcome.js');
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

async function extractChunk(pool: Pool, chunk: RecordItem[], defaults: ExtractOptions): Promise<ExtractedLine[]> {
  const tasks = chunk.filter((item): item is BatchRecord => !isFailure(item)).map((record) => ({ text: record.text, options: optionsFor(record, defaults) }));
  const outcomes = tasks.length === 0 ? [] : await pool.run(tasks).catch(() => Promise.all(tasks.map((task) => extractAlone(pool, task))));
  let next = 0;
  return chunk.map((item) => (isFailure(item) ? item : line(item, outcomes[next++]!)));
}

/** After a worker dies (out of memory...), each record of its chunk is retried on its own, so only the culprit fails. */
function extractAlone(pool: Pool, task: Task): Promise<SerializedOutcome> {
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

function line(record: BatchRecord, outcome: Outcome | SerializedOutcome): ExtractedLine {
  const { id, source } = record;
  if ('result' in outcome) return { id, source, result: outcome.result };
  return 'json' in outcome ? { id, source, resultJson: outcome.json } : { id, source, error: outcome.error };
}
