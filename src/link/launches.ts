import type { Doc } from '../pipeline/document.js';
import { tokenSpan } from '../pipeline/document.js';
import type { Sentence } from '../pipeline/segment.js';
import type { Token } from '../pipeline/tokenize.js';
import type { CountryHit } from '../recognize/countries.js';
import { dealLexicons, type DealLexicons } from '../recognize/deal-lexicons.js';
import { dateTables } from '../recognize/dates/tables.js';
import type { Recognized } from '../recognize/index.js';
import type { LexiconMatch } from '../recognize/lexicon.js';
import type { Launch } from '../schema.js';
import type { LinkContext, NamedMention } from './mentions.js';
import { anaphorBefore, isComplement, nearestDate, qualifiesNext, subjectTopics } from './deal-sentence.js';

type LaunchKind = 'launch' | 'market_entry';

const MAX_MODEL_TOKENS = 4;
/** Lower-case words that may stand between a model noun and the model ('le SUV électrique EX5'). */
const MAX_ADJECTIVES = 2;
/** How far after a launch verb its object may say it is no vehicle ('a lancé une enquête'). */
const OBJECT_WINDOW = 4;
/** How far a launch verb may stand from the countries it concerns ('plan dévoilé ... 2 900 en Allemagne' is no launch). */
const COUNTRY_REACH = 14;
/** Tokens between 'où' / 'where' and the launch verb of its clause ('où il a lancé'). */
const RELATIVE_REACH = 4;
/** How many sentences back 'the territory', 'le pays' may look for the country it stands for. */
const COUNTRY_LOOKBACK = 3;

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) return true;
  return false;
}

const isCapitalized = (token: Token): boolean => token.kind === 'word' && token.text[0] !== token.text[0]!.toLowerCase();
const isLowerWord = (token: Token): boolean => token.kind === 'word' && token.text === token.text.toLowerCase();
const isPossessive = (tokens: readonly Token[], at: number): boolean => tokens[at]?.text === "'" && !tokens[at]!.spaceBefore && tokens[at + 1]?.norm === 's';

interface ModelMention {
  first: number;
  end: number;
  text: string;
  /** The maker whose name the model follows ('Omoda 5', "Xpeng's X9"). */
  owner?: NamedMention;
}

const isAcronym = (token: Token): boolean => token.text.length >= 2 && token.text === token.text.toUpperCase();

/** 'e-2008', 'ë-C3', 'e-tron GT': a lower-case prefix joined to a code. */
function prefixesCode(tokens: readonly Token[], at: number, limit: number): boolean {
  const dash = tokens[at + 1];
  const code = tokens[at + 2];
  return at + 2 < limit && tokens[at]!.text.length <= 2 && dash?.text === '-' && !dash.spaceBefore && !!code && !code.spaceBefore &&
    (hasDigit(code.text) || isCapitalized(code));
}

/** 'Model Y', 'Model 3': a capitalized model noun followed by a code names a model. */
function namesWithCode(tokens: readonly Token[], at: number, limit: number): boolean {
  const word = tokens[at]!.text;
  const next = tokens[at + 1];
  if (at + 1 >= limit || !next || word.length < 2 || word[0] === word[0]!.toLowerCase() || word.slice(1) !== word.slice(1).toLowerCase()) return false;
  return next.kind === 'number' || (next.kind === 'word' && next.text.length <= 2 && next.text === next.text.toUpperCase());
}

/** 'T1', 'X70 Plus', 'DASHING', 'Dashing', '#5': a model name right at token `at`, if one stands there. */
function readModel(doc: Doc, at: number, limit: number, lex: DealLexicons, blocked: Uint8Array, afterBrand: boolean): { first: number; end: number; text: string } | undefined {
  const { tokens } = doc;
  let end = at;
  while (end < limit && end - at < MAX_MODEL_TOKENS && !blocked[end]) {
    const token = tokens[end]!;
    if (end > at && token.spaceBefore && token.kind === 'punct') break;
    // 'DM-i', 'ID.4': a hyphen or a dot inside a name, with no space around it
    const next = tokens[end + 1];
    if (end > at && (token.text === '-' || token.text === '.') && !token.spaceBefore && next && next.kind !== 'punct' && !next.spaceBefore && end + 1 < limit && !blocked[end + 1]) {
      end += 2;
      continue;
    }
    // 'G6 SUV', 'les SUV C10': a kind of vehicle is never part of the name, unless the name is
    // built on it ('Model Y', 'Model 3')
    if ((lex.modelNouns.matchAt(tokens, end, limit) && !namesWithCode(tokens, end, limit)) || lex.brandNouns.matchAt(tokens, end, limit)) break;
    const isModelWord =
      // a capitalized function word inside a name is part of it ('X70 Plus'), not at its start ('Le')
      (token.kind === 'word' && (hasDigit(token.text) || isCapitalized(token)) && (!lex.stopwords.has(token.norm) || isAcronym(token) || end > at)) ||
      (token.kind === 'word' && end === at && prefixesCode(tokens, end, limit)) ||
      (token.text === '#' && tokens[end + 1]?.kind === 'number') ||
      (token.kind === 'number' && (end > at || afterBrand || tokens[end - 1]?.text === '#'));
    if (!isModelWord) break;
    end++;
  }
  if (end === at) return undefined;
  return { first: at, end, text: doc.input.slice(tokens[at]!.start, tokens[end - 1]!.end) };
}

