import { extractFacts } from '../src/index.js';

describe('language detection', () => {
  it.each([
    ['Chery a exporté 100 737 véhicules en mai, soit une hausse de 7,7 % sur un an.', 'fr'],
    ['SAIC Motor sold 332,246 vehicles last month, down 17.1% from a year earlier.', 'en'],
    ['Les ventes de la marque ont reculé.', 'fr'],
    ['The group said its sales fell.', 'en'],
    ['Der Autohersteller hat im Mai deutlich mehr Fahrzeuge ins Ausland verkauft als im Vorjahr.', 'und'],
    ['奇瑞汽车五月份出口汽车十万零七百三十七辆，同比增长百分之七点七。', 'und'],
    ['12345 67890', 'und'],
  ])('%s -> %s', (text, language) => {
    expect(extractFacts(text).language).toBe(language);
  });

  it('the language option skips detection', () => {
    expect(extractFacts('Chery Tiggo 7', { language: 'en' }).language).toBe('en');
  });
});
