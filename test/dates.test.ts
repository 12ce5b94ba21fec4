import fs from 'node:fs';
import { extractFacts } from '../src/index.js';
import { buildDocument } from '../src/pipeline/build-document.js';
import { tokenSpan } from '../src/pipeline/document.js';
import { recognizeDates } from '../src/recognize/dates.js';

type Lang = 'fr' | 'en';
const REF = '2025-06-13'; // a Friday

/** The recognizer's hits with their text, and the warnings it left on the document. */
function recognized(text: string, language: Lang, referenceDate?: string) {
  const doc = buildDocument(text, { maxLength: 1e6, language, ...(referenceDate ? { referenceDate } : {}) }).doc!;
  const hits = recognizeDates(doc).map((h) => ({ ...h, text: tokenSpan(doc, h.first, h.end).text }));
  return { hits, warnings: doc.warnings };
}

function hitsOf(text: string, language: Lang, referenceDate?: string) {
  return recognized(text, language, referenceDate).hits;
}

/** The dates as the result lists them, a date said twice once: 'value' or 'value..end'. */
function listed(text: string, language: Lang, referenceDate?: string) {
  const seen = new Set<string>();
  return hitsOf(text, language, referenceDate).filter((h) => {
    const key = `${h.value}..${h.endValue ?? ''}`;
    return !seen.has(key) && seen.add(key);
  });
}

function dates(text: string, language: Lang, referenceDate?: string): string[] {
  return listed(text, language, referenceDate).map((d) => (d.endValue ? `${d.value}..${d.endValue}` : d.value));
}

