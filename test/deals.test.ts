import { extractFacts, type ExtractionResult } from '../src/index.js';

/** Partnerships and launches, in French and English, on sentences written for these tests. */

const OPTIONS = { referenceDate: '2025-06-13' } as const;

function run(text: string): ExtractionResult {
  return extractFacts(text, OPTIONS);
}

function deals(text: string) {
  return run(text).partnerships.map(({ parties, kind, date }) => ({ parties, kind, date }));
}

/** A launch with its optional fields spelled out, for toEqual. */
const full = (launch: { brand: string; kind: string; countries: readonly string[]; model?: string; date?: string }) => ({ model: undefined, date: undefined, ...launch });

function launches(text: string) {
  return run(text).launches.map(({ brand, model, kind, countries, date }) => ({ brand, model, kind, countries, date }));
}

/** The one deal of the text, checked for its parties (in any order, others allowed), kind and date. */
function expectDeal(text: string, parties: string[], kind: string, date?: string) {
  const found = deals(text);
  const deal = found.find((d) => parties.every((p) => d.parties.includes(p)));
  expect({ text, found }).toEqual({ text, found: expect.arrayContaining([expect.objectContaining({ kind })]) });
  expect(deal).toBeDefined();
  expect(deal!.kind).toBe(kind);
  if (date !== undefined) expect(deal!.date).toBe(date);
  return deal!;
}

describe('partnerships: kinds', () => {
  it.each([
    ["Renault et Nissan ont signé un protocole d'accord le 3 mars 2025 pour développer des batteries.", ['Renault', 'Nissan'], 'memorandum', '2025-03-03'],
    ['Toyota and BMW announced a strategic partnership on hydrogen on 5 September 2024.', ['Toyota', 'BMW'], 'strategic_partnership', '2024-09-05'],
    ['Stellantis and CATL set up a joint venture in Spain in December 2024 to build LFP batteries.', ['Stellantis', 'CATL'], 'joint_venture', '2024-12'],
    ['Geely bought Volvo Cars from Ford in 2010.', ['Geely', 'Volvo', 'Ford'], 'acquisition', '2010'],
    ['Tata Motors bought Jaguar Land Rover in 2008 for $2.3 billion.', ['Tata Motors', 'Jaguar Land Rover'], 'acquisition', '2008'],
    ['Volvo Cars, which Geely bought from Ford in 2010, sold 700,000 cars last year.', ['Geely', 'Ford'], 'acquisition', '2010'],
    ['Volkswagen détient 5 % de Xpeng depuis 2023.', ['Volkswagen', 'XPeng'], 'investment', '2023'],
    ['Geely holds a 9.7% stake in Mercedes-Benz.', ['Geely', 'Mercedes-Benz'], 'investment', undefined],
    ['Toyota owns about 20% of Subaru, its long-time partner.', ['Toyota', 'Subaru'], 'investment', undefined],
    ['Dongfeng avait pris environ 10 % du capital de Stellantis en mars 2019, pour 1 milliard.', ['Dongfeng', 'Stellantis'], 'investment', '2019-03'],
    ['Volvo Cars and Geely Holding set up a 50-50 venture, Aurobay, in 2021.', ['Volvo', 'Geely'], 'joint_venture', '2021'],
  ] as const)('%s', (text, parties, kind, date) => {
    expectDeal(text, [...parties], kind, date);
  });
});

describe('partnerships: parties named several ways', () => {
  it('gives canonical names for the forms a group goes by', () => {
    expectDeal('Le Groupe Renault et Zhejiang Geely Holding Group ont signé un accord-cadre pour la production de moteurs au Brésil.', ['Renault', 'Geely'], 'agreement');
  });

  it('keeps a lower-case institution in French, adjective after the head', () => {
    const deal = expectDeal('BYD a signé un accord avec le gouvernement hongrois le 22 décembre 2023.', ['BYD'], 'agreement', '2023-12-22');
    expect(deal.parties).toContain('gouvernement hongrois');
  });

  it('keeps an institution in English, adjective before the head', () => {
    const deal = expectDeal('BYD signed an agreement with the Hungarian government in December 2023.', ['BYD'], 'agreement', '2023-12');
    expect(deal.parties).toContain('Hungarian government');
  });

  it('takes no English verb for an adjective after a head noun', () => {
    const found = deals('Nio signed a supply agreement with CATL. The sovereign wealth fund holds 60% of the carmaker.');
    expect(found).toHaveLength(1);
    expect(found[0]!.parties.sort()).toEqual(['CATL', 'Nio']);
  });

  it('takes no descriptive phrase for a party', () => {
    const found = deals("Leapmotor s'appuie sur une coentreprise créée avec Stellantis et détenue à 51 % par le groupe franco-italien.");
    expect(found).toHaveLength(1);
    expect(found[0]!.parties.sort()).toEqual(['Leapmotor', 'Stellantis']);
  });
});

