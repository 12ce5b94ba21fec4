import type { Doc } from '../pipeline/document.js';
import type { Sentence } from '../pipeline/segment.js';
import type { Token } from '../pipeline/tokenize.js';
import type { DealLexicons } from './deal-lexicons.js';

export interface NameChunk {
  first: number;
  end: number;
  text: string;
  /** Starts with an organization head noun ('université', 'ministry'). */
  headed: boolean;
}

const MAX_NAME_TOKENS = 10;

function isCapitalized(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const first = token.text[0]!;
  return first !== first.toLowerCase();
}

function isAdjectiveAt(tokens: readonly Token[], at: number, lex: DealLexicons): boolean {
  const token = tokens[at];
  return !!token && token.kind === 'word' && !isCapitalized(token) && !lex.nameConnectors.has(token.norm) && !lex.stopwords.has(token.norm);
}

/** 'franco' + '-italien': the end of a hyphenated compound starting before `end`. */
function compoundEnd(tokens: readonly Token[], end: number, limit: number): number {
  while (end + 1 < limit && tokens[end]!.text === '-' && !tokens[end]!.spaceBefore && tokens[end + 1]!.kind === 'word' && !tokens[end + 1]!.spaceBefore) end += 2;
  return end;
}

/**
 * Proper names as written, for deal parties the gazetteers do not know: runs of capitalized words
 * with the connectors names use inside ('Université technologique de Nanyang', 'Sime Darby Motors'),
 * and lower-case institutions ('le gouvernement hongrois', "ministère turc de l'Industrie").
 * Only deal sentences are read, so this never runs over a whole document.
 */
export function findNames(doc: Doc, sentence: Sentence, lex: DealLexicons): NameChunk[] {
  const { tokens } = doc;
  const chunks: NameChunk[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = tokens[i]!;
    const head = lex.organizationHeads.matchAt(tokens, i, sentence.tokenEnd);
    const capital = isCapitalized(token) && !(i === sentence.tokenStart && lex.stopwords.has(token.text.toLowerCase()));
    if (!head && !capital) continue;
    let end = head ? head.end : i + 1;
    // an adjective right after a head noun, where the language puts it there: 'gouvernement hongrois',
    // 'Université technologique', 'le groupe franco-italien' (a compound is one adjective)
    if (lex.adjectiveAfterHead && isAdjectiveAt(tokens, end, lex) && (head || lex.organizationHeads.matchAt(tokens, i, end))) {
      end = compoundEnd(tokens, end + 1, sentence.tokenEnd);
    }
    while (end < sentence.tokenEnd && end - i < MAX_NAME_TOKENS) {
      const next = tokens[end]!;
      if (next.lineBreakBefore) break;
      if (isCapitalized(next) || (next.kind === 'number' && !next.spaceBefore)) {
        end++;
        continue;
      }
      // connectors stay inside only when a capitalized word follows them
      let look = end;
      while (look < sentence.tokenEnd && look - end < 4 && lex.nameConnectors.has(tokens[look]!.norm)) look++;
      if (look > end && look < sentence.tokenEnd && isCapitalized(tokens[look]!) && !(tokens[look]!.text.length === 1 && tokens[look - 1]!.text !== "'")) {
        end = look + 1;
        continue;
      }
      break;
    }
    // a generic head in lower case names nothing without a proper name right after it: 'le groupe
    // franco-italien', 'le groupe de Shenzhen' refer back to a maker ('Banque de France', 'groupe Stellantis' are names)
    const generic = head && lex.genericHeads.matchAt(tokens, i, head.end)?.end === head.end && token.text === token.text.toLowerCase();
    if (generic && !(head.end < end && isCapitalized(tokens[head.end]!))) {
      i = end - 1;
      continue;
    }
    // a head after the name, where adjectives come first: 'the Hungarian government', 'Turkish ministry'
    let headed = head !== undefined;
    if (!head && !lex.adjectiveAfterHead && end < sentence.tokenEnd) {
      const after = lex.organizationHeads.matchAt(tokens, end, sentence.tokenEnd);
      if (after && !isCapitalized(tokens[end]!) && lex.genericHeads.matchAt(tokens, end, after.end)?.end !== after.end) {
        end = after.end;
        headed = true;
      }
    }
    const isLoneStopword = end === i + 1 && lex.stopwords.has(token.text.toLowerCase());
    if (!isLoneStopword) chunks.push({ first: i, end, text: doc.input.slice(token.start, tokens[end - 1]!.end), headed });
    i = end - 1;
  }
  return chunks;
}
