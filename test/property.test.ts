import fs from 'node:fs';
import fc from 'fast-check';
import { extractFacts, ExtractionResultSchema, type BrandEntry, type ExtractOptions, type ExtractionResult, type Span } from '../src/index.js';

/**
 * Properties that hold for any string at all: no exception, a result the published schema accepts,
 * spans that are slices of the input, and the same output for the same input. Seeds are the Gasgoo
 * fixture and an English brief written for this test; mutations cut, copy and garble them.
 */

const FRENCH = fs.readFileSync(new URL('../fixtures/gasgoo-chery-exports-fr.txt', import.meta.url), 'utf8');
const ENGLISH = [
  'SHANGHAI, March 4, 2025 - BYD delivered 322,846 new energy vehicles in February, up 161% year on year, the automaker said on Monday. ' +
    'Overseas sales reached 67,025 units, about a fifth of the total. From January to February, the group sold 623,300 vehicles, compared with 322,000 a year earlier.',
  'Geely Auto and Renault signed a memorandum of understanding to set up a joint venture in Brazil, where the French carmaker will invest €250 million over five years. ' +
    'The partners plan to build hybrid models there from the second half of 2026.',
  'Xpeng launched the G6 in Egypt last month, while Chery entered the Mexican market with the Tiggo 7 Pro. Nio said revenue for the fourth quarter rose 15.3% to RMB 19.7 billion ($2.7bn), ' +
    'and its gross margin gained 1.2 percentage points.',
  'The company employs more than 32,000 people and runs 2,400 battery swap stations; each stores up to 21 packs of 75 kWh.',
].join('\n');

/** Every case checked, across all properties: the issue asks for at least 10 000 per CI run. */
let casesChecked = 0;

function spansOf(result: ExtractionResult): Span[] {
  return [
    ...result.figures.map((f) => f.span),
    ...result.dates.map((d) => d.span),
    ...result.partnerships.map((p) => p.span),
    ...result.launches.map((l) => l.span),
    ...[...result.brands, ...result.countries, ...result.regions].flatMap((m) => m.mentions),
  ];
}

function check(text: string, options?: ExtractOptions): ExtractionResult {
  const result = extractFacts(text, options);
  const parsed = ExtractionResultSchema.safeParse(result);
  if (!parsed.success) {
    const at = (path: readonly PropertyKey[]) => path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown>)?.[key], result);
    const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.')}: ${issue.message} (${JSON.stringify(at(issue.path))})`);
    throw new Error(`schema rejects the result: ${issues.join('; ')}`);
  }
  for (const span of spansOf(result)) {
    if (span.end > text.length || text.slice(span.start, span.end) !== span.text) throw new Error(`span ${JSON.stringify(span)} is not a slice of the input`);
  }
  expect(extractFacts(text, options)).toEqual(result);
  casesChecked++;
  return result;
}

/** Single UTF-16 units of every awkward kind: lone surrogates, controls, BOM, bidi marks, line separators. */
const awkwardUnit = fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\r', '\n', '\t', '\v', '\f',
  '\ufeff', '\u200b', '\u200e', '\u200f', '\u202e', '\u2028', '\u2029', '\u00a0', '\u202f', '\u0301', '\ufffd', '\uffff');
const anyUnit = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 2 },
  { arbitrary: awkwardUnit, weight: 2 },
  { arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }), weight: 3 },
);