describe('partnerships: pronoun subjects', () => {
  it('gives an undated plant purchase to the maker the article is about', () => {
    expectDeal('Tata Motors expanded its range in 2023. The company now builds its cars at a former Ford plant it bought in 2022.', ['Tata Motors', 'Ford'], 'acquisition', '2022');
  });

  it("reads 'a repris l'ancienne usine' as a purchase", () => {
    expectDeal("Ford a fermé plusieurs sites en Europe. Le groupe chinois BYD a repris l'ancienne usine de Ford à Sarrelouis en 2024.", ['BYD', 'Ford'], 'acquisition', '2024');
  });

  it('gives a joint venture named with one partner to the topic maker', () => {
    expectDeal("Honda est présent en Chine depuis longtemps. Le constructeur s'appuie sur la coentreprise créée avec GAC en 1998.", ['Honda', 'GAC'], 'joint_venture', '1998');
  });

  it("reads 'the two companies' as the two makers named last", () => {
    expectDeal('Kia raised its guidance on Monday. Its finance chief said sharing costs with Ford would help. The two companies signed a memorandum of understanding in March 2024.',
      ['Ford', 'Kia'], 'memorandum', '2024-03');
  });

  it("takes 'the joint venture' with no party for the deal the sentence before described", () => {
    expectDeal('Stellantis and CATL will invest up to €4.1 billion in a battery plant in Spain, the two groups said on Tuesday. The 50:50 joint venture is due to start production by the end of 2026.',
      ['Stellantis', 'CATL'], 'joint_venture', '2025-06-10');
  });

  it('keeps a venture defined after its name apart from an earlier venture of one of its owners', () => {
    const found = deals('Stellantis set up a joint venture with CATL in 2024. Leapmotor International, the venture that is 51% owned by Stellantis and 49% by Leapmotor, sells the T03.');
    expect(found.map((d) => [...d.parties].sort())).toEqual([['CATL', 'Stellantis'], ['Leapmotor', 'Stellantis']]);
  });

  it("takes as parties only those named after 'between'", () => {
    const found = deals('The segment is led by Tata Motors and by SAIC-Volkswagen, the joint venture between SAIC Motor and Volkswagen, which sold 500,000 cars.');
    expect(found.map((d) => [[...d.parties].sort(), d.kind])).toEqual([[['SAIC', 'Volkswagen'], 'joint_venture']]);
  });

  it("reads 's'est associé à' as a partnership with the company after it", () => {
    expectDeal("Au Pakistan, BYD s'est associé à Hub Power Company pour distribuer ses modèles.", ['BYD', 'Hub Power Company'], 'collaboration');
  });

  it("reads 'the brand that X set up with Y' as their joint venture", () => {
    expectDeal("Ceer, the brand that PIF set up with Taiwan's Foxconn in 2022, will start sales in Saudi Arabia next year.", ['Public Investment Fund', 'Foxconn'], 'joint_venture', '2022');
  });
});

describe('partnerships: one deal told twice, two deals between the same parties', () => {
  it('merges a deal named again and keeps the more specific kind', () => {
    const found = deals("Renault et Geely ont annoncé un partenariat en juillet 2022. Cet accord prévoit la création d'une coentreprise.");
    expect(found).toEqual([{ parties: ['Renault', 'Geely'], kind: 'joint_venture', date: '2022-07' }]);
  });

  it('merges the same agreement named twice', () => {
    expect(deals('Toyota and BMW signed an agreement in March 2025. The agreement between Toyota and BMW covers hydrogen.')).toHaveLength(1);
  });

  it('keeps a joint venture and a stake apart', () => {
    const found = deals('Stellantis a créé une coentreprise avec Leapmotor. Stellantis avait pris 21 % du capital de Leapmotor en octobre 2023.');
    expect(found.map((d) => d.kind).sort()).toEqual(['investment', 'joint_venture']);
    expect(found.find((d) => d.kind === 'investment')!.date).toBe('2023-10');
  });

  it('dates a deal from a later sentence that names it again', () => {
    const deal = expectDeal('Honda and Sony run a joint venture. The partnership was first announced on 4 March 2022 in Tokyo.', ['Honda', 'Sony'], 'joint_venture');
    expect(deal.date).toBe('2022-03-04');
  });
});

