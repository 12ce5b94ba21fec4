import type { Doc } from '../pipeline/document.js';
import type { Token } from '../pipeline/tokenize.js';
import { tokenize } from '../pipeline/tokenize.js';
import { BRAND_MODELS, BRANDS, CORPORATE_DESIGNATORS, NOT_BRAND_PHRASES } from '../gazetteers/brands.js';
import type { BrandContextWords, Locale } from '../locales/types.js';
import { ORGANIZATIONS } from '../gazetteers/organizations.js';
import type { BrandEntry, OrganizationEntry } from '../gazetteers/types.js';
import { fold } from '../text/fold.js';
import { PhraseMatcher } from './phrase-matcher.js';

export interface BrandHit {
  first: number;
  end: number;
  entry: BrandEntry;
}
export interface OrganizationHit {
  first: number;
  end: number;
  entry: OrganizationEntry;
}

/** One written form of a name, kept so that the casing of the text can be compared with it. */
interface NameForm<E> {
  entry: E;
  form: string;
  /** The form's tokens, aligned one to one with the tokens of any text it matches. */
  tokens: readonly string[];
  /** A single word of a cased script: the only kind of name an ordinary word can be mistaken for. */
  singleCasedWord: boolean;
}

interface NameMatch<E> {
  end: number;
  form: NameForm<E>;
}

const isCased = (text: string): boolean => text.toLowerCase() !== text.toUpperCase();
const startsUpper = (text: string): boolean => text[0] !== text[0]!.toLowerCase();

/** 'Mercedes-Benz' is also written 'Mercedes Benz'. */
function spellings(name: string): string[] {
  const spaced = name.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ');
  return spaced === name ? [name] : [name, spaced];
}

function formOf<E>(entry: E, form: string): NameForm<E> {
  const tokens = tokenize(form);
  const words = tokens.filter((t) => t.kind !== 'punct');
  return { entry, form, tokens: tokens.map((t) => t.text), singleCasedWord: words.length === 1 && isCased(form) };
}

/** Names of one table, matched longest first on folded tokens, then checked against their casing. */
class NameIndex<E> {
  private readonly matcher = new PhraseMatcher<NameForm<E>>();

  constructor(entries: Iterable<readonly [E, readonly string[]]>) {
    for (const [entry, names] of entries) {
      for (const name of names) for (const spelling of spellings(name)) this.matcher.add(spelling, formOf(entry, spelling));
    }
  }

  /** The longest name at `at` written as one of its forms; a shorter one when the longest is not ('Mercedes-Benz cars'). */
  match(tokens: readonly Token[], at: number, limit: number, isAmbiguous: (form: NameForm<E>) => boolean): NameMatch<E> | undefined {
    for (let found = this.matcher.matchAt(tokens, at, limit); found; found = this.matcher.matchAt(tokens, at, found.end - 1)) {
      const end = found.end;
      const form = found.values.find((candidate) => writtenAs(tokens, at, end, candidate, isAmbiguous(candidate)));
      if (form) return { end, form };
    }
    return undefined;
  }
}

/**
 * Whether the text is written the way the name is. Any casing will do ('JETOUR', 'Jetour') except:
 * a word in capitals in the name ('GWM', 'CATL') must be in capitals, so that 'gaz' is not GAZ;
 * a capitalized word after the first must not be all lower case ('Volvo Cars' but not 'Volvo cars'),
 * the first may be ('groupe Renault', 'université de Szeged'); some capital must be there, so that
 * 'jeep' or 'great wall' is the common word; and an ambiguous one-word name needs a capital initial
 * or the brand's own spelling ('iCar'). Scripts without case (奇瑞) always pass.
 */
function writtenAs<E>(tokens: readonly Token[], first: number, end: number, form: NameForm<E>, ambiguous: boolean): boolean {
  let nameHasCapital = false;
  let textHasCapital = false;
  for (let i = first; i < end; i++) {
    const text = tokens[i]!.text;
    const written = form.tokens[i - first]!;
    if (!isCased(written)) continue;
    const lowerText = text === text.toLowerCase();
    if (written !== written.toLowerCase()) nameHasCapital = true;
    if (!lowerText) textHasCapital = true;
    if (written.length > 1 && written === written.toUpperCase() && text !== text.toUpperCase()) return false;
    if (i > first && startsUpper(written) && lowerText) return false;
  }
  if (!nameHasCapital) return true;
  if (ambiguous) return tokens[first]!.text === form.form || startsUpper(tokens[first]!.text);
  return textHasCapital;
}

