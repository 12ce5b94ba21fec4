import { fold } from '../text/fold.js';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Folded (lower case, no accents): what tables are matched against. */
  norm: string;
  kind: TokenKind;
  /** Whitespace precedes the token (or it starts the text). */
  spaceBefore: boolean;
  /** A line break lies between this token and the previous one. */
  lineBreakBefore: boolean;
  /** Phrase-table look-ups cached by recognize/vocabulary.ts, valid while `vocabularyVersion` is current. */
  wordId: number;
  stemHeadId: number;
  vocabularyVersion: number;
}

const LETTER = /[\p{L}\p{M}]/u;

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a;
}
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLetter(c);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(text.slice(i, i + 2));
  return LETTER.test(text[i]!);
}

/**
 * Words are runs of letters and digits ('T1', 'Jetour', 'NEVs'); a run of digits alone is a number
 * token; every other visible character is a punctuation token of its own. One pass, no regex backtracking.
 * Input is normalized text, so the only whitespace left is ' ' and '\n'.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let space = true;
  let lineBreak = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      space = true;
      if (c === 0x0a) lineBreak = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigit(c) || isLetterAt(text, i)) {
      let digitsOnly = true;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if (isLetterAt(text, i)) {
          digitsOnly = false;
          i += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
        } else break;
      }
      kind = digitsOnly ? 'number' : 'word';
    } else {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      kind = 'punct';
    }
    const tokenText = text.slice(start, i);
    tokens.push({ start, end: i, text: tokenText, norm: kind === 'word' ? fold(tokenText) : tokenText, kind, spaceBefore: space, lineBreakBefore: lineBreak, wordId: -1, stemHeadId: -1, vocabularyVersion: 0 });
    space = false;
    lineBreak = false;
  }
  return tokens;
}

/** The token read as another word (a suffix cut off its digits); phrase-table look-ups start afresh. */
export function asWord(token: Token, norm: string): Token {
  return { ...token, norm, kind: 'word', vocabularyVersion: 0 };
}