/** Whether a model may begin at `at`: after a cue word ('le', 'the', 'flagship') or a model noun and its adjectives ('SUV électrique'). */
function cuedAt(tokens: readonly Token[], at: number, from: number, lex: DealLexicons): boolean {
  if (at <= from) return false;
  if (lex.modelCues.matchEndingAt(tokens, at, 2, from) || lex.modelNouns.matchEndingAt(tokens, at, 3, from)) return true;
  // across adjectives: 'ce même SUV électrique EX5', 'the compact electric SUV' is no model yet
  let back = at;
  for (let skipped = 0; skipped < MAX_ADJECTIVES && back > from; skipped++) {
    const token = tokens[back - 1]!;
    if (!isLowerWord(token) || lex.stopwords.has(token.norm)) break;
    back--;
    if (tokens[back - 1]?.text === '-' && !tokens[back - 1]!.spaceBefore && !token.spaceBefore) back -= 2; // 'tout-terrain'
    if (back > from && lex.modelNouns.matchEndingAt(tokens, back, 3, from)) return true;
  }
  return false;
}

/**
 * Models named in a sentence: after a maker's name ('JETOUR T1', "Xpeng's X9", 'Omoda 5'), which
 * then owns them; after a cue ('le modèle phare DASHING', 'le X70 Plus, le Dashing et le T2', 'the #5',
 * 'le SUV électrique EX5'); and in lists ('the L07 and S07').
 */
function modelsOf(doc: Doc, sentence: Sentence, brands: readonly NamedMention[], lex: DealLexicons, blocked: Uint8Array): ModelMention[] {
  const { tokens } = doc;
  const from = sentence.tokenStart;
  const to = sentence.tokenEnd;
  const models: ModelMention[] = [];
  const taken = new Set<number>();
  const push = (model: { first: number; end: number; text: string }, owner: NamedMention | undefined) => {
    for (let i = model.first; i < model.end; i++) taken.add(i);
    models.push(owner ? { ...model, owner } : model);
    // 'the L07 and S07', 'les SUV C10 et B10'
    let at = model.end;
    while (at + 1 < to && (lex.listJoiners.has(tokens[at]!.norm) || tokens[at]!.text === ',')) {
      const next = tokens[at + 1]!;
      if (blocked[at + 1] || !(hasDigit(next.text) || isCapitalized(next)) || lex.stopwords.has(next.norm)) break;
      const listed = readModel(doc, at + 1, to, lex, blocked, false);
      if (!listed) break;
      for (let i = listed.first; i < listed.end; i++) taken.add(i);
      models.push(owner ? { ...listed, owner } : listed);
      at = listed.end;
    }
  };
  for (const brand of brands) {
    let at = brand.end;
    if (isPossessive(tokens, at)) at += 2;
    if (at >= to || blocked[at] || taken.has(at)) continue;
    const model = readModel(doc, at, to, lex, blocked, true);
    if (!model) continue;
    // 'Omoda 5', 'Avatr 11', 'Zeekr 7X': a code that starts with a digit is named with its maker
    const bare = /^[0-9]/.test(model.text);
    push(bare ? { ...model, text: doc.input.slice(tokens[brand.first]!.start, tokens[model.end - 1]!.end) } : model, brand);
  }
  const events = dateTables(doc.locale).eventWords;
  for (let at = from; at < to; at++) {
    if (blocked[at] || taken.has(at) || !cuedAt(tokens, at, from, lex)) continue;
    const model = readModel(doc, at, to, lex, blocked, false);
    // 'at the GIIAS show', 'au salon IIMS': an event's name, not a model
    if (!model || events.matchAt(tokens, model.end, to)) continue;
    push(model, undefined);
    at = model.end - 1;
  }
  const byText = new Map<string, ModelMention>();
  for (const model of models.sort((a, b) => a.first - b.first)) if (!byText.has(model.text)) byText.set(model.text, model);
  return [...byText.values()];
}

