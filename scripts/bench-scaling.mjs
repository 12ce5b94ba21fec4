// npm run bench:scaling: milliseconds per MB of realistic news text, French and English articles in
// turn, at 10 KB, 100 KB and 1 MB. Linear time shows as a flat column: the issue asks for the
// largest figure to stay within twice the smallest (exit code 1 otherwise).
// Each size is timed in rounds of about 1 MB of text (100 calls of 10 KB, or one 1 MB text led by
// each language) after a warm-up round; the best round counts, as other busy processes only ever
// slow a round down.
//   node scripts/bench-scaling.mjs [--rounds 5]
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { extractFacts } from '../dist/index.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const ROUNDS = Number(values.rounds);
const MB = 1_000_000;
const SIZES = [
  ['10 KB', 10_000],
  ['100 KB', 100_000],
  ['1 MB', MB],
];

const FRENCH = fs.readFileSync(new URL('../fixtures/gasgoo-chery-exports-fr.txt', import.meta.url), 'utf8').trim();
const ENGLISH = [
  [
    'TOKYO, July 30, 2025 - Toyota sold 2.6 million vehicles worldwide in the second quarter, up 4.1% year on year, while its operating profit fell 10.9% to ¥1.17 trillion as US tariffs weighed on exports.',
    'Sales of hybrid models rose to a record 1.1 million units, or 42% of the total. In North America the group delivered 711,000 cars, compared with 655,000 a year earlier.',
    'The carmaker kept its full-year forecast of 11.2 million vehicles and said it would invest $912 million in five US plants to raise hybrid output.',
  ],
  [
    'BERLIN, Sept. 9, 2025 - Volkswagen and Xpeng signed a strategic partnership to develop an electrical architecture for Chinese-built cars from 2026, extending the joint venture they set up last year.',
    'Volkswagen paid about $700 million for a 4.99% stake in Xpeng in 2023. The two partners expect the platform to cut costs by 30% and to carry at least four new models.',
    'Separately, Cupra launched the Tavascan in Australia and New Zealand, and Skoda entered the Vietnamese market with locally assembled Kushaq SUVs.',
  ],
].map((paragraphs) => paragraphs.join('\n'));

const MAKERS = ['Chery', 'Geely', 'BYD', 'Changan', 'Great Wall', 'SAIC', 'Dongfeng', 'GAC'];

/**
 * French and English articles in turn, the maker changed each time so that no article repeats
 * exactly. The first article's language is the document's, so there is one stream led by each.
 */
function newsText(length, frenchFirst) {
  const articles = [];
  let total = 0;
  for (let n = frenchFirst ? 0 : 1; total < length; n++) {
    const article = n % 2 === 0 ? FRENCH.replaceAll('Chery', MAKERS[(n / 2) % MAKERS.length]) : ENGLISH[((n - 1) / 2) % ENGLISH.length];
    articles.push(article);
    total += article.length + 2;
  }
  return articles.join('\n\n').slice(0, length);
}

function round(texts, calls) {
  const start = performance.now();
  for (let i = 0; i < calls; i++) for (const text of texts) extractFacts(text);
  return performance.now() - start;
}

const streams = [newsText(MB, true), newsText(MB, false)];
const rows = SIZES.map(([label, size]) => {
  const texts = streams.map((stream) => stream.slice(0, size));
  const calls = Math.max(1, Math.round(MB / size / texts.length));
  round(texts, calls);
  let best = Infinity;
  for (let r = 0; r < ROUNDS; r++) best = Math.min(best, round(texts, calls));
  const languages = texts.map((text) => extractFacts(text).language).join('+');
  return { label, calls: calls * texts.length, languages, msPerMB: best / ((calls * texts.length * size) / MB) };
});

const [load1] = os.loadavg();
console.log(`autofacts ${JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}, node ${process.version}, ${os.cpus().length} cores, load ${load1.toFixed(2)}, best of ${ROUNDS} rounds`);
console.log('size      calls  languages  ms/MB');
for (const row of rows) console.log(`${row.label.padEnd(9)} ${String(row.calls).padStart(5)}  ${row.languages.padEnd(9)}  ${row.msPerMB.toFixed(0).padStart(5)}`);
const perMB = rows.map((row) => row.msPerMB);
const ratio = Math.max(...perMB) / Math.min(...perMB);
console.log(`max/min ${ratio.toFixed(2)} (flat within a factor of 2: ${ratio <= 2 ? 'yes' : 'NO'})`);
if (ratio > 2) process.exitCode = 1;
