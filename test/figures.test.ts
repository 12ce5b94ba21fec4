import { extractFacts, ExtractionResultSchema } from '../src/index.js';
import { ENGLISH_FIGURES, FRENCH_FIGURES, type FigureCase } from './cases/figures.js';

const round = (n: number) => Math.round(n * 100) / 100;

/** Each expected figure in order, its listed fields equal; no change where none is listed, 'exact' where no hedge is. */
function check([language, text, expected]: FigureCase) {
  const result = extractFacts(text, { language, referenceDate: '2025-06-13' });
  expect(ExtractionResultSchema.safeParse(result).success).toBe(true);
  const got = result.figures.map((f) => ({ value: round(f.value), unit: f.unit, metric: f.metric, change: f.change, qualifier: f.qualifier, currency: f.currency }));
  const want = expected.map((e) => ({
    value: round(e.value ?? NaN),
    unit: e.unit,
    metric: e.metric ?? expect.any(String),
    change: e.change,
    qualifier: e.qualifier ?? 'exact',
    currency: e.currency,
  }));
  expect(got).toEqual(want);
  for (const f of result.figures) expect(text.slice(f.span.start, f.span.end)).toBe(f.span.text);
}

describe('figures in French', () => {
  it.each(FRENCH_FIGURES.map((c) => [c[1], c] as const))('%s', (_, c) => check(c));
});

describe('figures in English', () => {
  it.each(ENGLISH_FIGURES.map((c) => [c[1], c] as const))('%s', (_, c) => check(c));
});

it('the table holds at least 150 cases, a quarter of them negative', () => {
  const all = [...FRENCH_FIGURES, ...ENGLISH_FIGURES];
  expect(all.length).toBeGreaterThanOrEqual(150);
  expect(all.filter((c) => c[2].length === 0).length).toBeGreaterThanOrEqual(30);
});
