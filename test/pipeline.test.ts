import fc from 'fast-check';
import { buildDocument } from '../src/pipeline/build-document.js';
import { normalizeText } from '../src/pipeline/normalize.js';
import { segmentSentences } from '../src/pipeline/segment.js';
import { tokenize } from '../src/pipeline/tokenize.js';
import { fold } from '../src/text/fold.js';

describe('normalizeText', () => {
  it('keeps the length and maps every space, quote and dash variant to ASCII', () => {
    const input = '\ufeff100\u00a0737\u202fvéhicules \u2013 l\u2019usine \u201cX\u201d\r\nfin\u2212';
    const out = normalizeText(input);
    expect(out.length).toBe(input.length);
    expect(out).toBe(" 100 737 véhicules - l'usine \"X\" \nfin-");
  });

  it('turns a lone \\r into a line break and lone surrogates into spaces, keeps emoji pairs', () => {
    expect(normalizeText('a\rb')).toBe('a\nb');
    expect(normalizeText('a\ud800b\udc00c')).toBe('a b c');
    expect(normalizeText('ok 🚗 ok')).toBe('ok 🚗 ok');
  });

  it('returns the same string when there is nothing to change', () => {
    const plain = 'Chery exported 100,737 vehicles.';
    expect(normalizeText(plain)).toBe(plain);
  });
});

describe('tokenize', () => {
  it('splits words, numbers and punctuation with offsets into the text', () => {
    const text = "JETOUR T1 a vendu 1,5 Md€ d'unités.";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['JETOUR', 'T1', 'a', 'vendu', '1', ',', '5', 'Md', '€', 'd', "'", 'unités', '.']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[11]!.norm).toBe('unites');
    expect(tokens.map((t) => t.kind).slice(0, 5)).toEqual(['word', 'word', 'word', 'word', 'number']);
  });

  it('records spaces and line breaks before tokens', () => {
    const tokens = tokenize('a b\nc');
    expect(tokens.map((t) => [t.spaceBefore, t.lineBreakBefore])).toEqual([[true, false], [true, false], [true, true]]);
  });
});

describe('fold', () => {
  it('lower-cases and strips accents', () => {
    expect(fold('Égyptien')).toBe('egyptien');
    expect(fold('Citroën')).toBe('citroen');
    expect(fold('plain')).toBe('plain');
    expect(fold('ŒUVRE Škoda İzmir Straße')).toBe('œuvre skoda izmir straße');
  });

  it('folds letter by letter exactly as NFD, mark removal and lower case do on the whole word', () => {
    const slowly = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const letters = fc.oneof(
      fc.integer({ min: 0x20, max: 0x24f }), // the range the table covers
      fc.constantFrom(0x301, 0x308, 0x3a3, 0x130, 0x1e9e, 0x4e2d), // combining marks, Greek sigma, dotted I, capital ß, Han
    ).map((code) => String.fromCharCode(code));
    fc.assert(fc.property(fc.array(letters, { maxLength: 12 }).map((chars) => chars.join('')), (word) => fold(word) === slowly(word)), { numRuns: 3000 });
  });
});

describe('segmentSentences', () => {
  const split = (text: string, abbreviations: string[] = ['m', 'no', 'co']) => {
    const tokens = tokenize(text);
    return segmentSentences(tokens, new Set(abbreviations)).map((s) => text.slice(s.start, s.end));
  };

  it('ends sentences at . ! ? followed by a capital, and at line breaks', () => {
    expect(split('Les ventes montent. Les exportations aussi! Et alors? Oui\nTitre sans point')).toEqual([
      'Les ventes montent.', 'Les exportations aussi!', 'Et alors?', 'Oui', 'Titre sans point',
    ]);
  });

  it('does not split after abbreviations, initials or inside decimals', () => {
    expect(split('Selon M. Yin, la hausse est de 7.7 %. BYD est No. 1 mondial.')).toEqual(['Selon M. Yin, la hausse est de 7.7 %.', 'BYD est No. 1 mondial.']);
    expect(split('SAIC Motor Passenger Vehicle Co. builds MG cars. J. Smith said so.')).toEqual(['SAIC Motor Passenger Vehicle Co. builds MG cars.', 'J. Smith said so.']);
  });

  it('keeps a closing quote or bracket with its sentence', () => {
    expect(split('Il a dit « oui. » Puis il est parti.')).toEqual(['Il a dit « oui. »', 'Puis il est parti.']);
  });
});

describe('buildDocument', () => {
  it('cuts over-long input at a sentence boundary and says so', () => {
    const text = 'Chery a exporté 100 737 véhicules. '.repeat(100);
    const { doc, warnings } = buildDocument(text, { maxLength: 1000, language: 'fr' });
    expect(doc!.input.length).toBeLessThanOrEqual(1000);
    expect(doc!.input.endsWith('véhicules.')).toBe(true);
    expect(warnings[0]).toMatch(/input truncated at \d+ of 3500 characters/);
  });

  it('gives each token its sentence', () => {
    const { doc } = buildDocument('Une phrase. Une autre phrase.', { maxLength: 1e6, language: 'fr' });
    expect(Array.from(doc!.sentenceOf)).toEqual([0, 0, 0, 1, 1, 1, 1]);
  });
});

describe('segmentSentences on text without stops', () => {
  it('cuts runs longer than MAX_SENTENCE_TOKENS into bounded pieces', async () => {
    const { MAX_SENTENCE_TOKENS } = await import('../src/pipeline/segment.js');
    const tokens = tokenize('mot '.repeat(MAX_SENTENCE_TOKENS * 3 + 5));
    const sentences = segmentSentences(tokens, new Set());
    expect(sentences.length).toBe(4);
    expect(Math.max(...sentences.map((s) => s.tokenEnd - s.tokenStart))).toBe(MAX_SENTENCE_TOKENS);
    expect(sentences[3]!.tokenEnd).toBe(tokens.length);
  });
});
