import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/batch/cli/run.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEXT = 'Chery a exporté 100 737 véhicules en mai, soit une hausse de 7,7 % sur un an.';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autofacts-cli-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

/** The command in this process (one thread, no pool), with its output captured. */
async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) => new Writable({ write: (chunk, _encoding, done) => (append(String(chunk)), done()) });
  const status = await runCli(['--jobs', '1', ...argv], { stdout: sink((text) => (stdout += text)), stderr: sink((text) => (stderr += text)) });
  return { status, stdout, stderr, lines: () => stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line)) };
}

it('exits 0 when every record succeeds, with a summary on standard error', async () => {
  const file = write('a.txt', TEXT);
  const run = await cli(file, '--reference-date', '2025-06-13');
  expect(run.status).toBe(0);
  expect(run.lines()).toEqual([{ id: file, source: file, result: expect.objectContaining({ language: 'fr' }) }]);
  expect(run.stderr).toMatch(/^autofacts: 1 record in \d+\.\d s \(\d+\/s\): 1 ok, 0 failed\n$/);
});

it('exits 1 when some fail, still writing one line per input', async () => {
  const good = write('good.txt', TEXT);
  const empty = write('empty.txt', '');
  const run = await cli(good, empty, path.join(dir, 'missing.txt'));
  expect(run.status).toBe(1);
  expect(run.lines().map((line) => [line.id, 'error' in line])).toEqual([
    [good, false],
    [empty, true],
    [path.join(dir, 'missing.txt'), true],
  ]);
  expect(run.stderr).toMatch(/3 records .*: 1 ok, 2 failed/);
});

it('exits 2 on a usage error, 0 for --help', async () => {
  expect(await cli('--lang', 'de', 'x.txt')).toMatchObject({ status: 2, stdout: '', stderr: expect.stringMatching(/--lang must be fr or en/) });
  expect(await cli('--help')).toMatchObject({ status: 0, stdout: expect.stringMatching(/^Usage: autofacts/) });
});

it('--pretty prints one document as indented JSON', async () => {
  const file = write('a.txt', TEXT);
  const run = await cli('--pretty', file);
  expect(run.stdout).toMatch(/^\{\n {2}"id": /);
  expect(JSON.parse(run.stdout)).toMatchObject({ id: file, result: { language: 'fr' } });
});

it('--out writes the file; --resume skips the ids already there and appends the rest', async () => {
  const out = path.join(dir, 'out.jsonl'); // inside the input folder, and never read as input
  const first = write('1.txt', TEXT);
  expect(await cli(dir, '--out', out)).toMatchObject({ status: 0, stdout: '' });
  fs.appendFileSync(out, '{"id":"half-writ'); // as a killed run leaves it
  const second = write('2.txt', TEXT);
  const resumed = await cli(dir, '--out', out, '--resume');
  expect(resumed.status).toBe(0);
  expect(resumed.stderr).toMatch(/1 record .*, 1 skipped \(already in /);
  const ids = fs.readFileSync(out, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line).id);
  expect(ids).toEqual([first, second]);
  await cli(first, '--out', out);
  expect(fs.readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(1); // without --resume, --out starts afresh
});

/** The command as a user runs it, in a process of its own with its worker pool. */
async function spawnCli(argv: string[], stdin = '') {
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, [path.join(root, 'src', 'cli.ts'), ...argv], { cwd: root });
  child.stdin.end(stdin);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const status = await new Promise((resolve) => child.on('close', resolve));
  return { status, stdout, stderr };
}

it('as a process: the longest text extractFacts reads fits in a worker, whose heap is capped', async () => {
  // 2 million characters (extractFacts' default maxLength) of the text above, a sentence a line
  const file = write('long.txt', `${TEXT}\n`.repeat(Math.ceil(2_000_000 / (TEXT.length + 1))).slice(0, 2_000_000));
  const { status, stdout, stderr } = await spawnCli(['--jobs', '2', file]);
  expect(stderr).toMatch(/1 record .*: 1 ok, 0 failed/);
  expect(status).toBe(0);
  expect(JSON.parse(stdout).result.figures.length).toBeGreaterThan(40_000);
}, 60_000);

it('as a process: JSONL on standard input and files through the worker pool', async () => {
  const file = write('a.txt', TEXT);
  const bad = write('bad.jsonl', 'nope\n');
  const stdin = `${JSON.stringify({ id: 'in-1', text: TEXT })}\n${JSON.stringify({ text: TEXT, lang: 'en' })}\n`;
  const { status, stdout, stderr } = await spawnCli(['--jobs', '2', '-', file, bad], stdin);
  expect(stderr).toMatch(/4 records .*: 3 ok, 1 failed/);
  expect(status).toBe(1);
  expect(stdout.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual([
    { id: 'in-1', source: 'stdin', result: expect.objectContaining({ language: 'fr' }) },
    { id: 'stdin#2', source: 'stdin', result: expect.objectContaining({ language: 'en' }) },
    { id: file, source: file, result: expect.objectContaining({ language: 'fr' }) },
    { id: `${bad}#1`, source: bad, error: expect.stringMatching(/bad JSON/) },
  ]);
}, 30_000);
