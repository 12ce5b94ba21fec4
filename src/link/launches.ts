import type { Doc } from '../pipeline/document.js';
import { tokenSpan } from '../pipeline/document.js';
import { dealLexicons, type DealLexicons } from '../recognize/deal-lexicons.js';
import type { Recognized } from '../recognize/index.js';
import type { Launch } from '../schema.js';
import type { LinkContext, NamedMention } from './mentions.js';

const MAX_MODEL_TOKENS = 4;

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) return true;
  return false;
}

/** 'T1', 'X70 Plus', 'DASHING', 'Dashing', '#5': a model name right at token `at`, if one stands there. */
function readModel(doc: Doc, at: number, limit: number, lex: DealLexicons, blocked: Uint8Array, afterBrand: boolean): { first: number; end: number; text: string } | undefined {
  const { tokens } = doc;
  let end = at;
  while (end < limit && end - at < MAX_MODEL_TOKENS && !blocked[end]) {
    const token = tokens[end]!;
    if (end > at && token.spaceBefore && token.kind === 'punct') break;
    const isModelWord =
      (token.kind === 'word' && (hasDigit(token.text) || token.text[0] !== token.text[0]!.toLowerCase()) && !lex.stopwords.has(token.norm)) ||
      (token.text === '#' && tokens[end + 1]?.kind === 'number') ||
      (token.kind === 'number' && (end > at || afterBrand || tokens[end - 1]?.text === '#'));
    if (!isModelWord) break;
    end++;
  }
  if (end === at) return undefined;
  return { first: at, end, text: doc.input.slice(tokens[at]!.start, tokens[end - 1]!.end) };
}

/** How far a launch verb may stand from the countries it concerns ('plan dévoilé ... 2 900 en Allemagne' is no launch). */
const COUNTRY_REACH = 14;

/**
 * Models launched and brands entering markets, from one sentence each: the sentence's first maker
 * before the verb, the countries near the verb (not the maker's own nationality), the models named
 * after the maker or after a determiner or model noun, the date nearest the verb. One launch per model.
 */
export function linkLaunches(doc: Doc, found: Recognized, context: LinkContext): Launch[] {
  const lex = dealLexicons(doc.locale);
  const { tokens } = doc;
  const blocked = new Uint8Array(tokens.length); // names that are not models: places, dates, makers, organizations
  for (const hit of [...found.countries, ...found.regions, ...found.dates, ...found.brands, ...found.organizations]) blocked.fill(1, hit.first, hit.end);
  const launches: Launch[] = [];
  const seen = new Set<string>();

  for (const sentence of doc.sentences) {
    const trigger = lex.launches.findAll(tokens, sentence.tokenStart, sentence.tokenEnd)[0];
    if (!trigger) continue;
    const brands = context.actorsBySentence[sentence.index]!.filter((a) => a.isBrand);
    const brand: NamedMention | undefined = brands.find((b) => b.end <= trigger.first) ?? brands[0];
    if (!brand) continue;
    const countries = [...new Set(context.countriesBySentence[sentence.index]!
      .filter((c) => !(c.adjective && c.code === brand.country)) // 'le constructeur chinois', 'Chinese brands'
      .filter((c) => Math.min(Math.abs(c.first - trigger.end), Math.abs(trigger.first - c.end)) <= COUNTRY_REACH)
      .map((c) => c.code))];
    if (countries.length === 0) continue;
    const models = modelsOf(doc, sentence.tokenStart, sentence.tokenEnd, brand, lex, blocked);
    const dates = context.datesBySentence[sentence.index]!;
    const date = dates.length > 0 ? dates.reduce((a, b) => (Math.abs(a.first - trigger.first) <= Math.abs(b.first - trigger.first) ? a : b)) : undefined;
    for (const model of models.length > 0 ? models : [undefined]) {
      const kind = trigger.value === 'launch' && !model ? 'market_entry' : trigger.value;
      const launch: Launch = { brand: brand.name, kind, countries, span: tokenSpan(doc, sentence.tokenStart, sentence.tokenEnd) };
      if (model) launch.model = model;
      if (date) launch.date = date.value;
      const key = `${brand.name}|${model ?? ''}|${countries.join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      launches.push(launch);
    }
  }
  return launches;
}

/** 'JETOUR T1', "Xpeng's X9", 'le modèle phare DASHING', 'le X70 Plus, le Dashing et le T2', 'the #5'. */
function modelsOf(doc: Doc, from: number, to: number, brand: NamedMention, lex: DealLexicons, blocked: Uint8Array): string[] {
  const { tokens } = doc;
  const models: string[] = [];
  let afterBrand = brand.end;
  if (tokens[afterBrand]?.text === "'" && !tokens[afterBrand]!.spaceBefore) afterBrand += tokens[afterBrand + 1]?.norm === 's' ? 2 : 1;
  for (let at = from; at < to; at++) {
    const cue = at === afterBrand || (at > from && lex.modelCues.matchAt(tokens, at - 1, at) !== undefined);
    if (!cue || blocked[at]) continue;
    const model = readModel(doc, at, to, lex, blocked, at === afterBrand);
    if (!model) continue;
    models.push(model.text);
    at = model.end - 1;
  }
  return [...new Set(models)];
}
