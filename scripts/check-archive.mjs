// The issue's acceptance check: the built command over a folder of 20 000 mixed files, a few of
// them broken, must write exactly one line per record and exit 1.
//   npm run build && node scripts/check-archive.mjs [--files 20000] [--jobs N]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { articles, loadFixtures, writeArchive } from './synthetic-archive.mjs';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const MAX_BYTES = 1_000_000;
const root = process.getuid?.() === 0;

/** Each broken file and whether it must fail (an unreadable file is readable by root). */
const BROKEN = [
  ['empty.txt', '', true],
  ['blank.txt', ' \n\n ', true],
  ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), true],
  ['utf16.txt', Buffer.from('\ufeffChery exporte.', 'utf16le'), true],
  ['latin1.txt', Buffer.from('Citroën a vendu 1 000 voitures.', 'latin1'), true],
  ['huge.txt', 'Chery a vendu 1 000 voitures. '.repeat(40_000), true],
  ['bad.json', '{"text": "Chery', true],
  ['notext.json', '{"title": "Chery", "body": "no text field"}', true],
  ['none.json', '[]', true],
  ['scripts-only.html', '<script>var a = 1</script><style>p {}</style>', true],
  ['unreadable.txt', 'Chery a vendu 1 000 voitures.', !root],
];

/** The command's own peak RSS, printed from its main thread as it exits. */
const PEAK_HOOK = `data:text/javascript,import { isMainThread } from 'node:worker_threads';
if (isMainThread) process.on('exit', () => process.stderr.write('peak-rss ' + process.resourceUsage().maxRSS + '\\n'));`;

async function main() {
  const { values } = parseArgs({ options: { files: { type: 'string', default: '20000' }, jobs: { type: 'string' } } });
  const target = Number(values.files);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autofacts-check-'));
  try {
    const archive = path.join(dir, 'archive');
    const brokenDir = path.join(archive, 'broken');
    // 10 % of documents go five to a JSONL file, so 92 documents make 100 files... minus the broken ones.
    const documents = Math.floor(((target - BROKEN.length) * 100) / 92 / 100) * 100;
    const written = writeArchive(archive, [...articles(loadFixtures(), documents)], { perJsonl: 5 });
    const expected = new Map(written.ids.map((id) => [id, false]));
    fs.mkdirSync(brokenDir);
    for (let i = written.files; i < target - BROKEN.length; i++) {
      const file = path.join(brokenDir, `top-up-${i}.txt`);
      fs.writeFileSync(file, `Chery a exporté ${i} véhicules en mai.`);
      expected.set(file, false);
    }
    for (const [name, content, fails] of BROKEN) {
      const file = path.join(brokenDir, name);
      fs.writeFileSync(file, content);
      expected.set(file, fails);
    }
    fs.chmodSync(path.join(brokenDir, 'unreadable.txt'), 0o000);
    const files = fs.readdirSync(archive, { recursive: true }).filter((name) => path.extname(name)).length;
    console.log(`archive: ${files} files, ${expected.size} records, ${[...expected.values()].filter(Boolean).length} of them broken, in ${archive}`);

    const out = path.join(dir, 'out.jsonl');
    const jobs = values.jobs ? ['--jobs', values.jobs] : [];
    const run = await command([archive, '--out', out, '--max-bytes', String(MAX_BYTES), ...jobs]);
    console.log(run.summary);
    const problems = await verify(out, expected);
    if (run.status !== 1) problems.push(`exit status ${run.status}, expected 1`);
    console.log(`peak RSS of the command: ${Math.round(run.peakKb / 1024)} MB; wall time ${run.seconds.toFixed(1)} s`);

    const resumed = await command([archive, '--out', out, '--max-bytes', String(MAX_BYTES), '--resume', ...jobs]);
    console.log(`--resume over the finished output: ${resumed.summary}`);
    if (!/0 records .* \d+ skipped/.test(resumed.summary) || resumed.status !== 0) problems.push('--resume did not skip everything');

    if (problems.length) {
      console.log(`FAILED:\n  ${problems.slice(0, 20).join('\n  ')}`);
      process.exitCode = 1;
    } else {
      console.log(`OK: exactly one line per record (${expected.size}), errors exactly for the broken files`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function command(args) {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', PEAK_HOOK, cli, ...args], { stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const status = await new Promise((resolve) => child.on('close', resolve));
  return {
    status,
    seconds: (performance.now() - started) / 1000,
    summary: stderr.match(/^autofacts: .*$/m)?.[0] ?? stderr.trim(),
    peakKb: Number(stderr.match(/^peak-rss (\d+)$/m)?.[1]),
  };
}

async function verify(out, expected) {
  const problems = [];
  const seen = new Set();
  const lines = readline.createInterface({ input: fs.createReadStream(out), crlfDelay: Infinity });
  for await (const text of lines) {
    const line = JSON.parse(text);
    if (seen.has(line.id)) problems.push(`duplicate line for ${line.id}`);
    seen.add(line.id);
    if (!expected.has(line.id)) problems.push(`unexpected id ${line.id}`);
    else if (expected.get(line.id) !== 'error' in line) problems.push(`${line.id}: ${'error' in line ? `unexpected error ${line.error}` : 'should have failed'}`);
  }
  for (const id of expected.keys()) if (!seen.has(id)) problems.push(`no line for ${id}`);
  console.log(`output: ${seen.size} lines`);
  return problems;
}

await main();
