// Writes the country tables from the world-countries package and the curated tables below:
//   src/locales/en/countries.ts, src/locales/fr/countries.ts   names, adjectives and context words
//   src/gazetteers/countries.ts                                ISO code -> English name
// The outputs are committed so they can be reviewed like code. After editing this file or
// upgrading world-countries, rerun: node scripts/build-countries.mjs
//
// Case in the tables is a matching rule (see src/recognize/countries.ts): a lower-case word matches
// in any case, a capitalized one only capitalized, an all-caps one only in capitals. So English
// names and adjectives are written capitalized ('China', 'Chinese': not the porcelain), French
// adjectives in lower case ('chinois' and 'Chinois'), codes in capitals ('US': not the pronoun).
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const data = require('world-countries/countries.json');
const root = new URL('../', import.meta.url);

// ---------- curated tables ----------

/** What the package lacks: aliases, colloquial names, adjective forms, combining forms ('sino-'). */
const EXTRA = {
  en: {
    AE: { names: ['UAE', 'U.A.E.', 'Emirates'], adjectives: ['Emirati', 'Emiratis'] },
    AR: { adjectives: ['Argentinian', 'Argentinians'] },
    AZ: { adjectives: ['Azeri', 'Azeris'] },
    CD: { names: ['DRC', 'Democratic Republic of the Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa'] },
    CG: { names: ['Congo-Brazzaville'] },
    CI: { names: ["Cote d'Ivoire"] },
    CN: { names: ['PRC', "People's Republic of China", 'mainland China', 'Chinese mainland', 'Middle Kingdom'], adjectives: ['Sino-'] },
    CV: { names: ['Cabo Verde'], adjectives: ['Cape Verdean', 'Cape Verdeans'] },
    CZ: { names: ['Czech Republic'], adjectives: ['Czechs'] },
    EC: { adjectives: ['Ecuadorian', 'Ecuadorians'] },
    FR: { adjectives: ['Franco-'] },
    // England, Scotland, Wales and Northern Ireland have no code of their own: an analyst files them under GB.
    GB: {
      names: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
      adjectives: ['Brits', 'English', 'Scottish', 'Scots', 'Welsh'],
    },
    IE: { names: ['Republic of Ireland'] },
    IS: { adjectives: ['Icelandic'] },
    IT: { adjectives: ['Italo-'] },
    KP: { names: ['DPRK'] },
    // 'Korea' and 'Korean' alone mean the South in car news (Hyundai, Kia, Renault Korea).
    KR: { names: ['Korea', 'Republic of Korea'], adjectives: ['Korean', 'Koreans'] },
    KZ: { adjectives: ['Kazakh', 'Kazakhs'] },
    MM: { names: ['Burma'] },
    HK: { names: ['Hong Kong SAR'] },
    MO: { names: ['Macao', 'Macau SAR', 'Macao SAR'] },
    NL: { names: ['Holland'] },
    PH: { adjectives: ['Philippine'] },
    RU: { names: ['Russian Federation'], adjectives: ['Russo-'] },
    SA: { names: ['KSA'], adjectives: ['Saudi', 'Saudis'] },
    SI: { adjectives: ['Slovenian', 'Slovenians'] },
    SZ: { names: ['Swaziland'] },
    TJ: { adjectives: ['Tajik', 'Tajiks'] },
    TL: { names: ['East Timor'] },
    TR: { names: ['Turkey', 'Republic of Türkiye'], adjectives: ['Turk', 'Turks'] },
    US: { names: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America'] },
    UZ: { adjectives: ['Uzbek', 'Uzbeks'] },
    TW: { names: ['Chinese Taipei'] },
    VA: { names: ['Holy See', 'Vatican'] },
    VG: { names: ['Virgin Islands'] },
    VI: { names: ['US Virgin Islands', 'U.S. Virgin Islands'] },
    VN: { names: ['Viet Nam'] },
  },
  fr: {
    AE: { names: ['EAU', 'Émirats'], adjectives: ['émirati', 'émiratie', 'émiratis', 'émiraties'] },
    BY: { names: ['Bélarus'] },
    CD: { names: ['RDC', 'république démocratique du Congo', 'Congo-Kinshasa'] },
    CG: { names: ['république du Congo', 'Congo-Brazzaville'] },
    CN: { names: ['république populaire de Chine', 'RPC', 'Chine continentale', 'empire du Milieu'], adjectives: ['sino-'] },
    CR: { adjectives: ['costaricien', 'costaricienne', 'costariciens', 'costariciennes'] },
    CV: { names: ['Cap-Vert'] },
    CZ: { names: ['république tchèque'] },
    // Periphrases of the French press: outre-Rhin is Germany, outre-Manche the UK, and so on.
    BE: { names: ['outre-Quiévrain'] },
    DE: { names: ['outre-Rhin'], adjectives: ['germano-'] },
    ES: { names: ['outre-Pyrénées'], adjectives: ['hispano-'] },
    FR: { names: ['Hexagone'], adjectives: ['franco-'] },
    GB: {
      names: ['UK', 'Grande-Bretagne', 'Angleterre', 'Écosse', 'Pays de Galles', 'Irlande du Nord', 'outre-Manche'],
      adjectives: ['anglais', 'anglaise', 'anglaises', 'écossais', 'écossaise', 'écossaises', 'gallois', 'galloise', 'galloises'],
    },
    IT: { names: ['outre-Alpes'], adjectives: ['italo-'] },
    JP: { names: ['pays du Soleil-Levant', 'pays du Soleil levant'], adjectives: ['nippon', 'nippone', 'nippons', 'nippones', 'nippo-'] },
    KG: { names: ['Kirghizstan'] },
    // 'Corée' and 'coréen' alone mean the South in car news.
    KR: { names: ['Corée', 'Corée du sud', 'république de Corée', 'pays du Matin calme'], adjectives: ['coréen', 'coréenne', 'coréens', 'coréennes'] },
    KZ: { adjectives: ['kazakh', 'kazakhe', 'kazakhs', 'kazakhes'] },
    MK: { names: ['Macédoine'] },
    MM: { names: ['Myanmar'] },
    MO: { names: ['Macau', 'RAS de Macao'] },
    HK: { names: ['Hong-Kong', 'RAS de Hong Kong'] },
    IE: { names: ["république d'Irlande"] },
    NL: { names: ['Hollande'], adjectives: ['hollandais', 'hollandaise', 'hollandaises'] },
    RU: { names: ['Fédération de Russie'], adjectives: ['russo-'] },
    RE: { names: ['la Réunion', 'île de la Réunion'] },
    SA: { names: ['Arabie saoudite'] },
    SX: { names: ['Sint Maarten'] },
    SZ: { names: ['Eswatini'] },
    TR: { names: ['Türkiye'] },
    TW: { names: ['Taiwan'] },
    // 'américain' in the French car press means the United States, and 'Amérique' alone does too;
    // the continents are regions ('Amérique du Nord', 'sud-américain', 'continent américain').
    US: { names: ['US', 'USA', 'Amérique', 'États-unis', "États-Unis d'Amérique"], adjectives: ['américano-'] },
    UZ: { adjectives: ['ouzbek', 'ouzbeke', 'ouzbeks', 'ouzbekes'] },
    VA: { names: ['Vatican', 'Saint-Siège'] },
    VG: { names: ['îles Vierges'] },
    VN: { names: ['Vietnam'] },
    ZA: { names: ['Afrique du sud'] },
  },
};

/**
 * Names that are also a person's name, a US state, a town or a common word: matched only with a
 * country cue (see the context below). Written as in the data.
 */
const AMBIGUOUS = {
  en: ['Georgia', 'Jordan', 'Chad', 'Guinea', 'Jersey', 'Guernsey', 'Holland', 'Dominica', 'Réunion'],
  fr: ['Géorgie', 'Dominique', 'Grenade', 'Jersey', 'Réunion', 'Salvador', 'Hollande', 'Saint-Martin'],
};

/** Package entries that are wrong or collide with ordinary words. */
const DROP = {
  en: [],
  fr: [
    'Américan', 'Américans', // a typo for the Northern Mariana Islands
    'Malouin', 'Malouins', 'Malouinne', 'Malouinnes', // Falklands, but first the people of Saint-Malo
  ],
};

/** A name or adjective shared by several codes goes to the independent country; these settle the rest. */
const PREFER = {
  en: { Dominican: 'DO', Dominicans: 'DO' },
  fr: { Congo: 'CG', 'Saint-Martin': 'MF', 'saint-martinois': 'MF', 'saint-martinoise': 'MF', 'saint-martinoises': 'MF', dominicain: 'DO' },
};

/** Words around an ambiguous name or phrases that are not countries at all (see CountryContext). */
const CONTEXT = {
  en: {
    countryCues: ['country', 'countries', 'republic', 'kingdom', 'nation', 'government', 'neighbouring', 'neighboring', 'former Soviet'],
    stateCues: ['state', 'US', 'U.S.', 'USA', 'United States', 'America', 'American', 'Americans'],
    notCountries: [
      'New Mexico', 'Mexico City', 'Gulf of Mexico', 'New England', 'New South Wales', 'New Guinea', 'New Jersey', 'Jersey City',
      'Panama City', 'Kuwait City', 'Guatemala City', 'Indian Ocean', 'South China Sea', 'East China Sea', 'Niger Delta',
      'British Columbia', 'West Indian', 'West Indies', 'Pan-American', 'US$', 'U.S.$',
    ],
  },
  fr: {
    countryCues: ['pays', 'république', 'royaume', 'gouvernement', 'ex-république soviétique', 'voisin', 'voisine'],
    stateCues: ['état', 'États-Unis', 'US', 'USA', 'Amérique', 'américain', 'américaine', 'américains', 'américaines'],
    notCountries: [
      'Nouveau-Mexique', 'Nouvelle-Angleterre', 'Nouvelle-Galles du Sud', 'Nouvelle-Guinée', 'New Jersey', 'Jersey City',
      'Colombie-Britannique', 'Nouvelle-Écosse', 'golfe du Mexique', 'océan Indien', 'mer de Chine', 'delta du Niger', 'pan-américain', 'US$',
    ],
  },
};

// ---------- reading the package ----------

const LATIN = /^[\p{Script=Latin}\p{M}\s'’.,()-]+$/u;
/** Generic head nouns of French names: written lower case in running text ('les îles Caïmans'). */
const FRENCH_HEADS = new Set(['île', 'îles', 'république', 'cité', 'territoire']);

/** Brackets hold an alternative or a qualifier, not part of the name: 'Congo (Rép. dém.)'. */
function clean(name) {
  return name.replace(/\s*\(.*?\)\s*/g, ' ').trim();
}

function frenchName(name) {
  const cleaned = clean(name);
  const head = cleaned.split(' ')[0];
  return FRENCH_HEADS.has(head.toLowerCase()) ? head.toLowerCase() + cleaned.slice(head.length) : cleaned;
}

/** A bracketed alternative of a one-word name is a name of its own: 'Palaos (Palau)' -> 'Palau'. */
function bracketed(name) {
  const match = /^(\S+) \(([^).]+)\)$/u.exec(name);
  return match ? [match[2]] : [];
}

function splitDemonym(demonym) {
  return demonym ? demonym.split(/,\s*| or | et /).map((d) => d.trim()).filter(Boolean) : [];
}

function englishPlurals(word) {
  if (/(ese|s|sh|ch|x|y|ic|-)$/.test(word) || /\s/.test(word)) return [word];
  return [word, `${word}s`];
}

function frenchForms(masculine, feminine) {
  const forms = [];
  for (const form of [masculine, feminine]) {
    if (!form) continue;
    const lower = form.toLowerCase();
    forms.push(lower, /[sx]$/.test(lower) ? lower : `${lower}s`);
  }
  return forms;
}

/**
 * Common names and demonyms only: official names ('Republic of Panama') and native spellings are rare in
 * car news and cost start-up time; the few in use are in EXTRA.
 */
function fromPackage(country, lang) {
  if (lang === 'en') {
    const demonyms = country.demonyms?.eng;
    const adjectives = [...new Set([...splitDemonym(demonyms?.m), ...splitDemonym(demonyms?.f)])]
      .filter((demonym) => !demonym.endsWith(' Islander') && demonym !== country.name.common)
      .flatMap(englishPlurals);
    return { names: [clean(country.name.common)], adjectives };
  }
  const common = country.translations.fra.common;
  const demonyms = country.demonyms?.fra;
  const m = splitDemonym(demonyms?.m);
  const f = splitDemonym(demonyms?.f);
  return { names: [frenchName(common), ...bracketed(common)], adjectives: m.flatMap((form, i) => frenchForms(form, f[i])) };
}

// ---------- assembling ----------

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const caseOf = (word) => (/\p{L}.*\p{L}/u.test(word) && word === word.toUpperCase() ? 'u' : /^\p{Lu}/u.test(word) ? 'c' : 'a');
const casesOf = (form) => form.split(/[\s'.,-]+/).filter(Boolean).map(caseOf);

/** Of two spellings with one folded form, one that matches whatever the other matches makes it redundant. */
function laxest(forms) {
  const laxer = (a, b) => casesOf(a).every((c, i) => c === 'a' || c === casesOf(b)[i]);
  return forms.filter((form, i) => !forms.some((other, j) => j !== i && fold(other) === fold(form) && laxer(other, form) && (!laxer(form, other) || j < i)));
}

const byCode = new Map(data.map((c) => [c.cca2, c]));
const codes = [...byCode.keys()].sort();

function build(lang) {
  const drop = new Set(DROP[lang].map(fold));
  const ambiguous = new Set(AMBIGUOUS[lang].map(fold));
  const prefer = new Map(Object.entries(PREFER[lang]).map(([k, v]) => [fold(k), v]));
  // folded form -> codes claiming it, per kind, to settle names shared by several countries
  const claims = { names: new Map(), adjectives: new Map() };
  const raw = new Map();
  for (const code of codes) {
    const country = byCode.get(code);
    const extra = EXTRA[lang][code] ?? {};
    const entry = { names: [], adjectives: [] };
    for (const kind of ['names', 'adjectives']) {
      const seen = new Set();
      for (const form of [...fromPackage(country, lang)[kind], ...(extra[kind] ?? [])]) {
        const key = fold(form);
        // exact surface kept once; two surfaces with one folded key both stay: they are case variants
        if (seen.has(form) || drop.has(key) || form.length < 2 || !LATIN.test(form)) continue;
        seen.add(form);
        entry[kind].push(form);
        const claimants = claims[kind].get(key) ?? new Set();
        claimants.add(code);
        claims[kind].set(key, claimants);
      }
    }
    raw.set(code, entry);
  }
  const owner = (kind, form) => {
    const key = fold(form);
    const claimants = [...claims[kind].get(key)];
    if (claimants.length === 1) return claimants[0];
    if (prefer.has(key)) return prefer.get(key);
    const independent = claimants.filter((code) => byCode.get(code).independent);
    return independent.length === 1 ? independent[0] : undefined;
  };
  const out = [];
  for (const code of codes) {
    const entry = raw.get(code);
    const plain = { code, names: [], adjectives: [] };
    const unsure = { code, names: [], adjectives: [], ambiguous: true };
    for (const kind of ['names', 'adjectives']) {
      for (const form of entry[kind]) {
        if (owner(kind, form) !== code) continue;
        (ambiguous.has(fold(form)) ? unsure : plain)[kind].push(form);
      }
    }
    for (const group of [plain, unsure]) for (const kind of ['names', 'adjectives']) group[kind] = laxest(group[kind]);
    if (plain.names.length || plain.adjectives.length) out.push(plain);
    if (unsure.names.length || unsure.adjectives.length) out.push(unsure);
  }
  return out;
}

// ---------- writing ----------

const quote = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const list = (items) => `[${items.map(quote).join(', ')}]`;

function writeLocale(lang) {
  const entries = build(lang);
  const lines = entries.map((e) => `  { code: '${e.code}', names: ${list(e.names)}, adjectives: ${list(e.adjectives)}${e.ambiguous ? ', ambiguous: true' : ''} },`);
  const context = CONTEXT[lang];
  const text = `// Generated by scripts/build-countries.mjs from world-countries and its curated tables: edit those, then rerun.
import type { CountryContext } from '../../gazetteers/countries.js';
import type { CountryNames } from '../types.js';

export const countries: readonly CountryNames[] = [
${lines.join('\n')}
];

export const countryContext: CountryContext = {
  countryCues: ${list(context.countryCues)},
  stateCues: ${list(context.stateCues)},
  notCountries: ${list(context.notCountries)},
};
`;
  fs.writeFileSync(new URL(`src/locales/${lang}/countries.ts`, root), text);
  return entries.length;
}

function writeGazetteer() {
  const names = codes.map((code) => `  ${code}: ${quote(byCode.get(code).name.common)},`);
  const text = `// Generated by scripts/build-countries.mjs from world-countries: edit that script, then rerun.

/** Context words that decide whether a name is a country; one set per language (locales/<lang>/countries.ts). */
export interface CountryContext {
  /** Words shortly before an ambiguous name that make it a country: 'pays', 'country'. */
  countryCues: readonly string[];
  /** Words near an ambiguous name that make it a US state: 'state', 'US', 'américain'. */
  stateCues: readonly string[];
  /** Phrases that contain a country name but are no country: 'New Mexico', 'Mexico City', 'US$'. */
  notCountries: readonly string[];
}

/** ISO 3166-1 alpha-2 code -> English common name. */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
${names.join('\n')}
};
`;
  fs.writeFileSync(new URL('src/gazetteers/countries.ts', root), text);
}

const counts = ['en', 'fr'].map((lang) => `${lang} ${writeLocale(lang)} entries`);
writeGazetteer();
console.log(`build-countries: ${codes.length} codes; ${counts.join(', ')}`);
