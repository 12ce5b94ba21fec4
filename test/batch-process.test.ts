import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractFacts, ExtractionResultSchema } from '../src/index.js';
import { extractRecords, processRecords, type BatchLine, type RecordItem } from '../src/batch/index.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autofacts-process-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const collect = async (lines: AsyncIterable<BatchLine>) => {
  const all: BatchLine[] = [];
  for await (const line of lines) all.push(line);
  return all;
};
async function* from(items: RecordItem[]) {
  yield* items;
}

const TEXT = 'Chery a exporté 100 737 véhicules en mai, soit une hausse de 7,7 % sur un an.';

it('gives each record the result extractFacts gives its text and options', async () => {
  const lines = await collect(
    extractRecords(
      from([
        { id: 'a', source: 's', text: TEXT },
        { id: 'b', source: 's', text: TEXT, referenceDate: '2024-03-01', language: 'en' },
      ]),
      { jobs: 1, referenceDate: '2025-06-13' },
    ),
  );
  expect(lines).toEqual([
    { id: 'a', source: 's', result: extractFacts(TEXT, { referenceDate: '2025-06-13' }) },
    { id: 'b', source: 's', result: extractFacts(TEXT, { referenceDate: '2024-03-01', language: 'en' }) },
  ]);
  for (const line of lines) expect(ExtractionResultSchema.safeParse('result' in line && line.result).success).toBe(true);
});

it('passes failures through and turns what extractFacts throws into an error line', async () => {
  const lines = await collect(
    extractRecords(
      from([
        { id: 'broken', source: 'f', error: 'binary file' },
        { id: 'feb30', source: 'f', text: TEXT, referenceDate: '2025-02-30' },
      ]),
      { jobs: 1 },
    ),
  );
  expect(lines).toEqual([
    { id: 'broken', source: 'f', error: 'binary file' },
    { id: 'feb30', source: 'f', error: expect.stringMatching(/referenceDate/) },
  ]);
});

it('refuses bad options before reading anything', async () => {
  await expect(extractRecords(from([]), { jobs: 1, referenceDate: '13/06/2025' }).next()).rejects.toThrow(RangeError);
  await expect(extractRecords(from([]), { jobs: 0 }).next()).rejects.toThrow(/jobs must be a positive integer/);
});

it('yields exactly one line per record or broken file of a mixed folder, in input order', async () => {
  const expected: string[] = [];
  const broken = new Set<string>();
  for (let i = 0; i < 300; i++) {
    const folder = path.join(dir, `part-${Math.floor(i / 100)}`);
    fs.mkdirSync(folder, { recursive: true });
    const name = path.join(folder, `doc-${String(i).padStart(3, '0')}`);
    const text = `Chery a exporté ${1000 + i} véhicules en mai.`;
    switch (i % 10) {
      case 0:
        fs.writeFileSync(`${name}.html`, `<p>${text}</p><script>var n = ${i}</script>`);
        expected.push(`${name}.html`);
        break;
      case 1:
        fs.writeFileSync(`${name}.json`, JSON.stringify([{ id: `j${i}`, text }, { id: `k${i}`, text, date: '2025-06-13' }]));
        expected.push(`j${i}`, `k${i}`);
        break;
      case 2:
        fs.writeFileSync(`${name}.jsonl`, `${JSON.stringify({ text })}\n${JSON.stringify({ text, lang: 'fr' })}\n`);
        expected.push(`${name}.jsonl#1`, `${name}.jsonl#2`);
        break;
      default:
        fs.writeFileSync(`${name}.txt`, text);
        expected.push(`${name}.txt`);
    }
  }
  const brokenFiles: [string, string | Buffer][] = [
    ['empty.txt', ''],
    ['binary.txt', Buffer.from([1, 0, 2])],
    ['latin1.txt', Buffer.from('Citroën', 'latin1')],
    ['huge.txt', 'x'.repeat(20_000)],
    ['bad.json', '{'],
    ['notext.jsonl', '{"id":"no-text"}\n'],
  ];
  for (const [name, content] of brokenFiles) {
    const file = path.join(dir, 'part-1', name);
    fs.writeFileSync(file, content);
    const id = name === 'notext.jsonl' ? 'no-text' : file;
    expected.push(id);
    broken.add(id);
  }

  const lines = await collect(processRecords([dir], { jobs: 1, maxBytes: 10_000 }));
  expect(lines.map((line) => line.id).sort()).toEqual([...expected].sort());
  expect(new Set(lines.filter((line) => 'error' in line).map((line) => line.id))).toEqual(broken);
  const sources = lines.map((line) => line.source);
  expect(sources).toEqual([...sources].sort());
});

it('stops cleanly when the consumer breaks early', async () => {
  for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(dir, `${i}.txt`), TEXT);
  let seen = 0;
  for await (const line of processRecords([dir], { jobs: 1 })) {
    expect('result' in line).toBe(true);
    if (++seen === 3) break;
  }
  expect(seen).toBe(3);
});
