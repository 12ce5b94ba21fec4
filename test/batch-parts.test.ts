import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { splitLines } from '../src/batch/lines.js';
import { mapOrdered } from '../src/batch/ordered.js';
import { chunked } from '../src/batch/chunked.js';
import { htmlToText } from '../src/batch/html.js';
import { progressBar } from '../src/batch/cli/progress.js';
import { doneIds } from '../src/batch/cli/resume.js';
import { parseCliArgs } from '../src/batch/cli/args.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('splitLines', () => {
  const lines = async (chunks: (string | Buffer)[], maxBytes = 100) => {
    const out = [];
    for await (const line of splitLines((async function* () { yield* chunks; })(), maxBytes)) {
      out.push({ number: line.number, text: line.bytes?.toString() ?? null, offset: line.offset });
    }
    return out;
  };

  it('joins lines across chunks, keeps blank lines numbered, drops CR and reports offsets', async () => {
    expect(await lines(['ab', 'c\r\n\nde', 'f'])).toEqual([
      { number: 1, text: 'abc', offset: 5 },
      { number: 2, text: '', offset: 6 },
      { number: 3, text: 'def', offset: 9 },
    ]);
  });

  it('skips a line over the limit without holding it, and goes on', async () => {
    expect(await lines(['x'.repeat(8), 'x'.repeat(8), '\nok\n'], 10)).toEqual([
      { number: 1, text: null, offset: 17 },
      { number: 2, text: 'ok', offset: 20 },
    ]);
  });
});

describe('mapOrdered', () => {
  it('yields in source order whatever the completion order, with at most `limit` pending', async () => {
    let running = 0;
    let most = 0;
    const out: number[] = [];
    const source = (async function* () { yield* [30, 5, 20, 1, 10, 2]; })();
    for await (const value of mapOrdered(source, 3, async (ms) => {
      most = Math.max(most, ++running);
      await sleep(ms);
      running--;
      return ms;
    })) out.push(value);
    expect(out).toEqual([30, 5, 20, 1, 10, 2]);
    expect(most).toBe(3);
  });

  it('does not hold a ready result back while the source is slow', async () => {
    let release = () => {};
    const source = (async function* () {
      yield 1;
      await new Promise<void>((resolve) => (release = resolve));
      yield 2;
    })();
    const iterator = mapOrdered(source, 4, (n) => n);
    expect(await Promise.race([iterator.next(), sleep(1000).then(() => 'stuck')])).toEqual({ value: 1, done: false });
    release();
    expect(await iterator.next()).toEqual({ value: 2, done: false });
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });
});

describe('chunked', () => {
  const collect = async <T>(groups: AsyncIterable<T[]>) => {
    const all: T[][] = [];
    for await (const group of groups) all.push(group);
    return all;
  };

  it('fills groups from a source that is ready', async () => {
    expect(await collect(chunked((async function* () { yield* [1, 2, 3, 4, 5]; })(), 2))).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('sends an item on when the next one is slow to come', async () => {
    const source = (async function* () {
      yield 1;
      yield 2;
      await sleep(20);
      yield 3;
    })();
    expect(await collect(chunked(source, 8))).toEqual([[1, 2], [3]]);
  });
});

describe('htmlToText', () => {
  it('keeps prose, one line per block, drops code and markup', () => {
    expect(htmlToText('<h1>Title</h1><p>One <b>bold</b>\n  word.</p><style>x{}</style><script>if (a < b) {}</script><ul><li>A</li><li>B&eacute;</li></ul>')).toBe(
      'Title\nOne bold word.\nA\nBé',
    );
  });
});

describe('progressBar', () => {
  const capture = (isTTY: boolean) => {
    let text = '';
    const stream = Object.assign(new Writable({ write: (chunk, _encoding, done) => ((text += chunk), done()) }), { isTTY });
    return { stream, text: () => text };
  };

  it('draws records, rate and ETA on a terminal, then clears its line', () => {
    const { stream, text } = capture(true);
    const bar = progressBar(stream);
    bar.update(10, 0.25);
    bar.clear();
    expect(text()).toMatch(/^\r\[#{6}-{18}\] 25% {2}10 records {2}\d+\/s {2}ETA \d+:\d\d\x1b\[K\r\x1b\[K$/);
  });

  it('is silent in a pipe', () => {
    const { stream, text } = capture(false);
    const bar = progressBar(stream);
    bar.update(10, 0.5);
    bar.clear();
    expect(text()).toBe('');
  });
});

describe('doneIds', () => {
  it('reads the ids of complete lines and cuts a last line left half-written', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autofacts-resume-'));
    const out = path.join(dir, 'out.jsonl');
    fs.writeFileSync(out, '{"id":"a","source":"x","result":{}}\n{"id":"b","source":"x","error":"empty file"}\n{"id":"c","sour');
    expect(await doneIds(out)).toEqual(new Set(['a', 'b']));
    expect(fs.readFileSync(out, 'utf8')).toBe('{"id":"a","source":"x","result":{}}\n{"id":"b","source":"x","error":"empty file"}\n');
    expect(await doneIds(path.join(dir, 'missing.jsonl'))).toEqual(new Set());
    fs.rmSync(dir, { recursive: true });
  });
});

describe('parseCliArgs', () => {
  it('reads options and inputs', () => {
    expect(parseCliArgs(['-j', '3', '--lang', 'fr', '--reference-date', '2025-06-13', '--out', 'o.jsonl', '--resume', 'a', '-'])).toMatchObject({
      inputs: ['a', '-'],
      jobs: 3,
      language: 'fr',
      referenceDate: '2025-06-13',
      out: 'o.jsonl',
      resume: true,
    });
  });

  it.each([
    [['--jobs', '0', 'a'], /--jobs must be a positive integer/],
    [['--jobs', '1.5', 'a'], /--jobs must be a positive integer/],
    [['--max-bytes', 'big', 'a'], /--max-bytes/],
    [['--lang', 'de', 'a'], /--lang must be fr or en/],
    [['--reference-date', '2025-02-30', 'a'], /--reference-date: referenceDate is not a calendar date/],
    [['--resume', 'a'], /--resume needs --out/],
    [['--bogus', 'a'], /Unknown option '--bogus'/],
    [[], /no input/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
