import fs from 'node:fs';
import { DEFAULT_MAX_LENGTH, extractFacts, ExtractionResultSchema, type ExtractOptions, type ExtractionResult } from '../src/index.js';

/**
 * Scraped text at its worst: each pathological input must finish within 20 times the time of plain
 * article text of the same length, cost no more per character at full length than at a tenth of it
 * (no quadratic step, no regex backtracking), and give a valid result. Then odd values, maxLength
 * and invalid options.
 */

const FRENCH = fs.readFileSync(new URL('../fixtures/gasgoo-chery-exports-fr.txt', import.meta.url), 'utf8').trim();
const ENGLISH = [
  'DETROIT, Oct. 2, 2025 - Ford sold 546,000 vehicles in the United States in the third quarter, up 8.2% from a year earlier, as hybrid sales climbed 60% to a record 55,000 units.',
  'Hyundai and LG Energy Solution agreed to build a $4.3bn battery plant in Georgia that will supply 300,000 electric vehicles a year from 2026.',
  'Volvo Cars launched the EX30 in Brazil and Mexico in September; the Swedish brand expects its revenue to reach SEK 400 billion this year, about 5 per cent more than in 2024.',
].join('\n');
const ARTICLE = `${FRENCH}\n${ENGLISH}\n`;

const MB = 1_000_000;
/** The bound: a pathological input against plain text of the same length. */
const LIMIT = 20;
/**
 * Linear code costs as much per character at full length as at a tenth of it (measured 0.6 to 1.4);
 * a quadratic step costs up to ten times more. Short times are too noisy to compare, hence the floor.
 */
const GROWTH_LIMIT = 3;
const GROWTH_FLOOR_MS = 10;

function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Digits of every length and one or two spaces between them, the same every run. */
function digitsAndSpaces(length: number): string {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  let text = '';
  while (text.length < length) text += String(next()).slice(0, 1 + (next() % 7)) + ' '.repeat(1 + (next() % 2));
  return text.slice(0, length);
}

/** Each input is made at its full length, and first at a tenth of it (see below). */
const PATHOLOGICAL: [name: string, length: number, make: (length: number) => string][] = [
  ['1 MB of digits and spaces', MB, digitsAndSpaces],
  ['1 MB of digits glued by commas and dots', MB, (n) => fill('1,2.3,45,6.78,', n)],
  ["100 000 repetitions of 'de '", 300_000, (n) => fill('de ', n)],
  ["100 000 repetitions of 'of the '", 700_000, (n) => fill('of the ', n)],
  ['a 1 MB line of letters with no space', MB, (n) => fill('abcdefghij', n)],
  ['a 1 MB line of words, figures and signs with no space', MB, (n) => fill('Chery100737véhicules+7,7%€3.5bn', n)],
  ['a long run of full stops', MB, (n) => fill('.', n)],
  ['a long run of mixed punctuation', MB, (n) => fill('.,;:!?-()[]«»"\'/&#%+', n)],
  ['a long run of whitespace after a word', MB, (n) => `Chery ${fill(' \n\t\u00a0\u202f\u3000\v\f', n - 6)}`],
  ['lone surrogates', MB, (n) => fill('\ud800x\udc00 Chery\udbff \udfff', n)],
  ['control characters', MB, (n) => fill('\u0000\u0001\u0007\u001b\u007f\u0085 mai 2025 ', n)],
  ['emoji', MB, (n) => fill('🚗💥 👍🏽 👨‍👩‍👧 🇫🇷 5 % ', n)],
  ['right-to-left text', MB, (n) => fill('\u200fمرحبا بالعالم 2025 שלום \u202e', n)],
  ['an article behind a BOM', MB, (n) => `\ufeff${fill(ARTICLE, n - 1)}`],
  ['an article with \\r\\n line endings', MB, (n) => fill(ARTICLE.replaceAll('\n', '\r\n'), n)],
  ['an article with \\r line endings', MB, (n) => fill(ARTICLE.replaceAll('\n', '\r'), n)],
  ['an article in HTML debris', MB, (n) => fill(`<div class="story"><p>${ARTICLE.replaceAll('\n', '</p><p>')}</p></div><script>var a=[1,2,3];</script>`, n)],
  ['number words without a scale', MB, (n) => fill('cinq cent quatre-vingt-un et ', n / 2) + fill('five hundred and eighty-one ', n / 2)],
  ['ambiguous countries listed with plain ones', MB, (n) => fill('Chad,Mali,Jordan, France, ', n)],
  ['a deal between a new pair of companies in every sentence', MB, dealsBetweenPairs],
];

/** 'A7 Motors signed with B7 Motors.' with new companies each time: many distinct deals, none told twice. */
function dealsBetweenPairs(length: number): string {
  let text = '';
  for (let n = 0; text.length < length; n++) text += `A${n} Motors signed with B${n} Motors. `;
  return text.slice(0, length);
}

