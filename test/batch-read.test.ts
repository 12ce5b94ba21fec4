import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { readRecords, type RecordItem } from '../src/batch/index.js';

let dir: string;
const file = (name: string, content: string | Buffer) => {
  const target = path.join(dir, name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, content);
  return target;
};
const read = async (inputs: Parameters<typeof readRecords>[0], options?: Parameters<typeof readRecords>[1]) => {
  const items: RecordItem[] = [];
  for await (const item of readRecords(inputs, options)) items.push(item);
  return items;
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autofacts-read-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('input kinds', () => {
  it('.txt: the file is the text, its path the id', async () => {
    const txt = file('a.txt', '\ufeffChery a exporté 100 737 véhicules en mai.');
    expect(await read([txt])).toEqual([{ id: txt, source: txt, text: 'Chery a exporté 100 737 véhicules en mai.' }]);
  });

  it('.html and .htm: visible text only, scripts and styles dropped, entities decoded', async () => {
    const html = file(
      'page.HTML',
      '<html><head><title>Exports</title><style>p { color: red }</style><script>var brand = "Tesla";</script></head>' +
        '<body><p>Chery a exporté 100&nbsp;737 véhicules</p><p>en mai &amp; juin.</p><noscript>Activez JavaScript</noscript></body></html>',
    );
    const htm = file('page.htm', '<div>BYD sold<br>300,000 cars</div>');
    const [page, short] = await read([html, htm]);
    expect(page).toEqual({ id: html, source: html, text: 'Exports\nChery a exporté 100\u00a0737 véhicules\nen mai & juin.' });
    expect(short).toMatchObject({ text: 'BYD sold\n300,000 cars' });
  });

  it('.json: one record, or one per array element, with id, date and lang', async () => {
    const one = file('one.json', JSON.stringify({ id: 'chery-1', text: 'Chery', date: '2025-06-13T08:00:00Z', lang: 'fr-FR' }));
    const many = file('many.json', JSON.stringify([{ text: 'BYD', lang: 'EN' }, { id: 42, text: 'Geely', lang: 'de' }]));
    expect(await read([one, many])).toEqual([
      { id: 'chery-1', source: one, text: 'Chery', referenceDate: '2025-06-13', language: 'fr' },
      { id: `${many}#1`, source: many, text: 'BYD', language: 'en' },
      { id: '42', source: many, text: 'Geely' },
    ]);
  });

  it('.jsonl: one record per line, blank lines and CRLF tolerated, ids from line numbers', async () => {
    const jsonl = file('feed.jsonl', '{"text":"Chery"}\r\n\n{"id":"b","text":"BYD","date":"2025-01-02"}\n{"text":"Geely"}');
    expect(await read([jsonl])).toEqual([
      { id: `${jsonl}#1`, source: jsonl, text: 'Chery' },
      { id: 'b', source: jsonl, text: 'BYD', referenceDate: '2025-01-02' },
      { id: `${jsonl}#4`, source: jsonl, text: 'Geely' },
    ]);
  });

  it('a stream is read as JSONL with the source stdin', async () => {
    const stream = Readable.from([Buffer.from('{"text":"Che'), Buffer.from('ry"}\n{"id":"x","text":"BYD"}\n')]);
    expect(await read([stream])).toEqual([
      { id: 'stdin#1', source: 'stdin', text: 'Chery' },
      { id: 'x', source: 'stdin', text: 'BYD' },
    ]);
  });

  it('folders are read recursively, in path order, keeping supported extensions only', async () => {
    file('b/z.txt', 'z');
    file('a.htm', '<p>a</p>');
    file('b/c/y.JSONL', '{"text":"y"}\n');
    file('notes.md', '# not an article');
    file('.hidden/x.txt', 'hidden');
    const ids = (await read([dir])).map((item) => path.relative(dir, item.id));
    expect(ids).toEqual(['a.htm', 'b/c/y.JSONL#1', 'b/z.txt']);
  });

  it('globs expand to the matching supported files', async () => {
    file('x/one.txt', 'one');
    file('y/two.txt', 'two');
    file('y/three.md', 'three');
    expect((await read([path.join(dir, '*/*')])).map((item) => path.relative(dir, item.id))).toEqual(['x/one.txt', 'y/two.txt']);
  });
});

describe('every failure is an item, never an exception', () => {
  const errorOf = async (name: string, content: string | Buffer, options?: { maxBytes: number }) => {
    const items = await read([file(name, content)], options);
    expect(items).toHaveLength(1);
    return (items[0] as { error?: string }).error;
  };

  it.each([
    ['empty', 'empty.txt', '', /empty file/],
    ['only whitespace', 'blank.txt', ' \n\t\n', /empty file/],
    ['binary', 'image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary/],
    ['not UTF-8', 'latin1.txt', Buffer.from('Citroën', 'latin1'), /not valid UTF-8/],
    ['UTF-16', 'utf16.html', Buffer.from('\ufeff<p>Chery</p>', 'utf16le'), /binary/],
    ['bad JSON', 'bad.json', '{"text": "Chery"', /bad JSON/],
    ['JSON without text', 'notext.json', '{"id": "a", "body": "Chery"}', /missing "text"/],
    ['JSON with a non-string text', 'number.json', '{"text": 42}', /missing "text"/],
    ['JSON with empty text', 'emptytext.json', '{"text": "  "}', /empty "text"/],
    ['JSON not an object', 'scalar.json', '"Chery"', /not a JSON object/],
    ['empty JSON array', 'none.json', '[]', /empty JSON array/],
    ['JSON date not ISO', 'date.json', '{"text": "Chery", "date": "13/06/2025"}', /"date" must start with an ISO date/],
    ['HTML without text', 'script.html', '<script>alert(1)</script>', /no text/],
    ['empty JSONL', 'empty.jsonl', '', /empty file/],
    ['blank JSONL', 'blank.jsonl', '\n \n', /no records/],
    ['binary JSONL', 'binary.jsonl', Buffer.from([0x7b, 0x00, 0x7d]), /binary/],
  ])('%s', async (_kind, name, content, message) => {
    expect(await errorOf(name, content)).toMatch(message);
  });

  it('too large a file, checked before reading it', async () => {
    expect(await errorOf('big.txt', 'x'.repeat(101), { maxBytes: 100 })).toMatch(/too large: 101 bytes/);
  });

  it('a JSONL line that is bad, not UTF-8, without text or too large fails alone', async () => {
    const jsonl = file(
      'mixed.jsonl',
      Buffer.concat([
        Buffer.from('{"text":"ok"}\nnot json\n{"id":"n","title":"no text"}\n'),
        Buffer.from('{"text":"caf\xe9"}\n', 'latin1'),
        Buffer.from(`{"text":"${'x'.repeat(200)}"}\n{"text":"last"}\n`),
      ]),
    );
    const items = await read([jsonl], { maxBytes: 100 });
    expect(items.map((item) => ('error' in item ? item.error.split(':')[0] : item.text))).toEqual([
      'ok',
      'bad JSON',
      'missing "text" string',
      'not valid UTF-8',
      'line too large',
      'last',
    ]);
    expect(items.map((item) => item.id)).toEqual([`${jsonl}#1`, `${jsonl}#2`, 'n', `${jsonl}#4`, `${jsonl}#5`, `${jsonl}#6`]);
  });

  it('a missing path, a glob or a folder without matches, an unsupported file', async () => {
    const md = file('notes.md', 'text');
    fs.mkdirSync(path.join(dir, 'empty'));
    const items = await read([path.join(dir, 'missing.txt'), path.join(dir, '*.nothing'), path.join(dir, 'empty'), md]);
    expect(items.map((item) => 'error' in item && item.error)).toEqual([
      expect.stringMatching(/ENOENT/),
      expect.stringMatching(/no .* file matches/),
      expect.stringMatching(/no .* file in this folder/),
      expect.stringMatching(/unsupported file type/),
    ]);
  });

  it('a file that disappears between listing and reading', async () => {
    const first = file('a.txt', 'first');
    const second = file('b.txt', 'second');
    const items = readRecords([dir]);
    expect(await items.next()).toEqual({ value: { id: first, source: first, text: 'first' }, done: false });
    fs.rmSync(second);
    expect(await items.next()).toEqual({ value: { id: second, source: second, error: expect.stringMatching(/ENOENT/) }, done: false });
    expect(await items.next()).toEqual({ value: undefined, done: true });
  });

  const root = process.getuid?.() === 0;
  (root ? it.skip : it)('an unreadable file and an unreadable folder (skipped as root, who can read anything)', async () => {
    const locked = file('locked.txt', 'secret');
    file('closed/inside.txt', 'inside');
    fs.chmodSync(locked, 0o000);
    fs.chmodSync(path.join(dir, 'closed'), 0o000);
    try {
      const errors = (await read([dir])).map((item) => 'error' in item && item.error);
      expect(errors).toEqual([expect.stringMatching(/cannot read folder: EACCES/), expect.stringMatching(/EACCES/)]);
    } finally {
      fs.chmodSync(path.join(dir, 'closed'), 0o755);
    }
  });
});

it('reports the share of the input read', async () => {
  file('a.txt', 'a');
  file('b.jsonl', '{"text":"b"}\n{"text":"c"}\n');
  const seen: number[] = [];
  await read([dir], { onProgress: (fraction) => seen.push(fraction) });
  expect(seen.at(-1)).toBe(1);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
});
