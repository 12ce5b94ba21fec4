import fs from 'node:fs';
import { decodeFile, decodeUtf8, InputError, isBinary } from './decode.js';
import { expandInputs, type Source } from './discover.js';
import { htmlToText } from './html.js';
import { splitLines } from './lines.js';
import { recordFromJson } from './record.js';
import { DEFAULT_MAX_BYTES, messageOf, type BatchInput, type ReadOptions, type RecordItem } from './types.js';

/**
 * Every record of the inputs, in input order, read lazily: a file is read only when the consumer
 * reaches it, and JSONL is streamed line by line. Anything unreadable (missing, not UTF-8,
 * binary, empty, too large, bad JSON, no text) is yielded as a failure, never thrown, so each
 * record or broken file gets exactly one output line.
 */
export async function* readRecords(inputs: Iterable<BatchInput>, options: ReadOptions = {}): AsyncGenerator<RecordItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const sources = await expandInputs(inputs, options.exclude);
  const report = (done: number) => options.onProgress?.(done / sources.length);
  for (const [index, source] of sources.entries()) {
    yield* read(source, maxBytes, (within) => report(index + within));
    report(index + 1);
  }
}

function read(source: Source, maxBytes: number, onProgress: (within: number) => void): Iterable<RecordItem> | AsyncIterable<RecordItem> {
  switch (source.kind) {
    case 'failure':
      return [source.failure];
    case 'stream':
      return readJsonLines(source.chunks, source.name, source.name, maxBytes);
    case 'file':
      return source.format === 'jsonl' ? readJsonlFile(source.path, maxBytes, onProgress) : readWholeFile(source.path, source.format, maxBytes);
  }
}

function readWholeFile(file: string, format: 'text' | 'html' | 'json', maxBytes: number): RecordItem[] {
  let text: string;
  try {
    text = decodeFile(readBounded(file, maxBytes));
  } catch (error) {
    return [{ id: file, source: file, error: messageOf(error) }];
  }
  if (format === 'text') return [{ id: file, source: file, text }];
  if (format === 'html') return [htmlRecord(file, text)];
  return [...jsonRecords(file, text)];
}

/**
 * Synchronous on purpose: a small file costs about 10 µs this way against 100 µs through the
 * promise API's thread-pool round trips, and a read blocks nothing that matters (the workers
 * keep their queue). The size is checked before reading, so a stray dump is never loaded.
 */
function readBounded(file: string, maxBytes: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const { size } = fs.fstatSync(fd);
    if (size > maxBytes) throw tooLarge(size, maxBytes);
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function tooLarge(size: number, maxBytes: number): InputError {
  return new InputError(`too large: ${size} bytes, over the ${maxBytes}-byte limit (--max-bytes)`);
}

function htmlRecord(file: string, html: string): RecordItem {
  const text = htmlToText(html);
  return text ? { id: file, source: file, text } : { id: file, source: file, error: 'no text in this HTML page' };
}

function* jsonRecords(file: string, text: string): Generator<RecordItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield { id: file, source: file, error: `bad JSON: ${messageOf(error)}` };
    return;
  }
  if (!Array.isArray(value)) {
    yield recordFromJson(value, file, file);
  } else if (value.length === 0) {
    yield { id: file, source: file, error: 'empty JSON array' };
  } else {
    for (const [index, element] of value.entries()) yield recordFromJson(element, `${file}#${index + 1}`, file);
  }
}

async function* readJsonlFile(file: string, maxBytes: number, onProgress: (within: number) => void): AsyncGenerator<RecordItem> {
  let size: number;
  let chunks: AsyncIterable<Buffer>;
  try {
    size = (await fs.promises.stat(file)).size;
    if (size === 0) throw new InputError('empty file');
    chunks = await openChecked(file);
  } catch (error) {
    yield { id: file, source: file, error: messageOf(error) };
    return;
  }
  yield* readJsonLines(chunks, file, file, maxBytes, (offset) => onProgress(offset / size));
}

/** A stream of the file that has already read its first chunk, so an unreadable or binary file fails as a whole. */
async function openChecked(file: string): Promise<AsyncIterable<Buffer>> {
  const stream = fs.createReadStream(file, { highWaterMark: 64 * 1024 });
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  if (!first.done && isBinary(first.value)) {
    stream.destroy();
    throw new InputError('binary file (contains NUL bytes)');
  }
  return (async function* () {
    if (!first.done) yield first.value;
    yield* { [Symbol.asyncIterator]: () => iterator };
  })();
}

async function* readJsonLines(
  chunks: AsyncIterable<Uint8Array | string>,
  name: string,
  source: string,
  maxBytes: number,
  onProgress?: (offset: number) => void,
): AsyncGenerator<RecordItem> {
  let records = 0;
  try {
    for await (const line of splitLines(chunks, maxBytes)) {
      onProgress?.(line.offset);
      const id = `${name}#${line.number}`;
      if (!line.bytes) {
        records++;
        yield { id, source, error: `line too large: over the ${maxBytes}-byte limit (--max-bytes)` };
        continue;
      }
      const item = jsonLine(line.bytes, id, source);
      if (item) {
        records++;
        yield item;
      }
    }
  } catch (error) {
    records++;
    yield { id: name, source, error: `read failed: ${messageOf(error)}` };
  }
  if (records === 0) yield { id: name, source, error: 'no records: empty or blank input' };
}

/** A record, a failure, or nothing for a blank line (blank lines are tolerated in JSONL). */
function jsonLine(bytes: Buffer, id: string, source: string): RecordItem | undefined {
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch (error) {
    return { id, source, error: messageOf(error) };
  }
  if (text.trim() === '') return undefined;
  try {
    return recordFromJson(JSON.parse(text), id, source);
  } catch (error) {
    return { id, source, error: `bad JSON: ${messageOf(error)}` };
  }
}