function minimumTime(text: string, options: ExtractOptions, runs: number): { ms: number; result: ExtractionResult } {
  let ms = Infinity;
  let result!: ExtractionResult;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    result = extractFacts(text, options);
    ms = Math.min(ms, performance.now() - start);
  }
  return { ms, result };
}

const plainTimes = new Map<string, number>();

/** Plain article text of this length, in the best of three runs. */
function plainTime(length: number, language: 'fr' | 'en'): number {
  const key = `${length} ${language}`;
  let ms = plainTimes.get(key);
  if (ms === undefined) {
    ms = minimumTime(fill(ARTICLE, length), { language }, 3).ms;
    plainTimes.set(key, ms);
  }
  return ms;
}

function expectBelow(what: string, value: number, limit: number): void {
  if (!(value < limit)) throw new Error(`${what}: ${value.toFixed(2)}, not below ${limit}`);
}

function expectValid(text: string, result: ExtractionResult): void {
  expect(ExtractionResultSchema.safeParse(result).error).toBeUndefined();
  const spans = [...result.figures, ...result.dates, ...result.partnerships, ...result.launches].map((fact) => fact.span);
  for (const named of [...result.brands, ...result.countries, ...result.regions]) spans.push(...named.mentions);
  expect(spans.filter((span) => text.slice(span.start, span.end) !== span.text)).toEqual([]);
}

describe('pathological input runs in linear time', () => {
  // a baseline taken while the JIT still compiles would flatter every ratio
  beforeAll(() => {
    for (const language of ['fr', 'en'] as const) extractFacts(fill(ARTICLE, MB), { language });
  }, 60_000);

  // a tenth of the length first: a quadratic regression fails there in seconds instead of hanging
  // the run at full length, since a timeout cannot stop synchronous code
  it.each(PATHOLOGICAL)('%s: within 20 times plain text of its length, and linear in it', (name, length, make) => {
    const tenth = make(length / 10);
    const full = make(length);
    for (const language of ['fr', 'en'] as const) {
      const small = minimumTime(tenth, { language }, 2).ms;
      expectBelow(`${name} (${language}, ${tenth.length} characters) / plain text`, small / plainTime(tenth.length, language), LIMIT);
      const { ms, result } = minimumTime(full, { language }, 2);
      expectBelow(`${name} (${language}, ${full.length} characters) / plain text`, ms / plainTime(full.length, language), LIMIT);
      expectBelow(`${name} (${language}): time per character at full length / at a tenth`, ms / (10 * Math.max(small, GROWTH_FLOOR_MS)), GROWTH_LIMIT);
      expectValid(full, result);
    }
    expectValid(full, extractFacts(full));
  }, 120_000);
});

describe('strange input gives a valid result', () => {
  it.each([
    ['no year anywhere, compared with a year earlier', 'BYD sold 623,300 vehicles from January to February, compared with 322,000 a year earlier.', { language: 'en' }],
    ['a reference date in year 50', 'From January to February, BYD sold 623,300 vehicles, compared with 322,000 a year earlier. Yesterday it sold 500 cars.', { referenceDate: '0050-02-28' }],
    ['a reference date in year 0', "L'an dernier, le mois dernier et hier, Chery a vendu 5 000 voitures, contre 4 000 un an plus tôt.", { referenceDate: '0000-01-01' }],
    ['a reference date in year 9999', 'Next year, next quarter and next month, Tesla will sell 5,000 cars, up 10% year on year.', { referenceDate: '9999-12-31' }],
    ['hundreds of digits in a row', `Chery sold ${'9'.repeat(400)} vehicles, ${'1'.repeat(320)} % more, worth €${'9'.repeat(300)} billion.`, { language: 'en' }],
    ['a grouped number too long for a double', 'Chery sold 9,999,999,999,999,999,999,999 vehicles and 999.999.999.999.999.999 units.', { language: 'en' }],
    ['only a BOM and spaces', '\ufeff \u00a0\u202f\u200b', {}],
    ['a lone surrogate between letters', 'Chery\ud800a vendu 5 000\udc00 voitures en mai 2025.', { language: 'fr' }],
  ] as [string, string, ExtractOptions][])('%s', (_name, text, options) => {
    expectValid(text, extractFacts(text, options));
  });

  it('keeps relative dates within four-digit years at the ends of the calendar, and out of 1900 for year 50', () => {
    const early = extractFacts('Last year, last month and yesterday were quiet.', { language: 'en', referenceDate: '0000-01-01' });
    expect(early.dates.map((d) => d.value)).toEqual([]);
    const late = extractFacts('Next year and next month will be busy.', { language: 'en', referenceDate: '9999-12-31' });
    expect(late.dates.map((d) => d.value)).toEqual([]);
    const fifty = extractFacts('Yesterday was quiet.', { language: 'en', referenceDate: '0050-03-01' });
    expect(fifty.dates.map((d) => d.value)).toEqual(['0050-02-28']);
  });
});