describe('partnerships: dates', () => {
  it('takes the dateline for an undated signing', () => {
    expectDeal('PARIS, 12 juin 2025 — Renault et Geely ont signé un accord de coopération.', ['Renault', 'Geely'], 'agreement', '2025-06-12');
  });

  it('takes the date of the clause that names the deal', () => {
    expectDeal('Nissan signed a memorandum of understanding with Honda on 23 December 2024, a week after its profit warning in November.', ['Nissan', 'Honda'], 'memorandum', '2024-12-23');
  });
});

describe('partnerships: no deal', () => {
  it.each([
    'BYD is an official partner of the Euro 2024 football championship in Germany.',
    'Toyota holds 30% of the Japanese market, ahead of Honda.',
    'BYD possède une usine en Hongrie, comme Great Wall au Brésil.',
    "Investors bought Xiaomi shares after the launch, while Tesla stock fell.",
    'Chery a acquis une solide expérience au Brésil, comme BYD.',
    'BYD détient 30 % du marché norvégien des voitures électriques, devant Tesla.',
    "The state-owned group's sales rose 5% in May, Dongfeng said, ahead of Changan.",
    'Nio said its own deliveries rose 11% while Xpeng added 2,000 units.',
  ])('%s', (text) => {
    expect(deals(text)).toEqual([]);
  });
});