function namesOf(entry: { name: string; aliases?: readonly string[] | undefined }): readonly string[] {
  return entry.aliases ? [entry.name, ...entry.aliases] : [entry.name];
}

function keyOf(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.norm)
    .join(' ');
}

const isAmbiguousBrand = (entry: BrandEntry, form: NameForm<unknown>): boolean => entry.ambiguous === true && form.singleCasedWord;
const BUILT_IN_BRANDS = new NameIndex<BrandEntry>(BRANDS.map((entry) => [entry, namesOf(entry)] as const));
const ORGANIZATION_NAMES = new NameIndex<OrganizationEntry>(ORGANIZATIONS.map((entry) => [entry, namesOf(entry)] as const));
const DESIGNATORS = new NameIndex<null>([[null, CORPORATE_DESIGNATORS]]);
const MODELS = new PhraseMatcher<string>(Object.entries(BRAND_MODELS).flatMap(([brand, models]) => models.map((model) => [model, brand] as const)));

/** Organization names and non-brand phrases: a brand name inside a longer one of these is not a brand. */
const SHIELDS = new PhraseMatcher<true>([...ORGANIZATIONS.flatMap(namesOf), ...NOT_BRAND_PHRASES].flatMap(spellings).map((phrase) => [phrase, true] as const));

const BUILT_IN_BY_KEY = new Map<string, BrandEntry[]>();
for (const entry of BRANDS) {
  for (const name of namesOf(entry)) {
    const key = keyOf(name);
    const list = BUILT_IN_BY_KEY.get(key);
    if (!list) BUILT_IN_BY_KEY.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  }
}

// Predicates made once, not a closure per token: the name scans run over every token of a document.
const NEVER_AMBIGUOUS = (): boolean => false;
const AMBIGUOUS_AS_LISTED = (form: NameForm<BrandEntry>): boolean => isAmbiguousBrand(form.entry, form);

/** Caller-supplied brands: their names win over built-in ones, and a built-in entry they rename answers to them. */
interface UserBrands {
  names: NameIndex<BrandEntry>;
  replacing: Map<BrandEntry, BrandEntry>;
  /** Whether a built-in name is ambiguous, read from the caller's entry that renames it, if any. */
  isAmbiguousBuiltIn: (form: NameForm<BrandEntry>) => boolean;
}

const USER_BRANDS = new WeakMap<readonly BrandEntry[], UserBrands>();

function userBrands(extra: readonly BrandEntry[]): UserBrands {
  let user = USER_BRANDS.get(extra);
  if (user) return user;
  const replacing = new Map<BrandEntry, BrandEntry>();
  for (const entry of extra) {
    for (const name of namesOf(entry)) for (const builtIn of BUILT_IN_BY_KEY.get(keyOf(name)) ?? []) replacing.set(builtIn, entry);
  }
  user = {
    names: new NameIndex(extra.map((entry) => [entry, namesOf(entry)] as const)),
    replacing,
    isAmbiguousBuiltIn: (form) => isAmbiguousBrand(replacing.get(form.entry) ?? form.entry, form),
  };
  USER_BRANDS.set(extra, user);
  return user;
}

interface BrandName {
  end: number;
  entry: BrandEntry;
  ambiguous: boolean;
}

function matchBrandName(tokens: readonly Token[], at: number, limit: number, user: UserBrands | undefined): BrandName | undefined {
  const builtIn = BUILT_IN_BRANDS.match(tokens, at, limit, user?.isAmbiguousBuiltIn ?? AMBIGUOUS_AS_LISTED);
  const own = user?.names.match(tokens, at, limit, AMBIGUOUS_AS_LISTED);
  const chosen = own && (!builtIn || own.end >= builtIn.end) ? own : builtIn;
  if (!chosen) return undefined;
  const entry = (chosen === builtIn && user?.replacing.get(chosen.form.entry)) || chosen.form.entry;
  return { end: chosen.end, entry, ambiguous: isAmbiguousBrand(entry, chosen.form) };
}

/** 'Geely' -> 'Geely Automobile Holdings'; 'Seat' -> 'Seat S.A.'. */
function extendOverDesignators(tokens: readonly Token[], end: number, limit: number): number {
  for (let step = 0; step < 3; step++) {
    const designator = DESIGNATORS.match(tokens, end, limit, NEVER_AMBIGUOUS);
    if (!designator) break;
    end = designator.end;
  }
  return end;
}

