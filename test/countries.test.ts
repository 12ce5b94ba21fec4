import { buildDocument } from '../src/pipeline/build-document.js';
import { countryName, recognizeCountries, recognizeRegions } from '../src/recognize/countries.js';
import { countries as enCountries } from '../src/locales/en/countries.js';
import { countries as frCountries } from '../src/locales/fr/countries.js';
import { COUNTRY_NAMES } from '../src/gazetteers/countries.js';

type Language = 'fr' | 'en';

function docOf(text: string, language: Language) {
  return buildDocument(text, { maxLength: 1e6, language }).doc!;
}

/** Every country mention as 'surface=CODE' (adjectives marked '~'), in text order. */
function mentions(text: string, language: Language): string[] {
  const doc = docOf(text, language);
  return recognizeCountries(doc).map((hit) => {
    const surface = text.slice(doc.tokens[hit.first]!.start, doc.tokens[hit.end - 1]!.end);
    return `${surface}${hit.adjective ? '~' : '='}${hit.code}`;
  });
}

const codes = (text: string, language: Language) => [...new Set(recognizeCountries(docOf(text, language)).map((hit) => hit.code))];

function regions(text: string, language: Language): string[] {
  const doc = docOf(text, language);
  return recognizeRegions(doc).map((hit) => `${text.slice(doc.tokens[hit.first]!.start, doc.tokens[hit.end - 1]!.end)}=${hit.name}`);
}

describe('French names and aliases', () => {
  it.each([
    ['Les ventes ont progressé en Chine et au Japon.', ['Chine=CN', 'Japon=JP']],
    ['Le groupe vise le Royaume-Uni, la Grande-Bretagne restant son premier marché.', ['Royaume-Uni=GB', 'Grande-Bretagne=GB']],
    ['Les Etats-Unis et les États-Unis, puis les USA.', ['Etats-Unis=US', 'États-Unis=US', 'USA=US']],
    ['Un modèle assemblé aux Émirats arabes unis (EAU) et vendu aux Émirats.', ['Émirats arabes unis=AE', 'EAU=AE', 'Émirats=AE']],
    ['La Turquie, rebaptisée Türkiye, accueille une usine.', ['Turquie=TR', 'Türkiye=TR']],
    ['La Corée du Sud et la Corée du sud, puis la Corée du Nord.', ['Corée du Sud=KR', 'Corée du sud=KR', 'Corée du Nord=KP']],
    ["Tesla recule dans l'Hexagone.", ['Hexagone=FR']],
    ['Les ventes en Chine continentale ont reculé.', ['Chine continentale=CN']],
    ['Une usine en Russie, une autre en Allemagne.', ['Russie=RU', 'Allemagne=DE']],
    ['Les marques chinoises et le marché outre-Rhin, puis outre-Manche.', ['chinoises~CN', 'outre-Rhin=DE', 'outre-Manche=GB']],
    ['La République tchèque et les Pays-Bas.', ['République tchèque=CZ', 'Pays-Bas=NL']],
  ])('%s', (text, expected) => {
    expect(mentions(text, 'fr')).toEqual(expected);
  });
});

describe('French adjectives in every gender and number, either case', () => {
  it.each([
    ['un importateur panaméen, une filiale panaméenne, des clients panaméens, des routes panaméennes', 'PA', 4],
    ['le marché égyptien, la demande égyptienne, les concessionnaires égyptiens, les autorités égyptiennes', 'EG', 4],
    ['le constructeur chinois, la marque chinoise, les marques chinoises, les Chinois', 'CN', 4],
    ['le groupe turc, la filiale turque, les clients turcs, les usines turques', 'TR', 4],
    ['le groupe sud-coréen, les marques sud-coréennes, les constructeurs coréens', 'KR', 3],
    ['le constructeur américain, la firme américaine, les Américains', 'US', 3],
    ['le marché britannique, les acheteurs britanniques, le constructeur anglais', 'GB', 3],
    ['le constructeur nippon, les marques japonaises', 'JP', 2],
  ])('%s', (text, code, count) => {
    const found = mentions(text, 'fr');
    expect(found).toHaveLength(count);
    expect(found.every((m) => m.endsWith(`~${code}`))).toBe(true);
  });

  it('combining forms: franco-chinois, sino-américain', () => {
    expect(mentions('Un partenariat franco-chinois et des tensions sino-américaines.', 'fr')).toEqual(['franco-~FR', 'chinois~CN', 'sino-~CN', 'américaines~US']);
  });
});

describe('English names, aliases and adjectives', () => {
  it.each([
    ['Sales rose in China and Japan.', ['China=CN', 'Japan=JP']],
    ['The UK, the U.K. and Britain; the US, the U.S. and the USA.', ['UK=GB', 'U.K.=GB', 'Britain=GB', 'US=US', 'U.S.=US', 'USA=US']],
    ['Exports to the UAE and the United Arab Emirates grew.', ['UAE=AE', 'United Arab Emirates=AE']],
    ['Turkey, also called Türkiye, hosts the plant.', ['Turkey=TR', 'Türkiye=TR']],
    ['South Korea and North Korea; a South Korean maker.', ['South Korea=KR', 'North Korea=KP', 'South Korean~KR']],
    ['An Egyptian dealer and Egyptians; Chinese brands; a Panamanian importer.', ['Egyptian~EG', 'Egyptians~EG', 'Chinese~CN', 'Panamanian~PA']],
    ['The Emirati distributor and the Turkish plant.', ['Emirati~AE', 'Turkish~TR']],
    ['Sino-US trade tensions weigh on CHINA sales.', ['Sino-~CN', 'US=US', 'CHINA=CN']],
    ['The merger vehicle is incorporated in the Cayman Islands.', ['Cayman Islands=KY']],
  ])('%s', (text, expected) => {
    expect(mentions(text, 'en')).toEqual(expected);
  });
});

