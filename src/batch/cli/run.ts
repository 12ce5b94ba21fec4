import { extractLines, type ExtractedLine } from '../process.js';
import { readRecords } from '../read.js';
import { isFailure, type RecordItem } from '../types.js';
import { parseCliArgs, USAGE, UsageError, type CliConfig } from './args.js';
import { openFile, openStdout } from './output.js';
import { progressBar } from './progress.js';
import { doneIds } from './resume.js';

export interface CliStreams {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** The autofacts command; resolves to its exit status. */
export async function runCli(argv: string[], streams: CliStreams = process): Promise<number> {
  let config: CliConfig;
  try {
    config = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    streams.stderr.write(`autofacts: ${error.message}\nRun autofacts --help for usage.\n`);
    return 2;
  }
  if (config.help) {
    streams.stdout.write(USAGE);
    return 0;
  }
  const done = config.resume && config.out ? await doneIds(config.out) : new Set<string>();
  const output = config.out ? await openFile(config.out, config.resume) : openStdout(streams.stdout);
  const counts = { ok: 0, failed: 0, skipped: 0 };
  const progress = progressBar(streams.stderr);
  let fraction = 0;
  const started = performance.now();
  // An --out inside an input folder is a .jsonl file like any other: never read it back.
  const readOptions = { maxBytes: config.maxBytes, exclude: config.out ? [config.out] : [], onProgress: (read: number) => (fraction = read) };
  const records = skipDone(readRecords(config.inputs, readOptions), done, () => counts.skipped++);
  const extractOptions = { jobs: config.jobs, ...(config.referenceDate ? { referenceDate: config.referenceDate } : {}), ...(config.language ? { language: config.language } : {}) };
  try {
    for await (const line of extractLines(records, extractOptions)) {
      if (isFailure(line)) counts.failed++;
      else counts.ok++;
      await output.write(serialize(line, config.pretty));
      progress.update(counts.ok + counts.failed, fraction);
    }
  } finally {
    progress.clear();
    // even when a record's extraction broke the run, the lines before it reach the output
    await output.close();
  }
  streams.stderr.write(summary(counts, (performance.now() - started) / 1000, config.out));
  return counts.failed > 0 ? 1 : 0;
}

async function* skipDone(records: AsyncIterable<RecordItem>, done: ReadonlySet<string>, onSkip: () => void): AsyncGenerator<RecordItem> {
  for await (const record of records) {
    if (done.has(record.id)) onSkip();
    else yield record;
  }
}

function serialize(line: ExtractedLine, pretty: boolean): string {
  if (pretty) return `${JSON.stringify('resultJson' in line ? { id: line.id, source: line.source, result: JSON.parse(line.resultJson) } : line, null, 2)}\n`;
  // A worker's result is JSON already: spliced in as it is, never parsed and written again.
  if ('resultJson' in line) return `{"id":${JSON.stringify(line.id)},"source":${JSON.stringify(line.source)},"result":${line.resultJson}}\n`;
  return `${JSON.stringify(line)}\n`;
}

function summary(counts: { ok: number; failed: number; skipped: number }, seconds: number, out: string | undefined): string {
  const records = counts.ok + counts.failed;
  const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped (already in ${out})` : '';
  return `autofacts: ${records} record${records === 1 ? '' : 's'} in ${seconds.toFixed(1)} s (${Math.round(records / Math.max(seconds, 1e-3))}/s): ${counts.ok} ok, ${counts.failed} failed${skipped}\n`;
}
