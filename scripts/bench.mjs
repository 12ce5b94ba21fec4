// npm run bench: throughput, cold start and peak memory of autofacts on a synthetic archive
// built from fixtures/, beside a plain compromise parse of the same texts as the yardstick.
// Every measure runs in a fresh Node process, so peak memory and cold start are its own; the
// command's rows time the whole process, start-up included, as a user would.
// 20 000 documents by default, an archive of the size the command is for: each thread spends
// its first few hundred documents warming up its JIT (about 0.7 s of CPU), which a small archive
// would charge to the workers. The in-memory loops, mere yardsticks, read the first 5 000.
// Other busy processes only ever slow a run down: the measures run in --rounds interleaved
// rounds and the fastest of each counts, the load average is printed beside the figures, and a
// "ceiling" row shows how much the machine itself gives to several processes at once.
//   node scripts/bench.mjs [--docs 20000] [--rounds 2] [--keep]
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { articles, loadFixtures, writeArchive } from './synthetic-archive.mjs';

const here = fileURLToPath(import.meta.url);
const dist = new URL('../dist/', import.meta.url);
/** The in-memory loops are yardsticks: 5 000 texts give their rate. */
const LOOP_TEXTS = 5000;
/** compromise is ten times slower: fewer texts give its rate just as well. */
const COMPROMISE_TEXTS = 300;

/** Child side: one measure, printed as JSON on stdout. */
const measures = {
  async loop(dir) {
    const texts = readTexts(dir);
    const { extractFacts } = await import(new URL('index.js', dist));
    return timed(texts.length, () => texts.forEach((text) => extractFacts(text)));
  },
  async compromise(dir) {
    const texts = readTexts(dir).slice(0, COMPROMISE_TEXTS);
    const { default: nlp } = await import('compromise');
    return timed(texts.length, () => texts.forEach((text) => nlp(text).json()));
  },
  async cold(dir, library) {
    const text = readTexts(dir)[0];
    const start = performance.now();
    if (library === 'autofacts') (await import(new URL('index.js', dist))).extractFacts(text);
    else (await import('compromise')).default(text).json();
    return { ms: performance.now() - start };
  },
};

const readTexts = (dir) => JSON.parse(fs.readFileSync(path.join(dir, 'texts.json'), 'utf8'));

function timed(docs, run) {
  const start = performance.now();
  run();
  return { docs, seconds: (performance.now() - start) / 1000 };
}

/** The command's own peak RSS, printed from its main thread as it exits. */
const PEAK_HOOK = `data:text/javascript,import { isMainThread } from 'node:worker_threads';
if (isMainThread) process.on('exit', () => process.stderr.write('peak-rss ' + process.resourceUsage().maxRSS + '\\n'));`;

/** The autofacts command over the archive, as a user runs it: files in, JSON lines out. */
function command(dir, jobs) {
  const out = path.join(dir, 'out.jsonl');
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--import', PEAK_HOOK, fileURLToPath(new URL('cli.js', dist)), path.join(dir, 'archive'), '--jobs', String(jobs), '--out', out], { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`autofacts exited with ${run.status}: ${run.stderr}`);
  return { docs: countLines(out), seconds, maxRSS: Number(run.stderr.match(/^peak-rss (\d+)$/m)[1]) };
}

function countLines(file) {
  const bytes = fs.readFileSync(file);
  let lines = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) lines++;
  return lines;
}

function child(...args) {
  return JSON.parse(execFileSync(process.execPath, [here, '--child', ...args], { encoding: 'utf8' }));
}

/** `count` loops at once in separate processes: they share nothing but the hardware. */
async function ceiling(count, dir) {
  const runs = await Promise.all(Array.from({ length: count }, () => promisify(execFile)(process.execPath, [here, '--child', 'loop', dir])));
  const results = runs.map(({ stdout }) => JSON.parse(stdout));
  return { docs: results.reduce((sum, run) => sum + run.docs, 0), seconds: Math.max(...results.map((run) => run.seconds)) };
}

const rate = (run) => run.docs / run.seconds;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (kb) => (kb ? `${Math.round(kb / 1024)} MB` : '');

/** The fastest run of each measure, with the highest peak memory any of its runs reached. */
function fastest(runs) {
  const best = runs.reduce((a, b) => (rate(b) > rate(a) ? b : a));
  return { ...best, maxRSS: Math.max(...runs.map((run) => run.maxRSS ?? 0)) };
}

