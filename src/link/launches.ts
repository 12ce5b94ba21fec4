import type { Doc } from '../pipeline/document.js';
import { tokenSpan } from '../pipeline/document.js';
import type { Token } from '../pipeline/tokenize.js';
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
function readModel(doc: Doc, at: number, limit: number, lex: DealLexicons, blocked: Uint8Array): { first: number; end: number; text: string } | undefined {
  const { tokens } = doc;
  let end = at;
  while (end < limit && end - at < MAX_MODEL_TOKENS && !blocked[end]) {
    const token = tokens[end]!;
    if (end > at && token.spaceBefore && token.kind === 'punct') break;
    const isModelWord =
      (token.kind === 'word' && (hasDigit(token.text) || token.text[0] !== token.text[0]!.toLowerCase()) && !lex.stopwords.has(token.norm)) ||
      (token.text === '#' && tokens[end + 1]?.kind === 'number') ||
      (token.kind === 'number' && (end > at || tokens[end - 1]?.text === '#'));
    if (!isModelWord) break;
    end++;
  }
  if (end === at) return undefined;
  return { first: at, end, text: doc.input.slice(tokens[at]!.start, tokens[end - 1]!.end) };
}

function isCapitalizedWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.text[0] !== token.text[0]!.toLowerCase();
}

/** Models launched and brands entering markets: brand, model, countries and date from one sentence. */
export function linkLaunches(doc: Doc, found: Recognized, context: LinkContext): Launch[] {
  const lex = dealLexicons(doc.locale);
  const { tokens } = doc;
  const blocked = new Uint8Array(tokens.length); // names that are not models: places, dates, other makers
  for (const hit of [...found.countries, ...found.regions, ...found.dates, ...found.brands]) blocked.fill(1, hit.first, hit.end);
  const launches: Launch[] = [];
  const seen = new Set<string>();

  for (const sentence of doc.sentences) {
    const triggers = lex.launches.findAll(tokens, sentence.tokenStart, sentence.tokenEnd);
    if (triggers.length === 0) continue;
    const trigger = triggers[0]!;
    const brands = context.actorsBySentence[sentence.index]!.filter((a) => a.isBrand);
    const brand: NamedMention | undefined = brands.filter((b) => b.end <= trigger.first).pop() ?? brands[0] ?? context.brandBeforeSentence[sentence.index];
    if (!brand) continue;
    const countries = [...new Set(context.countriesBySentence[sentence.index]!
      .filter((c) => !(c.adjective && c.code === brand.country)) // 'le constructeur chinois', 'Chinese brands'
      .map((c) => c.code))];
    if (countries.length === 0) continue;

    // the model: right after the brand ('JETOUR T1'), or after a cue following the trigger ('a lancé le modèle phare DASHING')
    let model = brand.first >= sentence.tokenStart ? readModel(doc, brand.end, sentence.tokenEnd, lex, blocked) : undefined;
    if (!model) {
      for (let at = trigger.end; at < Math.min(trigger.end + 5, sentence.tokenEnd); at++) {
        if (lex.modelCues.matchAt(tokens, at, sentence.tokenEnd) || tokens[at]!.text === "'") continue;
        if (isCapitalizedWord(tokens[at]) || hasDigit(tokens[at]!.text) || tokens[at]!.text === '#') model = readModel(doc, at, sentence.tokenEnd, lex, blocked);
        break;
      }
    }
    const kind = trigger.value === 'launch' && !model ? 'market_entry' : trigger.value;
    const launch: Launch = { brand: brand.name, kind, countries, span: tokenSpan(doc, sentence.tokenStart, sentence.tokenEnd) };
    if (model) launch.model = model.text;
    const dates = context.datesBySentence[sentence.index]!;
    if (dates.length > 0) {
      const nearest = dates.reduce((a, b) => (Math.abs(a.first - trigger.first) <= Math.abs(b.first - trigger.first) ? a : b));
      launch.date = nearest.value;
    }
    const key = `${brand.name}|${launch.model ?? ''}|${countries.join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    launches.push(launch);
  }
  return launches;
}
