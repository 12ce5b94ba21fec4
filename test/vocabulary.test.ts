import fs from 'node:fs';
import { extractFacts } from '../src/index.js';
import { tokenize } from '../src/pipeline/tokenize.js';
import { Lexicon } from '../src/recognize/lexicon.js';
import { PhraseMatcher } from '../src/recognize/phrase-matcher.js';
import { WordSet } from '../src/recognize/vocabulary.js';

describe('the shared table vocabulary', () => {
  it('lets a table built after a token was looked up still match that token', () => {
    // made-up words, so that no table of the library knows them before this test does
    const tokens = tokenize('Le protocole de zorglubation stratégique a été xylographié.');
    const early = new PhraseMatcher<string>([['protocole', 'mou']]);
    expect(early.matchAt(tokens, 1)).toMatchObject({ first: 1, end: 2, values: ['mou'] });
    // both tokens are now cached as starting no table's entry
    expect(early.matchAt(tokens, 3)).toBeUndefined();
    expect(early.matchAt(tokens, 7)).toBeUndefined();
    const late = new PhraseMatcher<string>([['zorglubation stratégique', 'cooperation']]);
    expect(late.matchAt(tokens, 3)).toMatchObject({ first: 3, end: 5, values: ['cooperation'] });
    const stems = new Lexicon<string>({ 'xylograph*': 'sign' });
    expect(stems.matchAt(tokens, 7)).toMatchObject({ first: 7, end: 8, value: 'sign' });
  });

  it('reads the same figures from a document whatever was read before it', () => {
    const brief = 'Exports to Russia fell to 36.1k units in January, while Mexico took 33.2k and the UAE 27.3k.';
    const first = extractFacts(brief);
    expect(first.figures.map((f) => f.value)).toEqual([36100, 33200, 27300]);
    const dir = new URL('../fixtures/holdout/', import.meta.url);
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.txt'))) extractFacts(fs.readFileSync(new URL(name, dir), 'utf8'));
    extractFacts(fs.readFileSync(new URL('../fixtures/gasgoo-chery-exports-fr.txt', import.meta.url), 'utf8'));
    expect(extractFacts(brief)).toEqual(first);
  });

  it('keeps word numbers as bits, growing past its first size, and refuses -1', () => {
    const set = new WordSet();
    for (const id of [0, 31, 32, 5000]) set.add(id);
    expect([0, 31, 32, 5000].every((id) => set.has(id))).toBe(true);
    expect([1, 33, 4999, 5001, 100_000, -1].some((id) => set.has(id))).toBe(false);
  });
});
