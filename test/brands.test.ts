import { BRANDS, BRAND_MODELS } from '../src/gazetteers/brands.js';
import { ORGANIZATIONS } from '../src/gazetteers/organizations.js';
import type { BrandEntry } from '../src/gazetteers/types.js';
import { buildDocument } from '../src/pipeline/build-document.js';
import { tokenize } from '../src/pipeline/tokenize.js';
import { recognizeBrands, recognizeOrganizations } from '../src/recognize/brands.js';
import { BrandEntrySchema } from '../src/schema.js';

function docOf(text: string, language: 'fr' | 'en') {
  return buildDocument(text, { maxLength: 1e6, language }).doc!;
}

/** 'Name=mention text' for every hit, in text order. */
function brands(text: string, language: 'fr' | 'en', extra?: readonly BrandEntry[]): string[] {
  const doc = docOf(text, language);
  return recognizeBrands(doc, extra).map((hit) => `${hit.entry.name}=${doc.input.slice(doc.tokens[hit.first]!.start, doc.tokens[hit.end - 1]!.end)}`);
}
const names = (text: string, language: 'fr' | 'en', extra?: readonly BrandEntry[]) => [...new Set(brands(text, language, extra).map((b) => b.split('=')[0]))];

function organizations(text: string, language: 'fr' | 'en'): string[] {
  return recognizeOrganizations(docOf(text, language)).map((hit) => hit.entry.name);
}

const keyOf = (phrase: string) => tokenize(phrase).map((t) => t.norm).join(' ');

