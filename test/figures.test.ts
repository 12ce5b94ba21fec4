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

describe('periods a figure takes from its sentence and the text before', () => {
  const periods = (text: string, language: 'fr' | 'en') =>
    extractFacts(text, { language, referenceDate: '2025-07-02' }).figures.map((f) => [f.value, f.unit, f.period ? `${f.period.start}..${f.period.end}` : undefined]);

  it("reads 'year to date' and 'en cumul annuel' as January to the month the text is about", () => {
    expect(periods('Geely sold 235,819 cars in June. Year to date, it sold 1.41 million cars.', 'en')).toEqual([
      [235819, 'vehicle', '2025-06..2025-06'],
      [1410000, 'vehicle', '2025-01..2025-06'],
    ]);
    expect(periods('Geely a vendu 235 819 voitures en juin. En cumul annuel, le groupe totalise 1,41 million de ventes.', 'fr')).toEqual([
      [235819, 'vehicle', '2025-06..2025-06'],
      [1410000, 'vehicle', '2025-01..2025-06'],
    ]);
  });

  it("reads 'over six months' and 'sur six mois' as January to June of the year the text is about", () => {
    expect(periods('EU registrations rose 1% in June. Electric cars took 16.1% of the market over six months, against 13.1% a year earlier.', 'en').slice(1)).toEqual([
      [16.1, 'percent', '2025-01..2025-06'],
      [13.1, 'percent', '2024-01..2024-06'],
    ]);
    expect(periods('Les immatriculations ont progressé de 1 % en juin. Sur six mois, le groupe a vendu 800 000 voitures.', 'fr').slice(1)).toEqual([
      [800000, 'vehicle', '2025-01..2025-06'],
    ]);
  });

  it("reads 'depuis le début de l'année' up to that month from January, not from the year", () => {
    expect(periods("Geely a exporté 33 000 voitures en juin. Depuis le début de l'année, Geely a exporté 184 000 véhicules.", 'fr')).toEqual([
      [33000, 'vehicle', '2025-06..2025-06'],
      [184000, 'vehicle', '2025-01..2025-06'],
    ]);
  });

  it("goes back to the lead's period, not the headline's, at each new paragraph", () => {
    const text = 'Volkswagen profit slides 15% on China, 2025 margin seen at 5.5%\n\nVolkswagen said its operating profit fell 15.4% last year to €19.1 billion.\n\nRevenue edged up 0.7% to €324.7 billion.';
    expect(periods(text, 'en').slice(-2)).toEqual([
      [0.7, 'percent', '2024..2024'],
      [324.7e9, 'currency', '2024..2024'],
    ]);
  });

  it("counts 'dont 45 000' as part of what the sentence counted", () => {
    expect(periods('Les ventes ont atteint 120 000 unités en juin, dont 45 000 pour la marque Zeekr.', 'fr').map(([value, unit]) => [value, unit])).toEqual([
      [120000, 'vehicle'],
      [45000, 'vehicle'],
    ]);
  });
});