function only(text: string, language: Lang, referenceDate?: string) {
  const found = listed(text, language, referenceDate);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('days, months, years', () => {
  it.each<[Lang, string, string[]]>([
    ['fr', 'Renault a inauguré son usine le 12 juin 2025 à Tanger.', ['2025-06-12']],
    ['fr', 'Les premières Dacia ont été livrées le dimanche 1er juin 2025.', ['2025-06-01']],
    ['fr', 'La marque est née en 1997 et a changé de logo en 2024.', ['1997', '2024']],
    ['fr', 'Les chiffres de mai 2024 servent de référence.', ['2024-05']],
    ['fr', 'Le salon de Lyon ouvrira le 7 sept. 2024.', ['2024-09-07']],
    ['en', 'Kia opened the plant on 28 October 2025 in Zilina.', ['2025-10-28']],
    ['en', 'Volvo said on Friday, June 7, 2024 that output rose.', ['2024-06-07']],
    ['en', 'The tax break lasts until December 31, 2027 for kits.', ['2027-12-31']],
    ['en', 'Lucid was founded in March 2007 and listed in 2021.', ['2007-03', '2021']],
    ['en', 'Skoda began sales on June 12th 2025, weeks after Nov. 3, 2024.', ['2025-06-12', '2024-11-03']],
  ])('%s: %s', (language, text, expected) => {
    expect(dates(text, language)).toEqual(expected);
  });

  it('a written year is marked explicit', () => {
    expect(only('Le 12 juin 2025, Peugeot a signé un accord.', 'fr')).toMatchObject({ value: '2025-06-12', year: 'explicit' });
  });
});

describe('quarters and halves', () => {
  it.each<[Lang, string, string[]]>([
    ['fr', 'Au T3 2025, les livraisons de Kia ont progressé.', ['2025-Q3']],
    ['fr', 'Les ventes du 3e trimestre 2024 ont reculé.', ['2024-Q3']],
    ['fr', 'Au troisième trimestre 2023, la marge a baissé.', ['2023-Q3']],
    ['fr', 'La citadine sortira des chaînes au dernier trimestre 2026.', ['2026-Q4']],
    ['fr', 'Au premier semestre 2025, puis au S2 2024.', ['2025-H1', '2024-H2']],
    ['fr', 'La première moitié de 2025 a été difficile.', ['2025-H1']],
    ['en', 'Revenue rose in Q3 2025 and in the fourth quarter of 2024.', ['2025-Q3', '2024-Q4']],
    ['en', 'H1 2024 was weak; the second half of 2023 was strong.', ['2024-H1', '2023-H2']],
    ['en', 'Third-quarter 2024 results beat forecasts.', ['2024-Q3']],
    ['en', 'Earnings halved in the first half of 2025 and in the 3rd quarter of 2023.', ['2025-H1', '2023-Q3']],
  ])('%s: %s', (language, text, expected) => {
    expect(dates(text, language)).toEqual(expected);
  });

  it.each<[Lang, string, string]>([
    ['fr', 'Au deuxième trimestre, les ventes ont reculé.', '2025-Q2'],
    ['fr', 'Au troisième trimestre, les ventes ont reculé.', '2024-Q3'],
    ['fr', 'Au premier semestre, les ventes ont progressé.', '2025-H1'],
    ['en', 'Sales fell in the second quarter.', '2025-Q2'],
    ['en', 'Sales rose 5% in Q1.', '2025-Q1'],
    ['en', 'Sales rose in the second half.', '2024-H2'],
    ['en', 'Local kits will follow in the second half of this year.', '2025-H2'],
  ])('%s, the latest one not after the reference: %s', (language, text, expected) => {
    expect(only(text, language, REF)).toMatchObject({ value: expected, year: 'reference' });
  });
});

describe('numeric dates', () => {
  it('French order is day/month, and says so in the result when both readings are possible', () => {
    const result = extractFacts('La facture du 12/06/2025 a été réglée.', { language: 'fr' });
    expect(result.dates.map((d) => d.value)).toEqual(['2025-06-12']);
    expect(result.warnings.some((w) => w.includes('12/06/2025') && w.includes('day/month'))).toBe(true);
  });

  it('English order is month/day, with a warning', () => {
    const result = recognized('The invoice dated 06/12/2025 was paid.', 'en');
    expect(result.hits.map((d) => d.value)).toEqual(['2025-06-12']);
    expect(result.warnings.some((w) => w.includes('06/12/2025') && w.includes('month/day'))).toBe(true);
  });

  it('a day above 12 settles the order without a warning', () => {
    const result = recognized('The order came on 13/04/2025.', 'en');
    expect(result.hits.map((d) => d.value)).toEqual(['2025-04-13']);
    expect(result.warnings.some((w) => w.includes('13/04/2025'))).toBe(false);
  });

  it.each<[Lang, string, string[]]>([
    ['fr', 'Publié le 2025-06-12 et modifié le 03.04.2024.', ['2025-06-12', '2024-04-03']],
    ['en', 'SEOUL, 2025-02-20 — Hyundai signed the deal.', ['2025-02-20']],
  ])('%s: %s', (language, text, expected) => {
    expect(dates(text, language)).toEqual(expected);
  });
});

describe('ranges and open ends', () => {
  it.each<[Lang, string, string[]]>([
    ['fr', 'De janvier à mai, Skoda a vendu 300 000 voitures.', ['2025-01..2025-05']],
    ['fr', 'Sur la période janvier-mai, le marché a reculé.', ['2025-01..2025-05']],
    ['fr', 'Du 1er au 12 juin, le salon a attiré du monde.', ['2025-06-01..2025-06-12']],
    ['fr', 'Entre février et avril, les commandes ont doublé.', ['2025-02..2025-04']],
    ['fr', "Sur les cinq premiers mois de l'année, la part de Fiat a fondu.", ['2025-01..2025-05']],
    ['fr', 'Sur les onze premiers mois de 2024, les ventes ont baissé.', ['2024-01..2024-11']],
    ['fr', 'De janvier à novembre 2024, le marché a progressé.', ['2024-01..2024-11']],
    ['fr', 'De décembre 2024 à février 2025, les ventes ont baissé.', ['2024-12..2025-02']],
    ['fr', 'Sur la période 2024-2025, puis entre 2020 et 2023.', ['2024..2025', '2020..2023']],
    ['en', 'From January to May, Opel sold 1.5 million cars.', ['2025-01..2025-05']],
    ['en', 'Orders fell in January and February.', ['2025-01..2025-02']],
    ['en', 'The fair ran June 1-12 in Turin.', ['2025-06-01..2025-06-12']],
    ['en', 'In the first five months, sales rose.', ['2025-01..2025-05']],
    ['en', 'Over the first three quarters of 2024, margins slid.', ['2024-Q1..2024-Q3']],
    ['fr', 'Sur les deux premiers trimestres, les marges ont fondu.', ['2025-Q1..2025-Q2']],
    ['en', 'Over the first nine months of 2024, sales fell.', ['2024-01..2024-09']],
    ['en', 'December to February was weak.', ['2024-12..2025-02']],
    ['en', 'The plant will run at full speed in 2026-27.', ['2026..2027']],
    ['en', 'Margins held in Q1-Q3 2024 and sales in Jan-Sep 2024.', ['2024-Q1..2024-Q3', '2024-01..2024-09']],
    ['fr', 'Sur janv.-sept. 2024, puis au T1-T3 2024.', ['2024-01..2024-09', '2024-Q1..2024-Q3']],
    // months counted back from the one that ends them
    ['en', 'BYD sold 3.3 million cars in the nine months to September.', ['2024-01..2024-09']],
    ['en', 'In the three months to May, profit fell.', ['2025-03..2025-05']],
    ['en', 'In the 12 months to April, sales grew 3%.', ['2024-05..2025-04']],
    ['en', 'JLR sold 400,000 cars in the year to March 2025.', ['2024-04..2025-03']],
    ['en', 'Toyota expects a lower profit for the fiscal year ending March 2026.', ['2025-04..2026-03']],
    ['fr', "Sur l'exercice clos fin mars 2025, le chiffre d'affaires a progressé.", ['2024-04..2025-03']],
    ['fr', 'Sur les neuf mois à fin septembre 2024, les ventes ont progressé.', ['2024-01..2024-09']],
  ])('%s: %s', (language, text, expected) => {
    expect(dates(text, language, REF)).toEqual(expected);
  });

  it.each<[Lang, string, string, string]>([
    ['fr', 'Depuis 2025, le groupe accélère.', '2025', 'since'],
    ['fr', 'Les batteries sont taxées depuis mars.', '2025-03', 'since'],
    ['fr', "Le plan d'économies court jusqu'en 2027.", '2027', 'until'],
    ['fr', "L'usine doit passer à l'hydrogène d'ici 2030.", '2030', 'until'],
    ['fr', 'À partir de janvier 2026, le site tournera en deux équipes.', '2026-01', 'since'],
    ['fr', 'Aucune nouvelle usine avant 2028.', '2028', 'before'],
    ['en', 'Since March, prices have risen.', '2025-03', 'since'],
    ['en', 'The duty will climb each year through 2030.', '2030', 'until'],
    ['en', 'Lancia plans to return to Britain before 2030.', '2030', 'before'],
    ['en', 'The subsidy runs until 2027.', '2027', 'until'],
  ])('%s: %s', (language, text, value, modifier) => {
    expect(only(text, language, REF)).toMatchObject({ value, modifier });
  });

  it.each<[Lang, string, string[]]>([
    // a day ends the fiscal year: the day stays a day, and FY25 then reads as April to March
    ['en', 'Tata Motors reported results for the financial year ended 31 March 2025 (FY25).', ['2025-03-31', '2024-04..2025-03']],
    ['en', 'The project took four months to complete.', []],
  ])('%s: %s', (language, text, expected) => {
    expect(dates(text, language, REF)).toEqual(expected);
  });
});

describe('modifiers', () => {
  it.each<[Lang, string, string, string]>([
    ['fr', 'Fin mai, le parc de Renault dépassait 2 millions de voitures.', '2025-05-31', 'end'],
    ['fr', 'Début juin, la marque a ouvert un site.', '2025-06', 'start'],
    ['fr', 'Mi-juin, le salon a fermé.', '2025-06', 'mid'],
    ['fr', 'La chaîne doit démarrer fin 2026.', '2026-12-31', 'end'],
    ['fr', "Le réseau d'Alpine comptera 40 points de vente d'ici la mi-2026.", '2026', 'until'],
    ['fr', "Les livraisons commenceront d'ici la fin de l'année.", '2025-12-31', 'until'],
    ['fr', "La dette était 3 % plus basse qu'à la fin de 2024.", '2024-12-31', 'end'],
    ['en', 'Early June, the brand opened a showroom.', '2025-06', 'start'],
    ['en', 'Production should start in late 2026.', '2026-12-31', 'end'],
    ['en', 'Mid-June, the plant restarted.', '2025-06', 'mid'],
    ['en', 'Polestar wants 50 stores by the end of 2026.', '2026-12-31', 'until'],
    ['en', 'Debt was 3% lower than at the end of 2024.', '2024-12-31', 'end'],
  ])('%s: %s', (language, text, value, modifier) => {
    expect(only(text, language, REF)).toMatchObject({ value, modifier });
  });

  it('an approximate day ahead: "vers le 20 juin"', () => {
    expect(only("D'après Volvo, l'usine devrait rouvrir vers le 20 juin.", 'fr', REF)).toMatchObject({ value: '2025-06-20', modifier: 'approximate' });
  });
});

describe('relative expressions against the reference date', () => {
  it.each<[Lang, string, string, string]>([
    ['fr', 'Le mois dernier, Cupra a livré 9 000 voitures.', '2025-05', ''],
    ['fr', 'Cette année, la marque vise 300 000 ventes.', '2025', ''],
    ["fr", "L'an dernier, Kia a été la marque la plus vendue du pays.", '2024', ''],
    ['fr', "L'année prochaine, le modèle arrivera en Espagne.", '2026', ''],
    ['fr', 'La semaine dernière, le groupe a publié ses chiffres.', '2025-06-02..2025-06-08', ''],
    ['fr', 'Les données publiées hier montrent une hausse.', '2025-06-12', ''],
    ['fr', 'Lynk & Co ouvrira un magasin à Lisbonne plus tard cette année.', '2025', 'later'],
    ['fr', "L'usine de Kenitra démarre ce mois-ci.", '2025-06', ''],
    ['fr', 'Le trimestre dernier, la marge a reculé.', '2025-Q1', ''],
    ['en', 'Honda sold 41,000 cars last month.', '2025-05', ''],
    ['en', 'Brussels raised the duty last year.', '2024', ''],
    ['en', 'The new Leaf reached dealers yesterday.', '2025-06-12', ''],
    ['en', 'Rivian will open a store in Berlin later this year.', '2025', 'later'],
    ['en', 'The first vans are due early next year.', '2026', 'start'],
    ['en', 'Sales rose last week.', '2025-06-02..2025-06-08', ''],
    ['en', 'Margins fell last quarter.', '2025-Q1', ''],
  ])('%s: %s', (language, text, expected, modifier) => {
    const date = only(text, language, REF);
    expect(date.endValue ? `${date.value}..${date.endValue}` : date.value).toBe(expected);
    expect(date.year).toBe('reference');
    if (modifier) expect(date.modifier).toBe(modifier);
  });

  it.each<[Lang, string, string]>([
    ['fr', 'Stellantis a annoncé mardi un plan de départs.', '2025-06-10'],
    ['fr', 'Vendredi dernier, la marque a présenté son break.', '2025-06-06'],
    ['fr', 'Le modèle sera dévoilé mardi prochain.', '2025-06-17'],
    ['en', "The stock fell 2% after Tuesday's announcement.", '2025-06-10'],
    ['en', 'Ford will show the truck next Monday.', '2025-06-16'],
  ])('%s, weekdays: %s', (language, text, expected) => {
    expect(only(text, language, REF).value).toBe(expected);
  });

  it.each<[Lang, string, string[]]>([
    ['fr', 'Seat a produit 40 000 voitures en mars de cette année.', ['2025-03']],
    ['fr', "Les ventes de novembre de l'an dernier servent de base.", ['2024-11']],
    ['en', 'The unit was created on March 4 this year.', ['2025-03-04']],
    ['en', 'In October last year, Mazda named a new importer.', ['2024-10']],
    ['en', 'Zeekr entered Japan in May 2024 and opened a store on July 2 of that year.', ['2024-05', '2024-07-02']],
    ['en', 'The sedan followed the SUV that arrived last September.', ['2024-09']],
  ])('%s, years given by words: %s', (language, text, expected) => {
    expect(dates(text, language, REF)).toEqual(expected);
  });
});

describe('a month without a year', () => {
  it.each<[Lang, string, string]>([
    ['fr', 'Les commandes de Smart ont atteint 4 000 unités en avril.', '2025-04'],
    ['fr', 'Les ventes de décembre ont été fortes.', '2024-12'],
    ['fr', 'La prime baissera de 1 000 euros en août.', '2025-08'],
    ['fr', 'Le nouveau bonus est annoncé pour octobre.', '2025-10'],
    ['fr', 'Les versions hybrides seront livrées dès septembre.', '2025-09'],
    ['fr', 'Le break a été lancé en juillet.', '2024-07'],
    ['en', 'Exports rose in April.', '2025-04'],
    ['en', 'Deliveries will start in March.', '2026-03'],
    ['en', 'Sales rose in December.', '2024-12'],
    ['en', 'The plant is expected to open in September.', '2025-09'],
    ['en', 'Maruti expects sales to rise in the April-July period.', '2025-04'],
  ])('%s: %s', (language, text, expected) => {
    expect(only(text, language, REF)).toMatchObject({ value: expected, year: 'reference' });
  });

  it('a day later in the year than the reference is last year\'s, unless the clause looks ahead', () => {
    expect(dates('Le coupé a été présenté le 20 juin.', 'fr', REF)).toEqual(['2024-06-20']);
    expect(dates('Le coupé sera présenté le 20 juin.', 'fr', REF)).toEqual(['2025-06-20']);
  });

  it("a full year told in the first months of the next is the one just over, unless the clause looks ahead", () => {
    expect(dates('Full-year deliveries reached 326,028.', 'en', '2026-01-02')).toEqual(['2025']);
    expect(dates("Sur l'ensemble de l'année, le groupe a vendu 2 millions de voitures.", 'fr', '2026-02-10')).toEqual(['2025']);
    expect(dates('The group expects full-year deliveries of 500,000.', 'en', '2026-01-02')).toEqual(['2026']);
    expect(dates('Full-year deliveries should pass 500,000.', 'en', REF)).toEqual(['2025']);
  });

  it('a deadline a few days ahead is the coming one, across the new year too', () => {
    expect(dates('Seoul hopes for a deal before the June 20 deadline.', 'en', REF)).toEqual(['2025-06-20']);
    expect(dates("Le constructeur doit répondre d'ici le 5 janvier.", 'fr', '2025-12-20')).toEqual(['2026-01-05']);
    // months ahead, a deadline already passed is last year's
    expect(dates('The firm met the duty before the November 1 deadline.', 'en', REF)).toEqual(['2024-11-01']);
  });
});

describe('years without a reference date', () => {
  it('the dateline gives the year, and its date anchors weekdays and bare months', () => {
    const found = listed('LISBONNE, 10 juin 2025 — La marque a présenté mardi deux utilitaires, qui seront livrés dès octobre. Début février, elle visait le Maroc.', 'fr');
    expect(found.map((d) => [d.value, d.year])).toEqual([
      ['2025-06-10', 'explicit'],
      ['2025-10', 'inferred'],
      ['2025-02', 'inferred'],
    ]);
  });

  it('a dateline without a year takes the year the text states', () => {
    const result = recognized('PUNE, April 24 — Mahindra reported results for the year ended 31 March 2025. It cited the tax change of 2 April.', 'en');
    expect(result.hits.map((d) => [d.value, d.year])).toEqual([
      ['2025-04-24', 'inferred'],
      ['2025-03-31', 'explicit'],
      ['2025-04-02', 'inferred'],
    ]);
    expect(result.warnings.some((w) => w.includes('inferred'))).toBe(true);
  });

  it('an article dated early January about December is from the next year', () => {
    const text = 'TOKYO, Jan 3 — December 2025 was a record month for Subaru, it said on Saturday, after 21,500 units in November.';
    expect(dates(text, 'en')).toEqual(['2026-01-03', '2025-12', '2025-11']);
  });

  it('an article dated early February about the whole of last year is from the year after', () => {
    const text = 'MUNICH, 4 février — BMW a livré 2,4 millions de voitures en 2024. En décembre, les ventes ont reculé.';
    expect(dates(text, 'fr')).toEqual(['2025-02-04', '2024', '2024-12']);
  });

  it('without a dateline, the years the text states', () => {
    const text = 'Depuis 2024, la marque se développe. Le 9 mars, elle a lancé un SUV ; fin avril, elle comptait 2 millions de clients.';
    expect(hitsOf(text, 'fr').map((d) => [d.value, d.year])).toEqual([
      ['2024', 'explicit'],
      ['2024-03-09', 'inferred'],
      ['2024-04-30', 'inferred'],
    ]);
  });

  it('a comparison base votes for the year after it', () => {
    expect(dates('Les ventes de Mini ont progressé de 5 % en mai, contre une baisse en mai 2024.', 'fr')).toEqual(['2025-05', '2024-05']);
  });

  it('with no year anywhere, months and days keep no year, with a warning', () => {
    const result = extractFacts('Le 1er juillet, le groupe a annoncé ses résultats de mai. Hier, il a confirmé.', { language: 'fr' });
    expect(result.dates.map((d) => d.value)).toEqual(['--07-01', '--05']);
    expect(result.dates.every((d) => d.year === undefined)).toBe(true);
    expect(result.warnings.some((w) => w.includes('1er juillet') && w.includes('no year'))).toBe(true);
  });

  it('never the current year', () => {
    expect(dates('On June 12th, the group announced results.', 'en')).toEqual(['--06-12']);
    expect(dates('Les ventes de mai de cette année ont progressé.', 'fr')).toEqual(['--05']);
  });

  it('the sample article, with no options', () => {
    const text = fs.readFileSync(new URL('../fixtures/gasgoo-chery-exports-fr.txt', import.meta.url), 'utf8');
    const values = extractFacts(text).dates.map((d) => (d.end ? `${d.value}..${d.end}` : d.value));
    for (const v of ['2025-06-12', '2025-06-20', '2025-05', '2025-01..2025-05', '2025', '2025-05-31', '2025-04-09', '2025-05-20', '2025-05-12']) expect(values).toContain(v);
    const hits = hitsOf(text, 'fr');
    expect(hits.find((h) => h.text === 'Depuis 2025')).toMatchObject({ value: '2025', modifier: 'since', year: 'explicit' });
    expect(hits.find((h) => h.text === 'plus tard cette année')).toMatchObject({ value: '2025', modifier: 'later', year: 'inferred' });
    expect(hits.find((h) => h.value === '2025-06-12')?.year).toBe('inferred');
  });
});

describe('fiscal years', () => {
  it('FY25 of a year ended 31 March is April 2024 to March 2025, and its quarters follow', () => {
    const text = 'Ashok Leyland posted its profit for the financial year ended 31 March 2025 (FY25). Fourth-quarter sales rose. It will add a plant in FY26.';
    expect(dates(text, 'en', '2025-05-20')).toEqual(['2025-03-31', '2024-04..2025-03', '2025-01..2025-03', '2025-04..2026-03']);
  });

  it('without a stated fiscal year end, FY2024 is the calendar year', () => {
    expect(dates('Revenue for FY2024 rose.', 'en')).toEqual(['2024']);
  });
});

describe('date hits for the figures linker', () => {
  it('cover their tokens, numbers included', () => {
    expect(hitsOf('Dacia a livré 12 400 voitures le 12 juin 2025.', 'fr')).toEqual([expect.objectContaining({ text: '12 juin 2025', value: '2025-06-12' })]);
  });

  it('mark a comparison base', () => {
    const fr = hitsOf('Alpine a immatriculé 410 voitures en mai, contre 388 en mai 2024.', 'fr', '2025-06-02');
    expect(fr.map((h) => [h.value, h.comparison ?? false])).toEqual([
      ['2025-05', false],
      ['2024-05', true],
    ]);
    const en = hitsOf('Mazda sold 9,100 cars last month, 4% fewer than in May 2024.', 'en', '2025-06-05');
    expect(en.map((h) => [h.value, h.comparison ?? false])).toEqual([
      ['2025-05', false],
      ['2024-05', true],
    ]);
  });

  it('mark the dateline', () => {
    expect(hitsOf('OSLO, March 4 — Polestar said on Monday that orders rose in February.', 'en', '2025-03-04').map((h) => [h.value, h.dateline ?? false])).toEqual([
      ['2025-03-04', true],
      ['2025-03-03', false],
      ['2025-02', false],
    ]);
  });

  it('keep a range as value and endValue', () => {
    expect(hitsOf('De janvier à mai 2025, les ventes ont progressé.', 'fr')).toEqual([expect.objectContaining({ value: '2025-01', endValue: '2025-05', year: 'explicit' })]);
  });
});

describe('no false dates', () => {
  it.each<[Lang, string]>([
    ['en', 'Sales may rise again, analysts said, and prices may fall.'],
    ['en', 'Workers will march on the plant to protest.'],
    ['en', 'Sales May Rise Again As Tariffs Ease'],
    ['en', 'Theresa May visited the factory.'],
    ['fr', 'La sonde vers Mars a été lancée.'],
    ['fr', 'Le projet Mars a été abandonné.'],
    ['fr', 'Le 1 est le modèle le plus vendu.'],
    ['fr', 'Sept mois après, la Peugeot 2008 et la e-2008 restent en tête.'],
    ['fr', 'Le modèle 2025 de la Clio est arrivé.'],
    ['en', 'The Peugeot 2008 and the Audi Q3 sold well; the Jetour T1 and Hyundai H1 too.'],
    ['fr', 'Le Haval H6 est arrivé au Chili ; le Tiggo 8 Pro aussi.'],
    ['fr', 'Appelez le 01 45 67 89 00 ou le 06.12.34.56.78.'],
    ['en', 'Call +1 555 2025 0199 or 555-2025.'],
    ['fr', 'Rendez-vous à 14h30, puis à 10:30, score final 2-1.'],
    ['en', 'The meeting starts at 10:30 am; the final score was 3-2.'],
    ['fr', 'Le groupe a vendu 2000 voitures et 2 025 unités de plus, soit +2024 %.'],
    ['en', 'It shipped 2025 units and paid $2025 per car.'],
    ['fr', 'Le salarié a 45 ans ; la coentreprise à 50/50 a deux ans.'],
    ['en', 'It took 30 years; the JV is 50/50 and the streak lasted three months in a row.'],
    ['fr', 'Les ventes ont baissé de 5 % sur un an et de 2 % un an plus tôt.'],
    ['en', 'Sales fell 5% year on year, against 3% a year earlier.'],
    ['en', 'Black Friday and Cyber Monday deals lifted sales.'],
    ['fr', 'La phase 2.0 et la version 2.1.3 sont prêtes.'],
    ['fr', 'Le constructeur domine pour le neuvième mois consécutif.'],
    ['en', 'Jan Smith and Mar Lopez joined the board.'],
    ['fr', "Le Salon international de l'automobile 2025 a fermé ses portes."],
  ])('%s: %s', (language, text) => {
    expect(dates(text, language, REF)).toEqual([]);
  });

  it('a date said twice is listed once', () => {
    expect(dates('En mai, les ventes ont progressé. En mai, les exportations aussi.', 'fr', REF)).toEqual(['2025-05']);
  });
});

describe('cost', () => {
  it('stays linear on long input', () => {
    const text = 'Le 12 juin 2025, de janvier à mai, fin mai, 2024-2025, 12/06/2025 et le mois dernier. '.repeat(5000);
    const doc = buildDocument(text, { maxLength: 1e7, language: 'fr', referenceDate: REF }).doc!;
    const start = performance.now();
    expect(recognizeDates(doc)).toHaveLength(30000);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});

describe('dates ahead of the reference date', () => {
  it('a day after publication in a sentence about what is due is this year, not last', () => {
    const due = extractFactsForDates('The unit is due to list on October 22, the company said.', '2024-10-17');
    expect(due).toEqual(['2024-10-22']);
    const past = extractFactsForDates('The shares were listed on October 12, the company said.', '2024-10-17');
    expect(past).toEqual(['2024-10-12']);
  });
});

function extractFactsForDates(text: string, referenceDate: string): string[] {
  return extractFacts(text, { referenceDate }).dates.map((d) => d.value);
}
