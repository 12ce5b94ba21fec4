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
    ['Chery a exporté 100 737 véhicules.', 'fr'],
    ['BYD sold 3,000 cars in May.', 'en'],
    // no function word, or only 'a' which both languages write: the words of the figure and deal tables decide
    ['Renault sold 500 cars.', 'en'],
    ['Stellantis invested 1.5 billion euros.', 'en'],
    ['Renault a vendu 500 voitures.', 'fr'],
    ['Volkswagen verkaufte 500 Autos.', 'und'],
    ['Renault vendió 500 coches.', 'und'],
    // franc ranks Portuguese a hair above French here; four French function words settle it
    ["Au Pakistan enfin, BYD s'est associé à Hub Power Company (Hubco) pour distribuer ses modèles.", 'fr'],
    // franc scores French 0.95 of Portuguese; 'pour' and 'ses', words only French writes, settle it
    ["Au Pakistan, BYD s'est associé à Hub Power Company pour distribuer ses modèles.", 'fr'],
    ['El fabricante chino exportó más de cien mil vehículos en mayo, un aumento del siete por ciento respecto al año anterior, según la compañía.', 'und'],
    ['Il costruttore cinese ha esportato oltre centomila veicoli a maggio, con un aumento del sette per cento rispetto allo stesso mese del 2024.', 'und'],
    ['A fabricante chinesa exportou mais de cem mil veículos em maio, um aumento de sete por cento em relação ao mesmo mês do ano passado.', 'und'],
    ['De Chinese autofabrikant heeft in mei meer dan honderdduizend auto’s geëxporteerd, een stijging van zeven procent ten opzichte van vorig jaar.', 'und'],
    ['Le groupe a vendu 100 000 voitures en mai, et les exportations sont en hausse de 7 % selon la société, qui vise une croissance pour cette année.', 'fr'],
    ['The company said that its exports were up 7% in May, and that it has sold 100,000 cars to customers abroad, with growth expected this year.', 'en'],
  ])('%s -> %s', (text, language) => {
    expect(extractFacts(text).language).toBe(language);
  });

  it('the language option skips detection', () => {
    expect(extractFacts('Chery Tiggo 7', { language: 'en' }).language).toBe('en');
  });
});
