import fs from 'node:fs';
import { extractFacts, ExtractionResultSchema, type ExtractionResult } from '../src/index.js';

const fixture = (name: string) => fs.readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const text = fixture('gasgoo-chery-exports-fr.txt');
const expected = JSON.parse(fixture('gasgoo-chery-exports-fr.expected.json'));

describe('the Gasgoo sample, no options', () => {
  let result: ExtractionResult;
  beforeAll(() => {
    result = extractFacts(text);
  });

  it('is French and validates against the schema', () => {
    expect(result.language).toBe(expected.language);
    expect(ExtractionResultSchema.safeParse(result).success).toBe(true);
  });

  it('has exactly the expected figures, with every attribute', () => {
    const got = result.figures.map(({ span: _span, ...figure }) => figure);
    expect(got).toEqual(expected.figures);
  });

  it('resolves every date to 2025 from the text alone', () => {
    const got = result.dates.map((d) => (d.end ? `${d.value}..${d.end}` : d.value));
    for (const date of expected.dates) expect(got).toContain(date);
    for (const date of got) expect(date.startsWith('2025')).toBe(true);
    expect(result.dates.every((d) => d.year !== undefined)).toBe(true);
  });

  it('names Chery and its sub-brand Jetour, and the six countries', () => {
    expect(result.brands.map(({ mentions: _m, ...b }) => b)).toEqual(expected.brands);
    expect(result.countries.map((c) => c.code).sort()).toEqual([...expected.countries].sort());
    expect(result.countries.find((c) => c.code === 'PA')!.mentions[0]!.text).toBe('panaméen');
  });

  it('finds the Kaiyang Laboratory / NTU partnership of 12 May', () => {
    expect(result.partnerships).toHaveLength(1);
    const [deal] = result.partnerships;
    for (const party of expected.partnerships[0].parties) expect(deal!.parties.some((p) => p.includes(party))).toBe(true);
    expect(deal!.kind).toBe(expected.partnerships[0].kind);
    expect(deal!.date).toBe(expected.partnerships[0].date);
  });

  it("finds Jetour's launches and Chery's entry into Hong Kong", () => {
    const got = result.launches.map(({ span: _span, ...launch }) => launch);
    expect(got).toEqual(expect.arrayContaining(expected.launches.map((l: object) => expect.objectContaining(l))));
    expect(got).toHaveLength(expected.launches.length);
  });

  it('keeps every span true to the input', () => {
    const spans = [...result.figures, ...result.dates, ...result.partnerships, ...result.launches].map((f) => f.span);
    for (const b of [...result.brands, ...result.countries]) spans.push(...b.mentions);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