describe('maxLength', () => {
  it(`defaults to ${DEFAULT_MAX_LENGTH.toLocaleString('en')} characters, cut at a sentence end with a warning`, () => {
    expect(DEFAULT_MAX_LENGTH).toBe(2_000_000);
    const text = fill(ARTICLE, DEFAULT_MAX_LENGTH + 1000);
    const result = extractFacts(text, { language: 'fr' });
    const warning = result.warnings.find((w) => w.startsWith('input truncated'));
    expect(warning).toMatch(new RegExp(`^input truncated at \\d+ of ${text.length} characters \\(maxLength ${DEFAULT_MAX_LENGTH}\\)$`));
    const cut = Number(/at (\d+) of/.exec(warning!)![1]);
    expect(cut).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
    expect(cut).toBeGreaterThan(DEFAULT_MAX_LENGTH - 10_000);
    expect(text[cut - 1]).toMatch(/[\n.!?]/);
    for (const figure of result.figures) expect(figure.span.end).toBeLessThanOrEqual(cut);
  }, 60_000);

  it('leaves text of exactly maxLength alone, with no warning', () => {
    const text = 'Chery a exporté 100 737 véhicules en mai.';
    expect(extractFacts(text, { maxLength: text.length }).warnings.filter((w) => w.includes('truncated'))).toEqual([]);
  });

  it.each([
    ['after the last full stop', 'Chery a vendu 5 000 voitures. Geely en a vendu 7 000 en mai. BYD en a vendu', 62, 'Chery a vendu 5 000 voitures. Geely en a vendu 7 000 en mai.'],
    ['after the last line break', 'Chery a vendu 5 000 voitures\nGeely en a vendu 7 000 en mai\nBYD en a vendu', 60, 'Chery a vendu 5 000 voitures\nGeely en a vendu 7 000 en mai\n'],
    ['after the last \\r line ending', 'Chery a vendu 5 000 voitures\rGeely en a vendu 7 000 en mai\rBYD en a vendu', 60, 'Chery a vendu 5 000 voitures\rGeely en a vendu 7 000 en mai\r'],
    ['at the last space when no sentence ends', 'Chery a vendu cinq mille voitures en mai sans aucun point final', 20, 'Chery a vendu cinq '],
    ['between surrogate pairs when there is no space', '🚗🚗🚗🚗🚗🚗🚗🚗', 5, '🚗🚗'],
  ])('cuts %s', (_name, text, maxLength, kept) => {
    const result = extractFacts(text, { maxLength, language: 'fr' });
    expect(result.warnings).toContain(`input truncated at ${kept.length} of ${text.length} characters (maxLength ${maxLength})`);
    for (const figure of result.figures) expect(figure.span.end).toBeLessThanOrEqual(kept.length);
  });
});

describe('invalid options', () => {
  it.each([
    [{ referenceDate: '2025-02-30' }, /options\.referenceDate.*not a calendar date/],
    [{ referenceDate: '13/06/2025' }, /options\.referenceDate.*YYYY-MM-DD/],
    [{ referenceDate: 'yesterday' }, /options\.referenceDate/],
    [{ referenceDate: '' }, /options\.referenceDate/],
    [{ referenceDate: 20250613 }, /options\.referenceDate.*expected string/],
    [{ referenceDate: new Date('2025-06-13') }, /options\.referenceDate.*expected string/],
    [{ language: 'de' }, /options\.language.*"fr"\|"en"/],
    [{ language: 'FR' }, /options\.language/],
    [{ language: 'und' }, /options\.language/],
    [{ language: null }, /options\.language/],
    [{ maxLength: 0 }, /options\.maxLength/],
    [{ maxLength: 1.5 }, /options\.maxLength/],
    [{ maxLength: Number.NaN }, /options\.maxLength/],
    [{ maxLength: '1000' }, /options\.maxLength/],
    [{ lang: 'fr' }, /options \(lang\)/],
  ])('%p: a RangeError naming the option', (options, message) => {
    expect(() => extractFacts('Chery a vendu 5 000 voitures.', options as ExtractOptions)).toThrow(RangeError);
    expect(() => extractFacts('Chery a vendu 5 000 voitures.', options as ExtractOptions)).toThrow(message);
  });

  it('checks options before looking at empty text', () => {
    expect(() => extractFacts('', { language: 'de' as 'fr' })).toThrow(/options\.language/);
  });

  it.each([['fr'], [42], [true]])('options %p: a TypeError', (options) => {
    expect(() => extractFacts('Chery', options as ExtractOptions)).toThrow(/options must be an object/);
  });
});