/** Words the recognizers react to, so that soups of them reach deep into every linker. */
const PIECES = [
  '0', '1', '7', '12', '31', '99', '2024', '2025', '1900', '2100', '100 737', '1 000 000', '1,526,409', '4,39,695', '150.000', '7,7', '3.5', '0,5', '-8', '+12',
  '%', 'pour cent', 'per cent', 'pp', 'points de pourcentage', 'percentage points', '€', '$', 'US$', '£', '¥', '₹', 'RMB', 'yuans', 'euros', 'dollars', 'crore', 'lakh',
  'bn', 'Md€', 'k', 'm', 'million', 'millions', 'milliard', 'milliards', 'billion', 'cinq', 'quatre-vingt', 'five', 'hundred', 'un demi', 'half a',
  'janvier', 'février', 'mai', 'juin', 'décembre', 'January', 'May', 'June', 'Sept.', 'Q1', 'T3', 'H2', 'S1', 'FY25', 'premier trimestre', 'first half',
  'fin', 'début', 'mi-', 'late', 'early', 'depuis', 'since', 'until', "jusqu'à", 'de', 'à', 'au', 'du', 'from', 'to', 'between', 'entre', 'et', 'and', 'of the',
  'hier', 'yesterday', 'last month', 'le mois dernier', 'this year', 'cette année', "l'an dernier", 'that year', 'lundi', 'Tuesday',
  'Chery', 'JETOUR', 'BYD', 'Geely', 'Renault', 'Tesla', 'Smart', 'Mini', 'Seat', 'Tank', 'Great Wall', 'GWM', 'Mercedes-Benz', 'Lynk & Co', 'Volkswagen Group', 'Holding',
  'France', 'Chine', 'China', 'Jordan', 'Georgia', 'Chad', 'Royaume-Uni', 'Hong Kong', 'panaméen', 'Chinese', 'Europe', 'Asie du Sud-Est', 'Latin America',
  'accord', 'partenariat stratégique', 'joint venture', 'coentreprise', "protocole d'accord", 'memorandum of understanding', 'a signé', 'signed', 'with', 'avec',
  'a lancé', 'launched', 'entre sur le marché', 'entered the market', 'modèle', 'model', 'T1', 'Tiggo 7 Pro', 'ID.4', 'e-2008', '#5', 'No. 1', 'Top 500', 'phase 2.0',
  'véhicules', 'unités', 'voitures', 'vehicles', 'units', 'cars', 'NEVs', 'utilisateurs', 'users', 'employees', 'kWh', 'kW', 'km', 'ventes', 'sales', 'exportations', 'exports',
  'livraisons', 'deliveries', 'revenue', "chiffre d'affaires", 'bénéfice', 'profit', 'capacité', 'part de marché', 'market share', 'prix', 'price',
  'hausse', 'baisse', 'up', 'down', 'rose', 'fell', 'augmenté', 'reculé', 'sur un an', 'year on year', 'en glissement annuel', 'month on month', 'contre', 'compared with',
  'environ', 'about', 'plus de', 'more than', 'moins de', 'less than', 'au moins', 'at least', "jusqu'à", 'up to', 'le groupe', 'the group', 'elle', 'it', 'M.', 'Inc.', 'Co.',
  '.', ',', ';', ':', '!', '?', '-', '–', '—', '/', '(', ')', '[', ']', '«', '»', '"', "'", '’', '…', '•', '*', '#', '&', '<p>', '</div>', '&nbsp;', '\n', '\r\n', '\r',
];
const SEPARATORS = [' ', ' ', ' ', '', '\u00a0', '\u202f', '\n', '\r\n', '\r', '\t', ', ', '. ', ' - '];

const soup = fc
  .array(fc.tuple(fc.oneof({ arbitrary: fc.constantFrom(...PIECES), weight: 8 }, { arbitrary: fc.string({ unit: anyUnit, maxLength: 4 }), weight: 1 }), fc.constantFrom(...SEPARATORS)), {
    maxLength: 80,
  })
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''));

