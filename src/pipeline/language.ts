import { francAll } from 'franc';
import { LOCALES } from '../locales/index.js';
import type { Locale } from '../locales/types.js';
import { fold } from '../text/fold.js';
import type { Token } from './tokenize.js';

/**
 * franc looks at this much text at most: the opening of an article tells its language, and franc's
 * cost grows with the sample (it was a third of the whole extraction at 1 200 characters).
 */
const SAMPLE_LENGTH = 400;
/** Below this many letters franc's trigrams are unreliable; function words decide instead. */
const FRANC_MIN_LETTERS = 60;
/**
 * franc's score (1 for its best guess) above which one of our languages still counts when franc puts
 * a neighbour first: on one sentence it can rank Portuguese a hair above French.
 */
const NEAR_TIE = 0.95;
/** ...or above this one, when at least two words only that language uses back it ('pour', 'ses'). */
const CLOSE_SECOND = 0.9;
/** Languages franc may answer besides ours, so that German or Spanish come out 'und', not French. */
const RIVALS = ['deu', 'spa', 'ita', 'por', 'nld'];
/** Function words are counted over the opening tokens only. */
const TOKENS_READ = 400;
const FRANC_ONLY = [...LOCALES.map((l) => l.iso6393), ...RIVALS];

// folded like token.norm, so counting needs no case or accent work per token
const STOPWORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(LOCALES.map((l) => [l.code, new Set(l.stopwords.map(fold))]));
const DISTINCTIVE: ReadonlyMap<string, ReadonlySet<string>> = new Map(LOCALES.map((l) => [l.code, new Set(l.distinctiveWords.map(fold))]));
/** This many words that only one of our languages (and none of franc's rivals) uses settle it without franc. */
const DISTINCTIVE_ENOUGH = 6;

/**
 * The single words of a locale's own tables: verbs and nouns of figures, months, scales, deal and
 * launch verbs ('sold', 'cars', 'billion'; 'vendu', 'voitures', 'milliards'). Kept where the other
 * locales have no such word: what tells a one-line brief without function words ('Renault sold 500
 * cars.') or with tied ones ('Renault a vendu 500 voitures.', 'a' being both).
 */
function domainWords(): ReadonlyMap<string, ReadonlySet<string>> {
  const wordsOf = (l: Locale) => {
    const f = l.figures;
    const tables = [f.metricKeywords, f.directionWords, l.numbers.scales, l.dates.months, l.deals.partnershipTriggers, l.deals.launchTriggers];
    const lists = [f.vehicleNouns, f.personNouns];
    const keys = [...tables.flatMap((table) => Object.keys(table)), ...lists.flat()];
    return new Set(keys.filter((key) => /^[\p{L}]{3,}$/u.test(key)).map(fold));
  };
  const all = new Map(LOCALES.map((l) => [l.code, wordsOf(l)]));
  return new Map(LOCALES.map((l) => [l.code, new Set([...all.get(l.code)!].filter((word) => LOCALES.every((o) => o === l || !all.get(o.code)!.has(word))))]));
}
const DOMAIN_WORDS = domainWords();

function wordCounts(tokens: readonly Token[], limit: number, table: ReadonlyMap<string, ReadonlySet<string>>): Map<Locale, number> {
  const counts = new Map<Locale, number>(LOCALES.map((l) => [l, 0]));
  for (let i = 0; i < tokens.length && i < limit; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    for (const locale of LOCALES) if (table.get(locale.code)!.has(token.norm)) counts.set(locale, counts.get(locale)! + 1);
  }
  return counts;
}

function countLatinLetters(sample: string): { latin: number; other: number } {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c > 0x24f && c !== 0x2019 && !(c >= 0x2000 && c <= 0x206f)) other++;
  }
  return { latin, other };
}

/**
 * The document's locale, or undefined when it is in neither language. Words only French (or only
 * English) uses among its neighbours settle most articles; otherwise franc decides on text long
 * enough to have trigrams and function words on short text, and they must agree (a German press
 * release is never forced into French).
 */
export function detectLanguage(text: string, tokens: readonly Token[]): Locale | undefined {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  const { latin, other } = countLatinLetters(sample);
  if (latin === 0 || other > latin) return undefined;
  // the cheap answer first: franc costs more than all the rest of language detection
  const distinctiveCounts = wordCounts(tokens, TOKENS_READ, DISTINCTIVE);
  const distinctive = [...distinctiveCounts.entries()].sort((a, b) => b[1] - a[1]);
  const [clear, other2] = distinctive;
  if (clear && clear[1] >= DISTINCTIVE_ENOUGH && (!other2 || other2[1] * 3 <= clear[1])) return clear[0];
  const counts = wordCounts(tokens, TOKENS_READ, STOPWORDS);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, runnerUp] = ranked;
  if (latin < FRANC_MIN_LETTERS) {
    if (best && best[1] > 0 && !(runnerUp && runnerUp[1] === best[1])) return best[0];
    // function words tie or are absent: the words of the locale tables, then letters only one language writes
    const tied = LOCALES.filter((l) => !best || counts.get(l) === best[1]);
    const domain = wordCounts(tokens, TOKENS_READ, DOMAIN_WORDS);
    const most = Math.max(...tied.map((l) => domain.get(l)!));
    const worded = tied.filter((l) => domain.get(l) === most);
    if (most > 0 && worded.length === 1) return worded[0];
    const lettered = tied.filter((l) => [...l.characteristicLetters].some((letter) => sample.includes(letter)));
    return lettered.length === 1 ? lettered[0] : undefined;
  }
  const scores = francAll(sample, { only: FRANC_ONLY, minLength: 10 });
  const code = scores[0]![0];
  const locale = LOCALES.find((l) => l.iso6393 === code);
  if (locale && counts.get(locale)! > 0) return locale;
  // franc hesitates on headline-heavy or figure-heavy text, and between Romance languages on a short
  // sentence: trust a clear function-word majority, over a neighbour only when franc nearly ties them
  if (best && best[1] >= 3 && (!runnerUp || best[1] >= 2 * runnerUp[1])) {
    const score = scores.find(([other]) => other === best[0].iso6393)?.[1] ?? 0;
    const ownWords = distinctiveCounts.get(best[0])! >= 2 && LOCALES.every((l) => l === best[0] || distinctiveCounts.get(l) === 0);
    if (!RIVALS.includes(code) || score >= NEAR_TIE || (score >= CLOSE_SECOND && ownWords)) return best[0];
  }
  return undefined;
}