describe('territories and city-states', () => {
  it.each([
    ['Xpeng entered Hong Kong and Macau, then Singapore and Taiwan.', 'en', ['HK', 'MO', 'SG', 'TW']],
    ['Chery arrive à Hong Kong, Macao, Singapour et Monaco.', 'fr', ['HK', 'MO', 'SG', 'MC']],
    ['Imports into Puerto Rico and Greenland.', 'en', ['PR', 'GL']],
    ['Des livraisons à Porto Rico, en Guadeloupe et à la Réunion.', 'fr', ['PR', 'GP', 'RE']],
  ])('%s', (text, language, expected) => {
    expect(codes(text, language as Language)).toEqual(expected);
  });
});

describe('ambiguous names need a country cue', () => {
  it.each([
    ['Exports to Georgia, Armenia and Kazakhstan doubled.', 'en', ['GE', 'AM', 'KZ']],
    ['Les exportations vers la Géorgie et le Kazakhstan ont doublé.', 'fr', ['GE', 'KZ']],
    ['The Georgian market is small, but Georgia imports many used cars.', 'en', ['GE']],
    ['Dealers opened in Jordan and Egypt.', 'en', ['JO', 'EG']],
    ['Des pays comme la Géorgie achètent des voitures chinoises.', 'fr', ['GE', 'CN']],
    ['La Jordanie importe des véhicules électriques.', 'fr', ['JO']],
  ])('%s', (text, language, expected) => {
    expect(codes(text, language as Language)).toEqual(expected);
  });
});

describe('regions are kept apart', () => {
  it.each([
    ['Le groupe vise l\'Europe et l\'Asie du Sud-Est.', 'fr', ['Europe=Europe', 'Asie du Sud-Est=Southeast Asia']],
    ["L'Union européenne (UE) taxe les voitures.", 'fr', ['Union européenne=European Union', 'UE=European Union']],
    ['Sales in Latin America, the Middle East and Southeast Asia.', 'en', ['Latin America=Latin America', 'Middle East=Middle East', 'Southeast Asia=Southeast Asia']],
    ['North American shipments fell while Enlarged Europe grew.', 'en', ['North American=North America', 'Enlarged Europe=Enlarged Europe']],
    ['Le géant sud-américain et les marchés nord-américains.', 'fr', ['sud-américain=South America', 'nord-américains=North America']],
    ['EU registrations, ASEAN markets, Asia-Pacific and the Gulf.', 'en', ['EU=European Union', 'ASEAN=ASEAN', 'Asia-Pacific=Asia-Pacific', 'Gulf=Gulf']],
  ])('%s', (text, language, expected) => {
    expect(regions(text, language as Language)).toEqual(expected);
    expect(codes(text, language as Language)).toEqual([]);
  });
});

describe('not countries', () => {
  it.each([
    ['Hyundai builds the Ioniq 5 at its Georgia plant in the US.', 'en', ['US']],
    ['Kia opened a plant near Atlanta, Georgia.', 'en', []],
    ["L'usine de l'État de Géorgie tourne à plein.", 'fr', []],
    ['Michael Jordan bought a car.', 'en', []],
    ['Let us see what the market gives us.', 'en', []],
    ['She collects fine china and roasted a turkey.', 'en', []],
    ['Deliveries in Shanghai and Barcelona rose.', 'en', []],
    ['Les livraisons à Shanghai et à Barcelone ont progressé.', 'fr', []],
    ['Europe is not a country, nor is Africa.', 'en', []],
    ['The plant in New Mexico and the office in Mexico City.', 'en', []],
    ['Revenue reached US$5bn.', 'en', []],
    ['La Colombie-Britannique et la Nouvelle-Écosse sont canadiennes.', 'fr', ['CA']],
    ['The Chad Smith interview; Jersey City offices.', 'en', []],
    ['Kia Georgia raised output.', 'en', []],
  ])('%s', (text, language, expected) => {
    expect(codes(text, language as Language)).toEqual(expected);
  });
});

describe('data', () => {
  it('covers every ISO 3166-1 alpha-2 code in both languages, territories included', () => {
    const all = Object.keys(COUNTRY_NAMES);
    expect(all.length).toBeGreaterThanOrEqual(249);
    for (const table of [enCountries, frCountries]) expect(new Set(table.map((c) => c.code))).toEqual(new Set(all));
    for (const code of ['HK', 'MO', 'TW', 'PR', 'KY', 'GL']) expect(all).toContain(code);
  });

  it('countryName gives the English name', () => {
    expect(countryName('PA')).toBe('Panama');
    expect(countryName('GB')).toBe('United Kingdom');
  });

  it('is fast once built', () => {
    const text = 'Le constructeur chinois a exporté vers le Panama, l\'Égypte et la Malaisie. '.repeat(30);
    recognizeCountries(docOf('Chine', 'fr'));
    const doc = docOf(text, 'fr');
    const start = performance.now();
    recognizeCountries(doc);
    expect(performance.now() - start).toBeLessThan(5);
  });
});