interface Candidate extends BrandHit {
  sentence: number;
  /** A one-word ambiguous name, not yet shown to be the maker. */
  ambiguous: boolean;
}

function findBrandCandidates(doc: Doc, user: UserBrands | undefined): Candidate[] {
  const { tokens } = doc;
  const candidates: Candidate[] = [];
  for (const sentence of doc.sentences) {
    const limit = sentence.tokenEnd;
    for (let i = sentence.tokenStart; i < limit; ) {
      const name = matchBrandName(tokens, i, limit, user);
      const shield = SHIELDS.matchAt(tokens, i, limit);
      if (name) {
        const end = extendOverDesignators(tokens, name.end, limit);
        if (!shield || shield.end < end) {
          candidates.push({ first: i, end, entry: name.entry, sentence: sentence.index, ambiguous: name.ambiguous && end === name.end });
          i = end;
          continue;
        }
      }
      i = shield ? shield.end : i + 1;
    }
  }
  return candidates;
}

interface BrandContext {
  cues: ReadonlySet<string>;
  listJoiners: ReadonlySet<string>;
}

/** Punctuation that joins names in a list ('Peugeot, Fiat', 'Omoda & Jaecoo'); the same in every language. */
const LIST_PUNCTUATION = [',', '&', '/'];
/** Punctuation after which a capital proves nothing: the start of a quote, a colon, a bullet; a spaced dash (datelines). */
const OPENERS = new Set([':', '"', '«', '•', '*']);
const CUE_WINDOW = 3;

const contexts = new WeakMap<Locale, BrandContext>();

function contextOf(locale: Locale): BrandContext {
  let context = contexts.get(locale);
  if (!context) {
    const words: BrandContextWords = locale.brandContext;
    context = { cues: new Set(words.cues.map(fold)), listJoiners: new Set([...words.listJoiners.map(fold), ...LIST_PUNCTUATION]) };
    contexts.set(locale, context);
  }
  return context;
}

/** 'Tank 300', 'Smart #5', 'Genesis GV80', 'Jaguar XF': a model code right after the name. */
function isModelCode(token: Token): boolean {
  if (token.kind === 'number' || token.text === '#') return true;
  if (token.kind !== 'word') return false;
  if (/\d/.test(token.text)) return true;
  return token.text.length >= 2 && token.text.length <= 4 && isCased(token.text) && token.text === token.text.toUpperCase();
}

function isSentenceInitial(doc: Doc, candidate: Candidate): boolean {
  const sentence = doc.sentences[candidate.sentence]!;
  if (candidate.first === sentence.tokenStart) return true;
  const previous = doc.tokens[candidate.first - 1]!;
  return OPENERS.has(previous.text) || (previous.text === '-' && previous.spaceBefore);
}

/** A known brand beside it in a list: 'Seat and Cupra', 'Volvo, Polestar and Lotus'. */
function listedWithBrand(doc: Doc, candidates: readonly Candidate[], index: number, joiners: ReadonlySet<string>): boolean {
  const candidate = candidates[index]!;
  const joinedBy = (from: number, to: number): boolean => {
    if (to - from < 1 || to - from > 2) return false;
    for (let i = from; i < to; i++) if (!joiners.has(doc.tokens[i]!.norm)) return false;
    return true;
  };
  const before = candidates[index - 1];
  if (before && !before.ambiguous && before.sentence === candidate.sentence && joinedBy(before.end, candidate.first)) return true;
  const after = candidates[index + 1];
  return !!after && !after.ambiguous && after.sentence === candidate.sentence && joinedBy(candidate.end, after.first);
}

/** Evidence in the sentence itself: a model code or model name after it, a cue word near it, a list of brands. */
function hasLocalCue(doc: Doc, candidates: readonly Candidate[], index: number, context: BrandContext): boolean {
  const { tokens } = doc;
  const candidate = candidates[index]!;
  const sentence = doc.sentences[candidate.sentence]!;
  if (candidate.end < sentence.tokenEnd) {
    if (isModelCode(tokens[candidate.end]!)) return true;
    if (MODELS.matchAt(tokens, candidate.end, sentence.tokenEnd)?.values.includes(candidate.entry.name)) return true;
  }
  const from = Math.max(sentence.tokenStart, candidate.first - CUE_WINDOW);
  const to = Math.min(sentence.tokenEnd, candidate.end + CUE_WINDOW);
  for (let i = from; i < to; i++) {
    if ((i < candidate.first || i >= candidate.end) && context.cues.has(tokens[i]!.norm)) return true;
  }
  return listedWithBrand(doc, candidates, index, context.listJoiners);
}