describe('launches: models and kinds', () => {
  it.each([
    ['Le 3 mars, BYD a lancé la Seal U au Brésil.', { brand: 'BYD', model: 'Seal U', kind: 'launch', countries: ['BR'], date: '2025-03-03' }],
    ['Xpeng launched the G9 in Norway in October 2024.', { brand: 'XPeng', model: 'G9', kind: 'launch', countries: ['NO'], date: '2024-10' }],
    ['Zeekr entered the Australian market in 2024.', { brand: 'Zeekr', kind: 'market_entry', countries: ['AU'], date: '2024' }],
    ['La Dacia Spring a été lancée au Maroc en 2023.', { brand: 'Dacia', model: 'Spring', kind: 'launch', countries: ['MA'], date: '2023' }],
    ['Avatr opened its first showroom in Malaysia in March 2024.', { brand: 'Avatr', kind: 'market_entry', countries: ['MY'], date: '2024-03' }],
    ['Ceer plans to start sales in Saudi Arabia in 2026.', { brand: 'Ceer', kind: 'market_entry', countries: ['SA'], date: '2026' }],
    ['Chery est entré au Mexique avec le SUV hybride Tiggo 7 en 2024.', { brand: 'Chery', model: 'Tiggo 7', kind: 'market_entry', countries: ['MX'], date: '2024' }],
    ["La marque Omoda a fait son entrée sur le marché espagnol avec le SUV compact Omoda 5 en septembre 2024.", { brand: 'Omoda', model: 'Omoda 5', kind: 'market_entry', countries: ['ES'], date: '2024-09' }],
    ['La marque MG commercialisera la MG4 en Inde à partir de 2025.', { brand: 'MG', model: 'MG4', kind: 'launch', countries: ['IN'], date: '2025' }],
    ["Omoda fera son entrée sur le marché espagnol en septembre 2025.", { brand: 'Omoda', kind: 'market_entry', countries: ['ES'], date: '2025-09' }],
  ] as const)('%s', (text, launch) => {
    expect(launches(text)).toEqual([full(launch)]);
  });

  it('never takes a kind of vehicle for a model', () => {
    const found = launches('Kia a lancé au Chili son nouveau SUV électrique.');
    expect(found.every((l) => l.model === undefined)).toBe(true);
  });

  it("reads a pronoun subject after a date ('In April it launched in ...') as the article's maker", () => {
    const found = launches('Tesla opened a store in Mumbai. In April it launched in Saudi Arabia with the Model Y.');
    expect(found.map((l) => [l.brand, l.countries])).toEqual([['Tesla', ['SA']]]);
  });

  it("gives a model of no named maker to the article's maker", () => {
    const found = launches('Hyundai raised its prices in May. On the product side, the Inster small EV went on sale in Japan in April.');
    expect(found.map((l) => [l.brand, l.model, l.countries, l.date])).toEqual([['Hyundai', 'Inster', ['JP'], '2025-04']]);
    // a model another maker's name goes with stays that maker's
    expect(launches('Hyundai raised its prices in May. The Tesla Model Y went on sale in Japan in April.').map((l) => l.brand)).toEqual(['Tesla']);
  });

  it('reads each clause between semicolons as its own launch, about the maker named before', () => {
    const found = launches('BYD entered Indonesia in January; the M6 people carrier will be launched for Indonesian buyers at the GIIAS show later this month.');
    expect(found.map((l) => [l.brand, l.model, l.kind, l.countries])).toEqual([
      ['BYD', undefined, 'market_entry', ['ID']],
      ['BYD', 'M6', 'launch', ['ID']],
    ]);
    expect(launches('Geely sold 200,000 cars in May. BYD opened a plant in Thailand; it also launched the Seal in Japan.').map((l) => [l.brand, l.model, l.countries]))
      .toEqual([['BYD', 'Seal', ['JP']]]);
  });

  it('lists an entry once when the text tells it again without a model', () => {
    const found = launches('Tesla opened its first showroom in India on Tuesday, pricing its Model Y at 6 million rupees. India is the second new market Tesla has entered this year.');
    expect(found.map((l) => [l.brand, l.model, l.countries])).toEqual([['Tesla', 'Model Y', ['IN']]]);
    // another country is another entry
    expect(launches('Tesla entered India in July. Tesla has also entered Saudi Arabia.').map((l) => l.countries)).toEqual([['IN'], ['SA']]);
  });

  it('reads every model of a list', () => {
    expect(launches('MG launched the MG4 and ZS in Australia.').map((l) => l.model)).toEqual(['MG4', 'ZS']);
    expect(launches('Mahindra has unveiled the BE 6 and XEV 9e in Chennai, India.').map((l) => l.model)).toEqual(['BE 6', 'XEV 9e']);
  });

  it('reads names built on a model noun, a prefix or a hyphen', () => {
    expect(launches('Tesla launched the Model 3 in India in 2025.').map((l) => l.model)).toEqual(['Model 3']);
    expect(launches('Le groupe Stellantis lance la Citroën ë-C3 au Brésil.').map((l) => [l.brand, l.model])).toEqual([['Citroën', 'ë-C3']]);
    expect(launches('BYD launched the Seal U DM-i in Germany in March 2024.').map((l) => l.model)).toEqual(['Seal U DM-i']);
  });

  it('gives a brand entering with several models one market entry', () => {
    expect(launches('Leapmotor entered the Thai market with the C10 and the T03 in 2024.')).toEqual([
      { brand: 'Leapmotor', model: undefined, kind: 'market_entry', countries: ['TH'], date: '2024' },
    ]);
  });
});