const languageOption = fc.constantFrom<ExtractOptions['language']>(undefined, 'fr', 'en');
const referenceOption = fc.constantFrom<ExtractOptions['referenceDate']>(undefined, '2025-06-13', '2024-02-29', '2025-01-01', '2025-12-31', '0000-01-01', '0050-02-28', '9999-12-31');
const brandsOption = fc.option(
  fc.array(
    fc.record({
      name: fc.oneof(fc.constantFrom('Chery', 'Jetour', 'Kaiyang', 'T1', '5', '€', 'de', 'of the', 'Great Wall'), fc.string({ unit: anyUnit, minLength: 1, maxLength: 12 })),
      kind: fc.constantFrom<BrandEntry['kind']>('brand', 'group'),
      aliases: fc.option(fc.array(fc.string({ unit: anyUnit, minLength: 1, maxLength: 8 }), { maxLength: 2 }), { nil: undefined }),
      ambiguous: fc.option(fc.boolean(), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  { nil: undefined },
);

const options = fc
  .record({ language: languageOption, referenceDate: referenceOption, brands: brandsOption, maxLength: fc.oneof({ arbitrary: fc.constant(undefined), weight: 7 }, { arbitrary: fc.integer({ min: 1, max: 5000 }), weight: 1 }) })
  .map((o) => Object.fromEntries(Object.entries(o).filter(([, value]) => value !== undefined)) as ExtractOptions);

/** Debris a scraper leaves in an article. */
const junk = fc.oneof(
  soup,
  fc.string({ unit: anyUnit, maxLength: 30 }),
  fc.constantFrom('<div class="article">', '</p><p>', '&amp;', '&#8217;', '<script>var x = [1,2,3];</script>', '{"id": 12345, "price": 9.99}', '\u00ad', '\ufeff', '�'),
  fc.tuple(fc.constantFrom('.', ' ', '\n', '-', '0', '9 ', 'de ', 'of the ', '=', '\u0000', '🚗', 'א'), fc.integer({ min: 2, max: 400 })).map(([unit, times]) => unit.repeat(times)),
);

type Edit = { kind: 'delete' | 'duplicate' | 'insert' | 'rotate' | 'crlf' | 'cr'; at: number; length: number; text: string };
const edit = fc.record({
  kind: fc.constantFrom<Edit['kind']>('delete', 'duplicate', 'insert', 'insert', 'rotate', 'crlf', 'cr'),
  at: fc.nat(),
  length: fc.nat({ max: 400 }),
  text: junk,
});

/** Cut, copy, insert debris, rotate, change line endings: mutations that keep most of an article readable. */
function applyEdits(base: string, edits: readonly Edit[]): string {
  let text = base;
  for (const { kind, at: rawAt, length, text: inserted } of edits) {
    const at = rawAt % (text.length + 1);
    const end = Math.min(text.length, at + length);
    if (kind === 'delete') text = text.slice(0, at) + text.slice(end);
    else if (kind === 'duplicate') text = text.slice(0, end) + text.slice(at, end) + text.slice(end);
    else if (kind === 'insert') text = text.slice(0, at) + inserted + text.slice(at);
    else if (kind === 'rotate') text = text.slice(at) + text.slice(0, at);
    else text = text.replaceAll('\n', kind === 'crlf' ? '\r\n' : '\r');
  }
  return text;
}

const mutated = (seed: fc.Arbitrary<string>) => fc.tuple(seed, fc.array(edit, { maxLength: 6 })).map(([base, edits]) => applyEdits(base, edits));

/** Paragraphs of both seeds in any order: articles that switch language, read with either language forced. */
const paragraphs = [...FRENCH.split('\n'), ...ENGLISH.split('\n')].filter((p) => p.trim() !== '');
const mixed = fc.array(fc.constantFrom(...paragraphs), { minLength: 1, maxLength: 6 }).map((chosen) => chosen.join('\n'));

const PROPERTIES: [name: string, text: fc.Arbitrary<string>, options: fc.Arbitrary<ExtractOptions | undefined>, numRuns: number][] = [
  ['arbitrary UTF-16 strings (lone surrogates, controls, astral planes)', fc.string({ unit: anyUnit, maxLength: 400 }), fc.option(options, { nil: undefined }), 3000],
  ['arbitrary strings of whole graphemes', fc.string({ unit: 'grapheme', maxLength: 200 }), fc.option(options, { nil: undefined }), 1000],
  ['soups of numbers, dates, currencies, brands, countries and punctuation', soup, fc.option(options, { nil: undefined }), 3000],
  ['the French fixture, mutated', mutated(fc.constant(FRENCH)), fc.option(options, { nil: undefined }), 2500],
  ['the English brief, mutated', mutated(fc.constant(ENGLISH)), fc.option(options, { nil: undefined }), 2500],
  ['paragraphs of both languages mixed, either language forced', mutated(mixed), fc.record({ language: fc.constantFrom<'fr' | 'en'>('fr', 'en') }), 1000],
];

describe('extractFacts on any string', () => {
  it.each(PROPERTIES)('%s: no exception, a valid result, true spans, the same output twice', (_name, text, opts, numRuns) => {
    fc.assert(
      fc.property(text, opts, (t, o) => {
        check(t, o);
      }),
      { numRuns },
    );
  });

  it('cuts text longer than maxLength with a warning, never silently, and finds nothing past the cut', () => {
    fc.assert(
      fc.property(mutated(mixed), fc.integer({ min: 1, max: 4000 }), (text, maxLength) => {
        const result = check(text, { maxLength });
        const warning = result.warnings.find((w) => w.startsWith('input truncated'));
        // blank text is an empty result whatever its length: nothing is lost by not reading it
        if (text.length <= maxLength || text.trim() === '') {
          expect(warning).toBeUndefined();
          return;
        }
        expect(warning).toBeDefined();
        const cut = Number(/^input truncated at (\d+) of (\d+) characters/.exec(warning!)![1]);
        expect(cut).toBeLessThanOrEqual(maxLength);
        // at the last sentence end or line break before the limit, else the last space, else the limit itself
        const read = text.slice(0, maxLength);
        if (/[\n\r]|[.!?] /.test(read)) expect('\n\r.!?').toContain(text[cut - 1]);
        else if (read.includes(' ')) expect(text[cut - 1]).toBe(' ');
        else expect(cut).toBeGreaterThanOrEqual(maxLength - 1);
        for (const span of spansOf(result)) expect(span.end).toBeLessThanOrEqual(cut);
      }),
      { numRuns: 500 },
    );
  });

  it('checked at least 10 000 cases in all', () => {
    expect(casesChecked).toBeGreaterThanOrEqual(10_000);
  });
});