type Verdict = 'accepted' | 'rejected' | 'undecided';

/**
 * One-word ambiguous names ('Smart', 'Mini', 'Seat', 'Tank') count where the document shows they
 * name the maker: a cue in their own sentence, their group or a sister brand named elsewhere (not for
 * a capital that only starts a sentence), or the same brand already shown to be meant. Right after
 * another brand that is not its group, the word is that brand's model ('Ford Galaxy', 'Avatr Smart Factory').
 */
function resolveAmbiguousNames(doc: Doc, candidates: readonly Candidate[]): BrandHit[] {
  const context = contextOf(doc.locale);
  const verdicts = candidates.map((candidate, index): Verdict => {
    if (!candidate.ambiguous) return 'accepted';
    const before = candidates[index - 1];
    if (before && before.end === candidate.first && before.sentence === candidate.sentence) {
      return before.entry.name === candidate.entry.group ? 'accepted' : 'rejected';
    }
    return hasLocalCue(doc, candidates, index, context) ? 'accepted' : 'undecided';
  });

  // Family names: each accepted brand stands for itself and for its group, so a group vouches for its
  // brands, a brand for its sisters (same group) and for its parent. At the head of a sentence, where
  // any word has a capital, only a relative named in that sentence or the one before vouches
  // ('Dacia dépasse les 360 000 ventes. Alpine, portée par l'A290, ...').
  const family = new Set<string>();
  const familyBySentence = new Map<number, Set<string>>();
  candidates.forEach((candidate, index) => {
    if (verdicts[index] !== 'accepted') return;
    let near = familyBySentence.get(candidate.sentence);
    if (!near) familyBySentence.set(candidate.sentence, (near = new Set()));
    for (const names of [family, near]) {
      names.add(candidate.entry.name);
      if (candidate.entry.group) names.add(candidate.entry.group);
    }
  });
  const vouchedNear = (name: string, sentence: number) =>
    familyBySentence.get(sentence)?.has(name) === true || familyBySentence.get(sentence - 1)?.has(name) === true;
  candidates.forEach((candidate, index) => {
    if (verdicts[index] !== 'undecided') return;
    const relatives = [candidate.entry.name, candidate.entry.group].filter((name): name is string => name !== undefined);
    const vouched = isSentenceInitial(doc, candidate)
      ? relatives.some((name) => vouchedNear(name, candidate.sentence))
      : relatives.some((name) => family.has(name));
    if (vouched) verdicts[index] = 'accepted';
  });
  const meant = new Set(candidates.filter((_, index) => verdicts[index] === 'accepted').map((candidate) => candidate.entry.name));

  const hits: BrandHit[] = [];
  candidates.forEach((candidate, index) => {
    if (verdicts[index] === 'accepted' || (verdicts[index] === 'undecided' && meant.has(candidate.entry.name))) {
      hits.push({ first: candidate.first, end: candidate.end, entry: candidate.entry });
    }
  });
  return hits;
}

/**
 * Vehicle brands and automaker groups, in text order, without overlaps (the longest name wins).
 * `extra` entries are matched before the built-in gazetteer and replace any built-in entry that
 * shares a name or an alias with them.
 */
export function recognizeBrands(doc: Doc, extra?: readonly BrandEntry[]): BrandHit[] {
  const user = extra && extra.length > 0 ? userBrands(extra) : undefined;
  return resolveAmbiguousNames(doc, findBrandCandidates(doc, user));
}

/** Suppliers, tech firms, associations, universities ... in text order; never inside a brand's name. */
export function recognizeOrganizations(doc: Doc): OrganizationHit[] {
  const { tokens } = doc;
  const hits: OrganizationHit[] = [];
  for (const sentence of doc.sentences) {
    const limit = sentence.tokenEnd;
    for (let i = sentence.tokenStart; i < limit; ) {
      const organization = ORGANIZATION_NAMES.match(tokens, i, limit, NEVER_AMBIGUOUS);
      const brand = BUILT_IN_BRANDS.match(tokens, i, limit, AMBIGUOUS_AS_LISTED);
      if (organization && (!brand || organization.end > brand.end)) {
        const end = extendOverDesignators(tokens, organization.end, limit);
        hits.push({ first: i, end, entry: organization.form.entry });
        i = end;
      } else i = brand ? brand.end : i + 1;
    }
  }
  return hits;
}