/** The first launch verb of the sentence whose object is not something else launched ('a lancé une enquête', 'launched a recall', 'a deal unveiled'). */
function launchTrigger(tokens: readonly Token[], sentence: Sentence, lex: DealLexicons): LexiconMatch<LaunchKind> | undefined {
  for (const trigger of lex.launches.findAll(tokens, sentence.tokenStart, sentence.tokenEnd)) {
    // 'a framework deal unveiled on February 17': the noun the participle qualifies
    let other = lex.notLaunched.matchEndingAt(tokens, trigger.first, 2, sentence.tokenStart) !== undefined;
    const limit = Math.min(sentence.tokenEnd, trigger.end + OBJECT_WINDOW);
    for (let i = trigger.end; i < limit && !other; i++) {
      if (tokens[i]!.kind !== 'word' || isCapitalized(tokens[i]!) || hasDigit(tokens[i]!.text)) break;
      other = lex.notLaunched.matchAt(tokens, i, limit) !== undefined;
    }
    if (!other) return trigger;
  }
  return undefined;
}

/** 'ses marques Omoda et Jaecoo', 'its Deepal brand', 'the Omoda and Jaecoo brands': makers named as brands. */
function namedAsBrands(tokens: readonly Token[], brands: readonly NamedMention[], lex: DealLexicons, sentence: Sentence): Set<NamedMention> {
  const named = new Set<NamedMention>();
  brands.forEach((brand) => {
    if (lex.brandNouns.matchEndingAt(tokens, brand.first, 2, sentence.tokenStart) || lex.brandNouns.matchAt(tokens, brand.end, sentence.tokenEnd)) named.add(brand);
  });
  // the rest of a list: forwards ('marques Omoda et Jaecoo') and backwards ('the Omoda and Jaecoo brands')
  for (let i = 1; i < brands.length; i++) if (named.has(brands[i - 1]!) && joined(tokens, brands[i - 1]!, brands[i]!, lex)) named.add(brands[i]!);
  for (let i = brands.length - 2; i >= 0; i--) if (named.has(brands[i + 1]!) && joined(tokens, brands[i]!, brands[i + 1]!, lex)) named.add(brands[i]!);
  return named;
}

interface Launchers {
  makers: NamedMention[];
  /** The makers are brands entering a market ('a lancé ses marques Omoda et Jaecoo'), each with its own models. */
  asBrands: boolean;
}

/**
 * Who launches: the makers named as brands after the verb ('a lancé ses marques Omoda et Jaecoo'); else
 * the subject before the verb, not a complement ('tirées par Dacia'), not an owner ("Changan's Deepal
 * brand"); else the topic when an anaphor is the subject ('où il a lancé', 'It also plans to launch');
 * else the first maker after the verb ('Lors d'une soirée de lancement ..., Jetour International').
 */
function launchersOf(doc: Doc, sentence: Sentence, trigger: LexiconMatch<LaunchKind>, brands: readonly NamedMention[], context: LinkContext, lex: DealLexicons, topic: NamedMention | undefined): Launchers | undefined {
  const { tokens } = doc;
  const named = namedAsBrands(tokens, brands, lex, sentence);
  const entering = brands.filter((b) => b.first >= trigger.end && named.has(b));
  if (entering.length > 0) return { makers: entering, asBrands: true };
  const before = brands.filter((b) => b.end <= trigger.first);
  let subject = before.find((b) => !isComplement(tokens, b, lex, sentence.tokenStart) && !qualifiesNext(tokens, b, brands, lex)) ?? before[0];
  if (subject && isPossessive(tokens, subject.end)) {
    const owned = brands.find((b) => b.first === subject!.end + 2);
    if (owned) subject = owned;
  }
  if (!subject && anaphorBefore(tokens, sentence.tokenStart, trigger.first, lex, false, context.datesBySentence[sentence.index])) subject = topic;
  subject ??= brands.find((b) => b.first >= trigger.end && !isComplement(tokens, b, lex, sentence.tokenStart));
  if (!subject) return undefined;
  // 'Omoda et Jaecoo sont entrés au Royaume-Uni': every maker of the subject's list
  const makers = [subject];
  for (let i = brands.indexOf(subject) + 1; i < brands.length && brands[i]!.end <= trigger.first && joined(tokens, makers[makers.length - 1]!, brands[i]!, lex); i++) makers.push(brands[i]!);
  return { makers, asBrands: false };
}

