import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { ExtractOptionsSchema } from '../../schema.js';
import { DEFAULT_MAX_BYTES } from '../types.js';

export class UsageError extends Error {}

export interface CliConfig {
  inputs: string[];
  out?: string;
  resume: boolean;
  jobs: number;
  referenceDate?: string;
  language?: 'fr' | 'en';
  maxBytes: number;
  pretty: boolean;
  help: boolean;
}

export const USAGE = `Usage: autofacts [options] <input...>

Extracts facts from French and English automotive news: one JSON line per record,
{"id","source","result"} or {"id","source","error"}, in input order.

Inputs: files, folders (read recursively) and globs of .txt, .html, .htm, .json and
.jsonl files; - reads JSONL from standard input. A JSON or JSONL record has "text" and
optionally "id", "date" (its reference date, YYYY-MM-DD...) and "lang" (fr, en). A line's
id is the record's own, else its file path, or path#n for the n-th JSONL line or array item.

Options:
  -o, --out FILE             write the lines to FILE instead of standard output
      --resume               skip records whose id is already in --out, then append
  -j, --jobs N               worker threads; 1 works in one thread (default: ${availableParallelism()}, the cores)
      --reference-date DATE  YYYY-MM-DD for records without their own "date"
      --lang fr|en           language of records without their own "lang"
      --max-bytes N          largest file, or JSONL line, read (default: ${DEFAULT_MAX_BYTES})
      --pretty               indented JSON, to read one document
  -h, --help                 show this help

Broken inputs (missing, unreadable, binary, not UTF-8, empty, too large, bad JSON) get an
error line and never stop the run. A summary goes to standard error, with a progress bar
when it is a terminal. Exit status: 0 when every record succeeded, 1 when some failed,
2 on a usage error.
`;

export function parseCliArgs(argv: string[]): CliConfig {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        resume: { type: 'boolean', default: false },
        jobs: { type: 'string', short: 'j' },
        'reference-date': { type: 'string' },
        lang: { type: 'string' },
        'max-bytes': { type: 'string' },
        pretty: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const config: CliConfig = {
    inputs: positionals,
    resume: values.resume,
    jobs: values.jobs === undefined ? availableParallelism() : positiveInteger('--jobs', values.jobs),
    maxBytes: values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : positiveInteger('--max-bytes', values['max-bytes']),
    pretty: values.pretty,
    help: values.help,
  };
  if (config.help) return config;
  if (positionals.length === 0) throw new UsageError('no input: give files, folders or globs, or - for JSONL on standard input');
  if (values.out !== undefined) config.out = values.out;
  if (config.resume && config.out === undefined) throw new UsageError('--resume needs --out FILE');
  if (config.resume && config.pretty) throw new UsageError('--resume reads --out as JSON lines, which --pretty does not write');
  if (values.lang !== undefined) {
    if (values.lang !== 'fr' && values.lang !== 'en') throw new UsageError(`--lang must be fr or en, got ${values.lang}`);
    config.language = values.lang;
  }
  if (values['reference-date'] !== undefined) {
    const checked = ExtractOptionsSchema.safeParse({ referenceDate: values['reference-date'] });
    if (!checked.success) throw new UsageError(`--reference-date: ${checked.error.issues[0]!.message}`);
    config.referenceDate = values['reference-date'];
  }
  return config;
}

function positiveInteger(name: string, value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1) throw new UsageError(`${name} must be a positive integer, got ${value}`);
  return number;
}
