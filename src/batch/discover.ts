import fs from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { BatchFailure, BatchInput } from './types.js';
import { messageOf } from './types.js';

export type Format = 'text' | 'html' | 'json' | 'jsonl';

/** What one input expands to: files to read, a JSONL stream, or why there is nothing to read. */
export type Source =
  | { kind: 'file'; path: string; format: Format }
  | { kind: 'stream'; name: string; chunks: AsyncIterable<Uint8Array | string> }
  | { kind: 'failure'; failure: BatchFailure };

const FORMATS: Record<string, Format> = { '.txt': 'text', '.html': 'html', '.htm': 'html', '.json': 'json', '.jsonl': 'jsonl' };
const KINDS = '.txt, .html, .htm, .json or .jsonl';
const PATTERN = '**/*.{txt,html,htm,json,jsonl}';

export function formatOf(file: string): Format | undefined {
  return FORMATS[path.extname(file).toLowerCase()];
}

function failure(name: string, error: string): Source {
  return { kind: 'failure', failure: { id: name, source: name, error } };
}

/**
 * Paths are listed up front (a few MB for 100 000 files, and it fixes the total the progress bar
 * needs); contents are read later, a few files ahead of extraction. Folders and globs keep only supported
 * extensions; a file named explicitly always yields a line, an error if its type is unsupported.
 */
export async function expandInputs(inputs: Iterable<BatchInput>, exclude: readonly string[] = []): Promise<Source[]> {
  const excluded = new Set(exclude.map((file) => path.resolve(file)));
  const sources: Source[] = [];
  for (const input of inputs) {
    if (typeof input !== 'string') sources.push({ kind: 'stream', name: 'stdin', chunks: input });
    else if (input === '-') sources.push({ kind: 'stream', name: 'stdin', chunks: process.stdin });
    else sources.push(...(await expandPath(input)).filter((source) => source.kind !== 'file' || !excluded.has(path.resolve(source.path))));
  }
  return sources;
}

async function expandPath(input: string): Promise<Source[]> {
  let stats: fs.Stats;
  try {
    stats = await fs.promises.stat(input);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && isDynamicPattern(input)) {
      return listed(input, await globFiles(input, undefined), `no ${KINDS} file matches`);
    }
    return [failure(input, messageOf(error))];
  }
  if (stats.isDirectory()) return listed(input, await globFiles(PATTERN, input), `no ${KINDS} file in this folder`);
  const format = formatOf(input);
  return [format ? { kind: 'file', path: input, format } : failure(input, `unsupported file type: expected a ${KINDS} file`)];
}

function listed(input: string, found: { files: string[]; failures: Source[] }, emptyMessage: string): Source[] {
  const files: Source[] = found.files.flatMap((file) => {
    const format = formatOf(file);
    return format ? [{ kind: 'file' as const, path: file, format }] : [];
  });
  if (files.length === 0 && found.failures.length === 0) return [failure(input, emptyMessage)];
  return [...found.failures, ...files];
}

/** tinyglobby skips folders it cannot read without a word; its fs hook lets each become an error line. */
async function globFiles(pattern: string, folder: string | undefined) {
  const base = folder ?? '.';
  const absolute = path.isAbsolute(pattern);
  // Named like the files found: from the folder given, or absolute for an absolute glob.
  const named = (dir: string) => (absolute ? path.resolve(dir) : path.join(base, path.relative(path.resolve(base), dir)));
  const failures: Source[] = [];
  const readdir = ((dir: string, options: object, callback: (error: NodeJS.ErrnoException | null, entries: fs.Dirent[]) => void) =>
    fs.readdir(dir, options as { withFileTypes: true }, (error, entries) => {
      if (error) failures.push(failure(named(dir), `cannot read folder: ${error.message}`));
      callback(error, entries);
    })) as unknown as typeof fs.readdir;
  const matches = await glob(pattern, { cwd: base, absolute, caseSensitiveMatch: false, fs: { readdir } });
  const files = matches.sort().map((file) => (folder ? path.join(folder, file) : file));
  return { files, failures };
}