/** Two makers side by side in a list: 'Omoda et Jaecoo', 'Omoda & Jaecoo', 'BYD, Chery'. */
function joined(tokens: readonly Token[], a: NamedMention, b: NamedMention, lex: DealLexicons): boolean {
  if (b.first - a.end !== 1) return false;
  const between = tokens[a.end]!;
  return lex.listJoiners.has(between.norm) || between.text === ',' || between.text === '&';
}

/** Two makers of one family: the same, a brand and its group, or two brands of one group. */
function sameFamily(a: NamedMention, b: NamedMention): boolean {
  return a.name === b.name || a.group === b.name || b.group === a.name || (a.group !== undefined && a.group === b.group);
}

/**
 * Countries a launch concerns: near the verb; not a launcher's own nationality ('le constructeur
 * chinois'), nor another maker's ("Taiwan's Foxconn", 'le constructeur malaisien Proton'), nor
 * excluded ('hors de Chine', 'outside China'). With none named, 'the territory' stands for the last one.
 */
function countriesOf(doc: Doc, sentence: Sentence, trigger: LexiconMatch<LaunchKind>, makers: readonly NamedMention[], context: LinkContext, lex: DealLexicons): string[] {
  const { tokens } = doc;
  const own = new Set(makers.flatMap((m) => (m.country ? [m.country] : [])));
  const actorStarts = new Set(context.actorsBySentence[sentence.index]!.map((a) => a.first));
  const near = (c: { first: number; end: number }) => Math.min(Math.abs(c.first - trigger.end), Math.abs(trigger.first - c.end)) <= COUNTRY_REACH;
  const kept = (c: CountryHit) =>
    !(c.adjective && own.has(c.code)) &&
    !actorStarts.has(c.end) &&
    !(isPossessive(tokens, c.end) && actorStarts.has(c.end + 2)) &&
    !lex.countryExclusions.matchEndingAt(tokens, c.first, 5, sentence.tokenStart) &&
    c.first >= sentence.tokenStart && c.end <= sentence.tokenEnd &&
    near(c);
  const hits = context.countriesBySentence[sentence.index]!.filter(kept);
  // 'la Corée du Sud, où il a lancé le Grand Koleos': the place the relative clause is about
  const relative = lex.placeRelatives.findAll(tokens, Math.max(sentence.tokenStart, trigger.first - RELATIVE_REACH), trigger.first)[0];
  if (relative && relative.first >= 2 && tokens[relative.first - 1]!.text === ',') {
    const antecedent = hits.find((c) => c.end === relative.first - 1);
    if (antecedent) return [antecedent.code];
  }
  const codes = [...new Set(hits.map((c) => c.code))];
  if (codes.length > 0) return codes;
  const anaphor = lex.countryAnaphors.findAll(tokens, sentence.tokenStart, sentence.tokenEnd).find(near);
  if (!anaphor) return [];
  for (let s = sentence.index - 1; s >= Math.max(0, sentence.index - COUNTRY_LOOKBACK); s--) {
    const named = context.countriesBySentence[s]!.filter((c) => !c.adjective);
    if (named.length > 0) return [named[named.length - 1]!.code];
  }
  return [];
}

/** The sentence cut at its semicolons, each piece a sentence of the same index; the sentence itself when it has none. */
function semicolonClauses(tokens: readonly Token[], sentence: Sentence): Sentence[] {
  const clauses: Sentence[] = [];
  let start = sentence.tokenStart;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (tokens[i]!.text !== ';') continue;
    if (i > start) clauses.push({ ...sentence, tokenStart: start, tokenEnd: i });
    start = i + 1;
  }
  if (start === sentence.tokenStart) return [sentence];
  if (start < sentence.tokenEnd) clauses.push({ ...sentence, tokenStart: start, tokenEnd: sentence.tokenEnd });
  return clauses;
}

/**
 * Models launched and brands entering markets, from one sentence each: who launches (see
 * launchersOf), the countries near the verb, the models named in the sentence, the date nearest the
 * verb. One launch per model; a brand entering a market with several models is one market entry.
 */