describe('brand gazetteer', () => {
  it('has at least 250 valid entries', () => {
    expect(BRANDS.length).toBeGreaterThanOrEqual(250);
    for (const entry of BRANDS) expect(BrandEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('every group is itself an entry', () => {
    const known = new Set(BRANDS.map((entry) => entry.name));
    for (const entry of BRANDS) if (entry.group) expect(known).toContain(entry.group);
  });

  it('no name is claimed by two brands, or by a brand and an organization', () => {
    const owner = new Map<string, string>();
    for (const entry of BRANDS) {
      for (const name of [entry.name, ...(entry.aliases ?? [])]) {
        const previous = owner.get(keyOf(name));
        if (previous && previous !== entry.name) throw new Error(`${name}: ${previous} and ${entry.name}`);
        owner.set(keyOf(name), entry.name);
      }
    }
    for (const entry of ORGANIZATIONS) {
      for (const name of [entry.name, ...(entry.aliases ?? [])]) expect(owner.get(keyOf(name))).toBeUndefined();
    }
  });

  it('model lists name ambiguous brands only', () => {
    const ambiguous = new Set(BRANDS.filter((entry) => entry.ambiguous).map((entry) => entry.name));
    for (const brand of Object.keys(BRAND_MODELS)) expect(ambiguous).toContain(brand);
  });
});

describe('recognizeBrands: names and aliases', () => {
  it.each<[string, 'fr' | 'en', string[]]>([
    ['Chery a exporté plus de véhicules que jamais.', 'fr', ['Chery=Chery']],
    ['Le Groupe Renault et Dacia progressent.', 'fr', ['Renault=Groupe Renault', 'Dacia=Dacia']],
    ['Renault Group posted higher registrations.', 'en', ['Renault=Renault Group']],
    ['Le groupe Volkswagen a livré davantage.', 'fr', ['Volkswagen=groupe Volkswagen']],
    ['Volkswagen AG and VW Group engineers met.', 'en', ['Volkswagen=Volkswagen AG', 'Volkswagen=VW Group']],
    ['BYD Auto opened a plant.', 'en', ['BYD=BYD Auto']],
    ['Chery Holding et Chery Automobile ont signé.', 'fr', ['Chery=Chery Holding', 'Chery=Chery Automobile']],
    ['GWM and Great Wall Motor are the same company.', 'en', ['Great Wall=GWM', 'Great Wall=Great Wall Motor']],
    ['Mercedes and Mercedes-Benz Group reported; Daimler was its former name.', 'en', ['Mercedes-Benz=Mercedes', 'Mercedes-Benz=Mercedes-Benz Group', 'Mercedes-Benz=Daimler']],
    ['Mercedes Benz and Rolls Royce', 'en', ['Mercedes-Benz=Mercedes Benz', 'Rolls-Royce=Rolls Royce']],
    ['Geely Automobile Holdings owns most of it.', 'en', ['Geely=Geely Automobile Holdings']],
    ['Zhejiang Geely Holding Group bought the stake.', 'en', ['Geely=Zhejiang Geely Holding Group']],
    ['Lynk & Co et Lynk&Co désignent la même marque.', 'fr', ['Lynk & Co=Lynk & Co', 'Lynk & Co=Lynk&Co']],
    ['SAIC-GM-Wuling and SAIC-GM both grew, as did SAIC Motor.', 'en', ['SAIC-GM-Wuling=SAIC-GM-Wuling', 'SAIC-GM=SAIC-GM', 'SAIC=SAIC Motor']],
    ['IM Motors delivered its L6.', 'en', ['IM Motors=IM Motors']],
    ['Citroen et Citroën, Skoda et Škoda.', 'fr', ['Citroën=Citroen', 'Citroën=Citroën', 'Skoda=Skoda', 'Skoda=Škoda']],
    ['奇瑞 (Chery) et 比亚迪 (BYD)', 'fr', ['Chery=奇瑞', 'Chery=Chery', 'BYD=比亚迪', 'BYD=BYD']],
    ['Seat S.A. employs 15,000 people.', 'en', ['Seat=Seat S.A.']],
    ['Jaguar Land Rover, or JLR, belongs to Tata Motors.', 'en', ['Jaguar Land Rover=Jaguar Land Rover', 'Jaguar Land Rover=JLR', 'Tata Motors=Tata Motors']],
    ['Li Auto et Leapmotor devancent Xiaomi.', 'fr', ['Li Auto=Li Auto', 'Leapmotor=Leapmotor', 'Xiaomi=Xiaomi']],
  ])('%s', (text, language, expected) => {
    expect(brands(text, language)).toEqual(expected);
  });

  it('matches any casing of an unambiguous name: JETOUR', () => {
    expect(brands('Sa marque JETOUR a lancé le modèle phare.', 'fr')).toEqual(['Jetour=JETOUR']);
  });

  it("keeps the name alone before a possessive: Chery's", () => {
    expect(brands("Chery's exports rose.", 'en')).toEqual(['Chery=Chery']);
    expect(brands("Les ventes d'Ebro décollent.", 'fr')).toEqual(['Ebro=Ebro']);
  });

  it('gives sub-brands their group', () => {
    const doc = docOf('Jetour, Omoda, Jaecoo et Exeed; Denza et Zeekr; Deepal, Avatr; Voyah; Haval et Wey.', 'fr');
    const groups = Object.fromEntries(recognizeBrands(doc).map((hit) => [hit.entry.name, hit.entry.group]));
    expect(groups).toEqual({ Jetour: 'Chery', Omoda: 'Chery', Jaecoo: 'Chery', Exeed: 'Chery', Denza: 'BYD', Zeekr: 'Geely', Deepal: 'Changan', Avatr: 'Changan', Voyah: 'Dongfeng', Haval: 'Great Wall', Wey: 'Great Wall' });
  });

  it('returns hits in text order without overlaps', () => {
    const doc = docOf('Great Wall Motor, Renault do Brasil and Dongfeng Nissan.', 'en');
    const hits = recognizeBrands(doc);
    expect(hits.map((hit) => hit.entry.name)).toEqual(['Great Wall', 'Renault', 'Dongfeng Nissan']);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.first).toBeGreaterThanOrEqual(hits[i - 1]!.end);
  });

  it('requires capitals for names written in capitals', () => {
    expect(names('Le prix du gaz et du fioul augmente.', 'fr')).toEqual([]);
    expect(names('GAZ produit des utilitaires.', 'fr')).toEqual(['GAZ']);
  });
});

describe('recognizeBrands: ambiguous names', () => {
  it.each<[string, 'fr' | 'en', string[]]>([
    ['Smart #5 orders open in the UK.', 'en', ['Smart']],
    ['La marque Smart arrive au Royaume-Uni.', 'fr', ['Smart']],
    ['The MINI Cooper is built in Oxford.', 'en', ['Mini']],
    ['Le site assemble des Mini électriques.', 'fr', ['Mini']],
    ['Seat and Cupra sold more cars.', 'en', ['Seat', 'Cupra']],
    ['La Seat Leon reste la plus vendue.', 'fr', ['Seat']],
    ['Alpine A290 orders opened.', 'en', ['Alpine']],
    ['Renault et sa filiale Alpine ont présenté la berlinette.', 'fr', ['Renault', 'Alpine']],
    ['Great Wall said its Tank brand grew.', 'en', ['Great Wall', 'Tank']],
    ['Le Tank 300 est un SUV.', 'fr', ['Tank']],
    ['Hyundai and Kia gained share; Genesis GV60 sales too.', 'en', ['Hyundai', 'Kia', 'Genesis']],
    ['Geely Holding controls Volvo Cars, Polestar and Lotus.', 'en', ['Geely', 'Volvo', 'Polestar', 'Lotus']],
    ['Chez Stellantis, DS perd du terrain.', 'fr', ['Stellantis', 'DS']],
    ['Ram 1500 pickups are built in Michigan.', 'en', ['Ram']],
  ])('%s', (text, language, expected) => {
    expect(names(text, language)).toEqual(expected);
  });

  it('accepts a sentence-initial name once the document shows the maker', () => {
    const text = 'Smart has begun taking orders. The car comes from Smart, the venture of Geely and Mercedes-Benz.';
    expect(brands(text, 'en').filter((b) => b.startsWith('Smart'))).toEqual(['Smart=Smart', 'Smart=Smart']);
  });

  it('accepts a name in a sentence where its group is named elsewhere in the document', () => {
    expect(names('BMW cut its outlook. Production of the electric range moves to China, but the Mini stays popular.', 'en')).toEqual(['BMW', 'Mini']);
  });
});

describe('recognizeBrands: false positives', () => {
  it.each<[string, 'fr' | 'en']>([
    ['It was a smart bet on families.', 'en'],
    ['Smart investors bought shares.', 'en'],
    ['Un mini-séisme a secoué le marché.', 'fr'],
    ['Mini prices, maxi ambitions.', 'en'],
    ['The driver sat in the seat and waited.', 'en'],
    ['Tourists flock to the Alpine region every winter.', 'en'],
    ['La région alpine attire les skieurs.', 'fr'],
    ['The genesis of the project dates back to 2019.', 'en'],
    ['Genesis of the idea came from engineers.', 'en'],
    ['The fuel tank holds 50 litres.', 'en'],
    ['A jaguar was seen near the road.', 'en'],
    ['He dodged the question.', 'en'],
    ['Une jeep militaire stationnait devant la caserne.', 'fr'],
    ['The Great Wall of China attracts visitors.', 'en'],
    ['Samsung Galaxy phones sold well.', 'en'],
    ['Nikola Tesla was an inventor.', 'en'],
    ['Ratan Tata died in 2024.', 'en'],
  ])('%s', (text, language) => {
    expect(names(text, language)).toEqual([]);
  });

  it('needs a cue for a capital that only starts a sentence', () => {
    expect(names('Smart opens order books in the UK.', 'en')).toEqual([]);
    expect(names('Selon le rapport : DS perd du terrain.', 'fr')).toEqual([]);
  });

  it("reads the French press's badge names as their makers", () => {
    expect(names('Hors d’Europe, le losange mise sur le Boreal, tandis que la marque au lion renouvelle sa gamme.', 'fr')).toEqual(['Renault', 'Peugeot']);
  });

  it('takes a capital that starts a sentence when a relative is named in it or just before', () => {
    expect(names('Stellantis: DS perd du terrain.', 'fr')).toEqual(['Stellantis', 'DS']);
    expect(names("Dacia dépasse les 360 000 ventes. Alpine, portée par l'A290, double ses livraisons.", 'fr')).toEqual(['Dacia', 'Alpine']);
    // a relative three sentences back does not vouch for a sentence's first word
    expect(names("Dacia dépasse les 360 000 ventes. Le marché recule. Les prix montent. Alpine n'est pas une marque ici.", 'fr')).toEqual(['Dacia']);
  });

  it('a lower-case brand word beside a real brand stays a word', () => {
    expect(names("Cupra is in the driver's seat.", 'en')).toEqual(['Cupra']);
    expect(brands('Mercedes Benz cars sold well.', 'en')).toEqual(['Mercedes-Benz=Mercedes Benz']);
  });

  it('a word right after another brand is its model, not a brand', () => {
    expect(names('The Avatr Smart Factory in Chongqing built it.', 'en')).toEqual(['Avatr']);
    expect(names('The Ford Galaxy is a people carrier.', 'en')).toEqual(['Ford']);
  });

  it('models are not brands', () => {
    expect(names('Le Chery Tiggo 7 Pro et le Tiggo 8 se vendent bien.', 'fr')).toEqual(['Chery']);
    expect(names('The Tesla Model Y and the Golf are Europe\'s best sellers.', 'en')).toEqual(['Tesla']);
  });

  it('suppliers, tech firms and universities are not brands', () => {
    expect(names('CATL, Bosch, Valeo and Huawei signed with Nanyang Technological University.', 'en')).toEqual([]);
    expect(names('Hyundai Mobis supplies Porsche SE holdings and Tata Steel.', 'en')).toEqual([]);
  });
});

describe('recognizeBrands: caller-supplied brands', () => {
  it('adds new brands', () => {
    const extra: BrandEntry[] = [{ name: 'Acme Motors', aliases: ['Acme'], kind: 'brand', country: 'FR' }];
    expect(brands('Acme a dévoilé un SUV, comme Renault.', 'fr', extra)).toEqual(['Acme Motors=Acme', 'Renault=Renault']);
  });

  it('replaces a built-in entry with the same name, keeping its aliases', () => {
    const extra: BrandEntry[] = [{ name: 'Chery', kind: 'brand', group: 'Chery Holding Test', country: 'CN' }];
    const hits = recognizeBrands(docOf('Chery et Chery Automobile exportent.', 'fr'), extra);
    expect(hits.map((hit) => [hit.entry.name, hit.entry.group])).toEqual([
      ['Chery', 'Chery Holding Test'],
      ['Chery', 'Chery Holding Test'],
    ]);
  });

  it('wins on a shared alias and can make an ambiguous name plain', () => {
    const extra: BrandEntry[] = [{ name: 'Smart', kind: 'brand', country: 'CN' }];
    expect(names('Smart raised prices.', 'en', extra)).toEqual(['Smart']);
    const renamed: BrandEntry[] = [{ name: 'GWM International', aliases: ['GWM'], kind: 'brand' }];
    expect(names('GWM expands.', 'en', renamed)).toEqual(['GWM International']);
  });

  it('honours ambiguous on user entries', () => {
    const extra: BrandEntry[] = [{ name: 'Nova', kind: 'brand', ambiguous: true }];
    expect(names('A nova exploded. Nova sales grew.', 'en', extra)).toEqual(['Nova']);
    expect(names('A nova exploded.', 'en', extra)).toEqual([]);
  });
});

describe('recognizeOrganizations', () => {
  it.each<[string, 'fr' | 'en', string[]]>([
    ['CATL and LG Energy Solution supply Tesla.', 'en', ['CATL', 'LG Energy Solution']],
    ["Le Laboratoire a signé avec l'Université technologique de Nanyang (NTU Singapore).", 'fr', ['Nanyang Technological University', 'Nanyang Technological University']],
    ["selon l'Association des constructeurs européens d'automobiles (ACEA)", 'fr', ['ACEA', 'ACEA']],
    ['IM Motors is owned with Alibaba Group and Zhangjiang Hi-Tech.', 'en', ['Alibaba', 'Zhangjiang Hi-Tech']],
    ['Huawei and Bosch; Hyundai Mobis; Porsche SE.', 'en', ['Huawei', 'Bosch', 'Hyundai Mobis', 'Porsche SE']],
    ['The China Passenger Car Association said so.', 'en', ['CPCA']],
  ])('%s', (text, language, expected) => {
    expect(organizations(text, language)).toEqual(expected);
  });

  it('never inside a brand name, never a common word', () => {
    expect(organizations('Sony Honda Mobility builds the Afeela.', 'en')).toEqual([]);
    expect(organizations('Take a grab bag and an apple.', 'en')).toEqual([]);
  });
});
