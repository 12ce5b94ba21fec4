import { extractFacts, ExtractionResultSchema } from '../src/index.js';

describe('extractFacts on bad input', () => {
  it.each([[undefined], [null], [42], [{ text: 'x' }], [['a']]])('throws a TypeError for %p', (value) => {
    expect(() => extractFacts(value as unknown as string)).toThrow(TypeError);
    expect(() => extractFacts(value as unknown as string)).toThrow(/text must be a string/);
  });

  it.each([[''], ['   '], ['\n\t\r\n'], ['\u00a0\u202f']])('returns an empty result for blank text %p', (text) => {
    const result = extractFacts(text);
    expect(result).toEqual({ language: 'und', figures: [], dates: [], brands: [], countries: [], regions: [], partnerships: [], launches: [], warnings: [] });
  });

  it('names the option that is wrong', () => {
    expect(() => extractFacts('Chery', { referenceDate: '13/06/2025' })).toThrow(/options\.referenceDate/);
    expect(() => extractFacts('Chery', { referenceDate: '2025-02-30' })).toThrow(/options\.referenceDate/);
    expect(() => extractFacts('Chery', { language: 'de' as 'fr' })).toThrow(/options\.language/);
    expect(() => extractFacts('Chery', { maxLength: -1 })).toThrow(/options\.maxLength/);
    expect(() => extractFacts('Chery', { colour: 'red' } as never)).toThrow(/colour/);
    expect(() => extractFacts('Chery', 'fr' as never)).toThrow(TypeError);
  });

  it('gives a clear und for text in another language, with no facts', () => {
    const result = extractFacts('Der Autohersteller verkaufte im Mai mehr als hunderttausend Fahrzeuge ins Ausland, so das Unternehmen.');
    expect(result.language).toBe('und');
    expect(result.figures).toEqual([]);
  });

  it('validates against the published schema and keeps spans true to the input', () => {
    const text = 'Chery a exporté 100\u202f737 véhicules en mai, soit une hausse de 7,7\u00a0% sur un an.\r\nLe groupe vise 1,5 Md€.';
    const result = extractFacts(text);
    expect(ExtractionResultSchema.parse(result)).toEqual(result);
    expect(result.figures.length).toBeGreaterThanOrEqual(3);
    for (const f of result.figures) expect(text.slice(f.span.start, f.span.end)).toBe(f.span.text);
  });

  it('warns when text is cut at maxLength', () => {
    const text = 'Chery a exporté 100 737 véhicules en mai. '.repeat(50);
    const result = extractFacts(text, { maxLength: 500 });
    expect(result.warnings.some((w) => w.includes('truncated'))).toBe(true);
    expect(result.figures.length).toBeLessThan(50);
  });
});