export function linkLaunches(doc: Doc, found: Recognized, context: LinkContext): Launch[] {
  const lex = dealLexicons(doc.locale);
  const { tokens } = doc;
  let blocked: Uint8Array | undefined; // names that are not models: places, dates, makers, organizations
  const launches: Launch[] = [];
  const seen = new Set<string>();
  /** Countries each brand was already launched in: a later model-less mention is the same entry told again. */
  const reached = new Map<string, Set<string>>();

  for (const whole of doc.sentences) {
    // 'It entered Indonesia in January ...; the M6 will be launched for Indonesian buyers': each
    // clause between semicolons tells its own launch, about the maker named before if none of its own
    let earlierClause: NamedMention | undefined;
    for (const sentence of semicolonClauses(tokens, whole)) {
      const inClause = <T extends { first: number; end: number }>(items: readonly T[]) => items.filter((x) => x.first >= sentence.tokenStart && x.end <= sentence.tokenEnd);
      const trigger = launchTrigger(tokens, sentence, lex);
      const brands = sentence === whole && !trigger ? [] : inClause(context.actorsBySentence[sentence.index]!.filter((a) => a.isBrand));
      if (!trigger) {
        earlierClause = brands[0] ?? earlierClause;
        continue;
      }
      const topic = earlierClause ?? subjectTopics(doc, context)[whole.index];
      if (!blocked) {
        blocked = new Uint8Array(tokens.length);
        for (const hit of [...found.countries, ...found.regions, ...found.dates, ...found.brands, ...found.organizations]) blocked.fill(1, hit.first, hit.end);
      }
      const models = modelsOf(doc, sentence, brands, lex, blocked);
      // 'the Inster small EV went on sale in Japan': a model of no named maker is the article's maker's
      const modelsTopic = brands.length === 0 && models.length > 0 && models[0]!.first < trigger.first ? topic : undefined;
      const launchers = launchersOf(doc, sentence, trigger, brands, context, lex, topic) ?? (modelsTopic?.isBrand ? { makers: [modelsTopic], asBrands: false } : undefined);
      if (!launchers) continue;
      earlierClause = launchers.makers[0];
      const countries = countriesOf(doc, sentence, trigger, launchers.makers, context, lex);
      if (countries.length === 0) continue;
      const date = nearestDate(tokens, inClause(context.datesBySentence[sentence.index]!), trigger.first);

      for (const maker of launchers.makers) {
        // each model goes to the maker it is named after when that maker is of the launcher's family
        // ('La marque lancera le Haval H9'); a competitor's model is not launched ('as Tata Motors ...')
        const byBrand = new Map<string, string[]>();
        for (const model of models) {
          // a model named alone goes to the first maker ('Leapmotor and Stellantis launched the T03')
          if (model.owner ? (launchers.asBrands ? model.owner.name !== maker.name : !sameFamily(model.owner, maker)) : launchers.makers.length > 1 && (launchers.asBrands || maker !== launchers.makers[0])) continue;
          const brand = model.owner?.name ?? maker.name;
          const named = byBrand.get(brand);
          if (named) named.push(model.text);
          else byBrand.set(brand, [model.text]);
        }
        // with several makers, one that none of the models goes to launches nothing ('Leapmotor and Stellantis launched the T03')
        if (byBrand.size === 0 && launchers.makers.length > 1 && models.length > 0) continue;
        if (byBrand.size === 0) byBrand.set(maker.name, []);
        for (const [brand, named] of byBrand) {
          const kind: LaunchKind = launchers.asBrands || named.length === 0 ? 'market_entry' : trigger.value;
          // a brand entering with several models is one entry ('entered the Thai market with the L07 and S07')
          const list = kind === 'market_entry' && named.length !== 1 ? [undefined] : named;
          for (const model of list) {
            const key = `${brand}|${model ?? ''}|${countries.join(',')}`;
            // 'India is the second new market Tesla has entered this year', after the entry itself
            const retold = model === undefined && countries.every((country) => reached.get(brand)?.has(country));
            if (seen.has(key) || retold) continue;
            seen.add(key);
            let brandCountries = reached.get(brand);
            if (!brandCountries) reached.set(brand, (brandCountries = new Set()));
            for (const country of countries) brandCountries.add(country);
            const launch: Launch = { brand, kind, countries, span: tokenSpan(doc, sentence.tokenStart, sentence.tokenEnd) };
            if (model) launch.model = model;
            if (date) launch.date = date.value;
            launches.push(launch);
          }
        }
      }
    }
  }
  return launches;
}