async function main() {
  const { values } = parseArgs({
    options: { docs: { type: 'string', default: '20000' }, rounds: { type: 'string', default: '2' }, keep: { type: 'boolean', default: false } },
  });
  const count = Number(values.docs);
  const cores = os.availableParallelism();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autofacts-bench-'));
  try {
    const texts = [...articles(loadFixtures(), count)];
    fs.writeFileSync(path.join(dir, 'texts.json'), JSON.stringify(texts.slice(0, LOOP_TEXTS)));
    writeArchive(path.join(dir, 'archive'), texts);
    const meanKb = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / texts.length / 1024;
    console.log(`autofacts benchmark: ${count} documents of ${meanKb.toFixed(1)} KB on average (70 % .txt, 15 % .html, 5 % .json, 10 % .jsonl), ${cores} cores, Node ${process.version}\n`);

    const loadBefore = os.loadavg()[0];
    const runs = { loop: [], one: [], all: [], ceiling: [], compromise: [] };
    for (let round = 0; round < Number(values.rounds); round++) {
      runs.loop.push(child('loop', dir));
      runs.one.push(command(dir, 1));
      runs.all.push(command(dir, cores));
      runs.ceiling.push(await ceiling(cores, dir));
      runs.compromise.push(child('compromise', dir));
    }
    const [loop, one, all, machine, yardstick] = Object.values(runs).map(fastest);
    const cold = (library) => median(Array.from({ length: 5 }, () => child('cold', dir, library).ms));
    const coldAutofacts = cold('autofacts');
    const coldCompromise = cold('compromise');
    const loadAfter = os.loadavg()[0];

    const rows = [
      [`extractFacts loop over ${loop.docs} texts in memory`, loop, '', loop.maxRSS],
      ['autofacts command, --jobs 1: files in, JSON lines out', one, '1.00x', one.maxRSS],
      [`autofacts command, --jobs ${cores} (worker threads)`, all, `${(rate(all) / rate(one)).toFixed(2)}x`, all.maxRSS],
      [`ceiling: ${cores} loops in separate processes at once`, machine, `${(rate(machine) / rate(loop)).toFixed(2)}x`],
      [`compromise nlp(text).json(), ${yardstick.docs} texts in memory`, yardstick, '', yardstick.maxRSS],
    ];
    console.log(`${'run'.padEnd(58)}${'docs/s'.padStart(8)}${'speed-up'.padStart(10)}${'peak RSS'.padStart(10)}`);
    for (const [name, run, speedUp, rss] of rows) {
      console.log(`${name.padEnd(58)}${Math.round(rate(run)).toString().padStart(8)}${speedUp.padStart(10)}${mb(rss).padStart(10)}`);
    }
    console.log('(speed-up: the workers against 1 thread; the ceiling against the loop)');
    console.log(`\ncold start, import + first call (median of 5 fresh processes): autofacts ${coldAutofacts.toFixed(0)} ms, compromise ${coldCompromise.toFixed(0)} ms`);
    const busy = Math.max(loadBefore, loadAfter) > 0.5 ? ': other processes were busy, so figures are low, the speed-up most of all' : '';
    console.log(`load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after${busy}`);

    const peak = Math.max(one.maxRSS, all.maxRSS);
    const targets = [
      ['1 thread >= 1000 docs/s', rate(one) >= 1000],
      [`${cores} workers >= 1.7 x 1 thread`, rate(all) >= 1.7 * rate(one)],
      ['cold start < 300 ms', coldAutofacts < 300],
      [`the command's peak memory < 300 MB (${mb(peak)})`, peak < 300 * 1024],
    ];
    console.log(`targets: ${targets.map(([name, met]) => `${met ? 'ok' : 'MISSED'} ${name}`).join('; ')}`);
    if (one.docs !== count || all.docs !== count) throw new Error(`expected ${count} lines, got ${one.docs} (1 thread) and ${all.docs} (workers)`);
  } finally {
    if (values.keep) console.log(`archive kept in ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  const [mode, ...args] = process.argv.slice(3);
  const result = await measures[mode](...args);
  process.stdout.write(JSON.stringify({ ...result, maxRSS: process.resourceUsage().maxRSS }));
} else {
  await main();
}