describe('launches: who launches', () => {
  it('launches each brand named as a brand, with its own model', () => {
    const found = launches('Geely a lancé ses marques Zeekr et Lynk & Co au Maroc, avec la Zeekr 001 et la Lynk & Co 01.');
    expect(found.map((l) => [l.brand, l.model, l.kind])).toEqual([
      ['Zeekr', 'Zeekr 001', 'market_entry'],
      ['Lynk & Co', 'Lynk & Co 01', 'market_entry'],
    ]);
  });

  it('launches every maker of a listed subject', () => {
    expect(launches("BYD et Chery sont entrés au Mexique l'an dernier.").map((l) => [l.brand, l.kind, l.countries])).toEqual([
      ['BYD', 'market_entry', ['MX']],
      ['Chery', 'market_entry', ['MX']],
    ]);
  });

  it("does not take the maker a rival is named after: 'Tesla rival BYD'", () => {
    expect(launches('Tesla rival BYD enters Japan with the Atto 3.').map((l) => l.brand)).toEqual(['BYD']);
  });

  it("gives the brand, not its owner: \"Dongfeng's Voyah brand\"", () => {
    expect(launches("Dongfeng's Voyah brand entered the Norwegian market in 2022.").map((l) => l.brand)).toEqual(['Voyah']);
  });

  it("takes the topic maker for 'il'", () => {
    expect(launches('Hyundai a confirmé ses objectifs. Il lancera la Ioniq 9 en Corée du Sud en 2025.')).toEqual([
      { brand: 'Hyundai', model: 'Ioniq 9', kind: 'launch', countries: ['KR'], date: '2025' },
    ]);
  });

  it("takes the topic maker for 'it', not a rival named later", () => {
    const found = launches('BYD keeps growing. It launched the Atto 2 in Germany, where Volkswagen and Renault sell their own small EVs.');
    expect(found.map((l) => [l.brand, l.model])).toEqual([['BYD', 'Atto 2']]);
  });

  it('skips a maker named only as an agent when it resolves the topic', () => {
    const found = launches('Les ventes de Renault ont été portées par Dacia. Le groupe a lancé le Boreal au Brésil en 2025.');
    expect(found.map((l) => [l.brand, l.model])).toEqual([['Renault', 'Boreal']]);
  });

  it("gives a sub-brand's model to the sub-brand: 'la marque lancera le Haval H9'", () => {
    const found = launches('Great Wall Motor inaugure son usine. La marque lancera au Brésil le Haval H9 en 2026.');
    expect(found.map((l) => [l.brand, l.model, l.countries])).toEqual([['Haval', 'H9', ['BR']]]);
  });
});

describe('launches: countries', () => {
  it("drops a country after 'hors de'", () => {
    expect(launches('Leapmotor a vendu 50 000 véhicules hors de Chine depuis son lancement en 2024.')).toEqual([]);
  });

  it("drops a country after 'outside'", () => {
    expect(launches('Outside China, Nio has launched its cars in Norway.').map((l) => l.countries)).toEqual([['NO']]);
  });

  it("drops the maker's own nationality", () => {
    expect(launches('Le constructeur chinois Chery a lancé le Tiggo 9 en Égypte.').map((l) => l.countries)).toEqual([['EG']]);
  });

  it("drops another company's nationality", () => {
    expect(launches("Ceer, the brand that PIF set up with Taiwan's Foxconn, will start sales in Saudi Arabia next year.").map((l) => l.countries)).toEqual([['SA']]);
  });

  it("takes the country a 'où' / 'where' clause is about", () => {
    expect(launches('Kia mise sur le Mexique et le Chili, où elle a lancé le Sonet en 2024.').map((l) => [l.brand, l.model, l.countries])).toEqual([['Kia', 'Sonet', ['CL']]]);
    expect(launches('Geely sells cars in Brazil and Mexico, where it launched the EX5 in 2025.').map((l) => l.countries)).toEqual([['MX']]);
  });

  it("reads 'the territory' as the last country named", () => {
    const found = launches('Xpeng picked a distributor in Hong Kong last year. The brand entered the territory in May 2024.');
    expect(found.map((l) => [l.brand, l.countries, l.date])).toEqual([['XPeng', ['HK'], '2024-05']]);
  });
});

describe('launches: no launch', () => {
  it.each([
    'BYD launched a price war in China.',
    "Le groupe Renault a lancé un plan d'économies en France.",
    'Tesla launched a recall of 200,000 cars in the United States.',
    "BYD a lancé la production de sa citadine en Hongrie.",
    'The tariffs on Chinese-built cars will enter into force in Brazil next month, Volkswagen said.',
    'Le protocole dévoilé par Renault et le Maroc prévoit de nouveaux investissements.',
    'BYD sold 300,000 cars. The Thai government said it would launch new subsidies in Thailand next year.',
  ])('%s', (text) => {
    expect(launches(text)).toEqual([]);
  });
});

describe('brands for deals', () => {
  it('knows Ceer, the Saudi brand', () => {
    expect(run('Ceer will sell its first cars next year.').brands.map((b) => b.name)).toContain('Ceer');
  });

  it('takes a Great Wall pickup line for a model, not a maker', () => {
    const names = run('Great Wall assemblera le pick-up Poer au Brésil.').brands.map((b) => b.name);
    expect(names).toEqual(['Great Wall']);
  });
});
