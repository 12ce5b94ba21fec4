import type { Doc } from '../pipeline/document.js';
import { asWord, type Token } from '../pipeline/tokenize.js';
import type { FigureUnit } from '../schema.js';
import type { DateHit } from './dates.js';
import { figureLexicons, type FigureLexicons } from './figure-lexicons.js';

/** A quantity written in the text, with what its own words say of it (context is the linker's job). */
export interface NumberHit {
  /** Token range of the whole expression, sign, currency, scale and noun included. */
  first: number;
  end: number;
  /** Token range of the number itself. */
  numberFirst: number;
  numberEnd: number;
  /** Normalized value: scaled, and negative when written with a minus sign. */
  value: number;
  unit?: FigureUnit;
  currency?: string;
  /** The currency as written, folded ('¥', 'dirhams'): some are shared by several countries. */
  currencyWritten?: string;
  /** An explicit '+' or '-' before it. */
  sign: 1 | -1 | 0;
  /** What the digits were multiplied by: 1e6 for '16,7 millions'. */
  scale: number;
  /** 'le 5-millionième', 'its 30-millionth vehicle'. */
  milestone: boolean;
  /** Written with thousands separators or a scale word: never a year or a model number. */
  formatted: boolean;
  /** The noun after it makes it a count of vehicles, persons or things (not inferred from context). */
  nounEnd?: number;
  /** A round count the text gives as such: 'une centaine de pays'. */
  approximate?: true;
}

interface DigitsRead {
  end: number;
  value: number;
  grouped: boolean;
  /** Letters glued to the last digits: '68bn' -> 'bn'. */
  suffix: string;
}

/**
 * No written number has more groups ('1,000,000,000,000', '1,00,00,00,000') or more number words
 * ('quatre-vingt-dix-neuf mille neuf cent ...'): reading stops there, so that a run of '1,1,1,...'
 * or 'cinq cinq cinq ...' is not read again from each of its tokens (quadratic time).
 */
const MAX_GROUPS = 8;
const MAX_NUMBER_WORD_TOKENS = 24;

function leadingDigits(text: string): number {
  let n = 0;
  while (n < text.length && text.charCodeAt(n) >= 0x30 && text.charCodeAt(n) <= 0x39) n++;
  return n;
}

/**
 * Digits then letters only ('68bn', '36k'), as opposed to '1er', '10h30', 'T1'; `from` skips a
 * currency code glued before the digits ('RMB27').
 */
function splitDigitWord(token: Token, from = 0): { digits: string; suffix: string } | undefined {
  if (token.kind === 'number') return { digits: token.text, suffix: '' };
  if (token.kind !== 'word') return undefined;
  const n = from + leadingDigits(from ? token.text.slice(from) : token.text);
  if (n === from) return undefined;
  const suffix = token.text.slice(n);
  if (leadingDigits(suffix) !== 0 || /\d/.test(suffix)) return undefined;
  return { digits: token.text.slice(from, n), suffix: suffix.toLowerCase() };
}

const isCapital = (c: number) => c >= 0x41 && c <= 0x5a;

/**
 * 'RMB27.4 billion', 'USD1.2bn': a currency code glued to its digits. Three capitals at least, so
 * that models ('RS3', 'EX30', 'ID4') stay models.
 */
function gluedCurrencyCode(token: Token, lex: FigureLexicons): { value: string; letters: number } | undefined {
  if (token.kind !== 'word' || !isCapital(token.text.charCodeAt(0))) return undefined;
  let letters = 1;
  while (isCapital(token.text.charCodeAt(letters))) letters++;
  if (letters < 3 || leadingDigits(token.text.slice(letters)) === 0) return undefined;
  const code = lex.currencies.matchAt([asWord(token, token.norm.slice(0, letters))], 0);
  return code ? { value: code.value, letters } : undefined;
}

const glued = (token: Token | undefined): boolean => token !== undefined && !token.spaceBefore;

/**
 * Reads '100 737', '1,526,409', '150.000', '7,7', '2.68bn', '4,39,695' starting at token i.
 * Separators are told apart by the language's decimal mark, repetition and group sizes.
 */
function readDigits(doc: Doc, i: number, codeLetters: number, decimalSeparator: string, followedByScaleOrPercent: (end: number, suffix: string) => boolean): DigitsRead | undefined {
  const { tokens, text } = doc;
  const head = splitDigitWord(tokens[i]!, codeLetters);
  if (!head) return undefined;
  const groups = [head.digits];
  const seps: string[] = [];
  let suffix = head.suffix;
  let j = i + 1;
  while (suffix === '' && j < tokens.length) {
    const sep = tokens[j]!;
    const next = tokens[j + 1];
    if ((sep.text === ',' || sep.text === '.') && glued(sep) && glued(next)) {
      const part = splitDigitWord(next!);
      if (!part) break;
      if (groups.length === MAX_GROUPS) return undefined;
      groups.push(part.digits);
      seps.push(sep.text);
      suffix = part.suffix;
      j += 2;
      continue;
    }
    // '100 737': a space (any kind: normalized to ' ') before a group of exactly three digits
    if (sep.kind === 'number' && sep.spaceBefore && !sep.lineBreakBefore && sep.text.length === 3 && text[sep.start - 1] === ' ' && sep.start - tokens[j - 1]!.end === 1 &&
      groups[0]!.length <= 3 && seps.every((s) => s === ' ') && groups.length <= 4) {
      groups.push(sep.text);
      seps.push(' ');
      j += 1;
      continue;
    }
    break;
  }
  let decimalAt = -1;
  if (seps.length > 0) {
    const last = seps[seps.length - 1]!;
    const lastGroup = groups[groups.length - 1]!;
    const repeated = seps.filter((s) => s === last).length > 1;
    const mixed = seps.some((s) => s !== last);
    if (last === ' ') decimalAt = -1;
    else if (mixed) decimalAt = seps.length - 1;
    else if (repeated) decimalAt = -1;
    else if (lastGroup.length !== 3) decimalAt = seps.length - 1;
    else if (last !== decimalSeparator) decimalAt = -1;
    // the language's own decimal mark before three digits: '2,687 €', 'US$2.687', '4,940 millions'; but '100,737 véhicules'
    else decimalAt = followedByScaleOrPercent(j, suffix) || Number(groups[0]) < 100 ? seps.length - 1 : -1;
  }
  // A thousands group must have three digits (or two in Indian lakh grouping): '1,5' is never 15
  for (let g = 1; g < groups.length; g++) {
    if (g - 1 === decimalAt) continue;
    const size = groups[g]!.length;
    if (size !== 3 && !(size === 2 && seps[g - 1] === ',')) return undefined;
  }
  const integer = groups.slice(0, decimalAt >= 0 ? decimalAt + 1 : groups.length).join('');
  const fraction = decimalAt >= 0 ? groups.slice(decimalAt + 1).join('') : '';
  const value = Number(fraction ? `${integer}.${fraction}` : integer);
  // more digits than a double holds exactly: an identifier or debris, and scaled up it could overflow to Infinity
  if (value > Number.MAX_SAFE_INTEGER) return undefined;
  return { end: j, value, grouped: seps.length > 0 && decimalAt !== 0, suffix };
}

/** Number words before a scale: 'cinq millions', 'quatre-vingt-dix', 'two billion', 'un demi-million'. */
function readNumberWords(tokens: readonly Token[], i: number, lex: FigureLexicons, joiners: ReadonlySet<string>): { end: number; value: number } | undefined {
  let total = 0;
  let current = 0;
  let j = i;
  let read = false;
  while (j < tokens.length && j - i < MAX_NUMBER_WORD_TOKENS) {
    const token = tokens[j]!;
    if (read && (token.text === '-' || joiners.has(token.norm))) {
      j++;
      continue;
    }
    const word = lex.numberWords.matchAt(tokens, j);
    if (!word || lex.scales.matchAt(tokens, j)) break;
    const w = word.value;
    if (w === 100) current = (current || 1) * 100;
    else if (w === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (w === 20 && current > 1 && current < 20) current *= 20; // quatre-vingt
    else current += w;
    read = true;
    j = word.end;
  }
  if (!read) return undefined;
  // drop trailing joiners or hyphens we stepped over
  while (j > i && (tokens[j - 1]!.text === '-' || joiners.has(tokens[j - 1]!.norm))) j--;
  return { end: j, value: total + current };
}

interface Tail {
  end: number;
  scale: number;
  unit?: FigureUnit;
  currency?: string;
  currencyWritten?: string;
  nounEnd?: number;
  duration: boolean;
}

/** What follows the digits: scale, currency, %, points, physical unit, counted noun. */
function readTail(tokens: readonly Token[], start: number, suffix: string, lex: FigureLexicons, limit: number): Tail {
  const tail: Tail = { end: start, scale: 1, duration: false };
  let j = start;
  const one = suffix ? [asWord(tokens[start - 1]!, suffix)] : [];
  const suffixScale = suffix ? lex.scales.matchAt(one, 0) : undefined;
  if (suffix) {
    if (suffixScale) tail.scale = suffixScale.value;
    else {
      const energy = lex.energy.matchAt(one, 0);
      const power = lex.power.matchAt(one, 0);
      const distance = lex.distance.matchAt(one, 0);
      if (energy) [tail.unit, tail.scale] = ['energy_kwh', energy.value];
      else if (power) [tail.unit, tail.scale] = ['power_kw', power.value];
      else if (distance && perHour(tokens, start)) return { ...tail, duration: true }; // '100km/h': a speed
      else if (distance) [tail.unit, tail.scale] = ['distance_km', distance.value];
      else if (lex.durationNouns.matchAt(one, 0)) tail.duration = true;
      else return { ...tail, duration: true }; // '1er', '3e', '5G': not a quantity we read
      tail.end = start;
      if (tail.unit) return tail;
    }
  }
  // scale words, possibly chained ('1.2 lakh crore'); a lone letter scale ('5 m') only glued or before a currency
  for (let guard = 0; guard < 2 && j < limit; guard++) {
    // '₹21,000-crore': a scale joined by a hyphen
    const hyphen = tokens[j]!.text === '-' && !tokens[j]!.spaceBefore && tokens[j + 1] !== undefined && !tokens[j + 1]!.spaceBefore;
    const scale = lex.scales.matchAt(tokens, hyphen ? j + 1 : j, limit);
    if (!scale || (hyphen && tokens[j + 1]!.norm.length < 3)) break;
    const token = tokens[j]!;
    if (token.norm.length === 1 && token.spaceBefore && !lex.currencies.matchAt(tokens, scale.end, limit)) break;
    tail.scale *= scale.value;
    j = scale.end;
  }
  const afterScale = j;
  const percent = lex.percent.matchAt(tokens, j, limit);
  if (percent) return { ...tail, unit: 'percent', end: percent.end };
  const joiner = j > start || suffixScale ? lex.joiners.matchAt(tokens, j, limit) : undefined;
  const k = joiner ? joiner.end : j;
  const currency = lex.currencies.matchAt(tokens, k, limit);
  if (currency && (k === j || !tokens[k]!.text.match(/^[^\p{L}]$/u))) return { ...tail, unit: 'currency', currency: currency.value, currencyWritten: writtenForm(tokens, k, currency.end), end: currency.end };
  const count = lex.countNouns.matchAt(tokens, k, limit);
  const points = lex.percentagePoints.matchAt(tokens, j, limit);
  if (points && !(count && count.end > points.end)) return { ...tail, unit: 'percentage_point', end: points.end };
  for (const [table, unit] of [[lex.energy, 'energy_kwh'], [lex.power, 'power_kw'], [lex.distance, 'distance_km']] as const) {
    const hit = table.matchAt(tokens, j, limit);
    if (hit && unit === 'distance_km' && perHour(tokens, hit.end)) return { ...tail, duration: true }; // a speed, not a figure
    if (hit) return { ...tail, unit, scale: tail.scale * hit.value, end: hit.end };
  }
  if (afterScale === start && lex.durationNouns.matchAt(tokens, j, limit)) return { ...tail, duration: true };
  // the counted noun, right after or behind up to two lower-case modifiers ('1,000 new battery-swap stations')
  for (let skip = 0, at = k; skip <= 2 && at < limit; skip++) {
    for (const [table, unit] of [[lex.vehicleNouns, 'vehicle'], [lex.personNouns, 'person'], [lex.countNouns, 'count']] as const) {
      const noun = table.matchAt(tokens, at, limit);
      if (noun) return { ...tail, unit, end: afterScale, nounEnd: noun.end };
    }
    const token = tokens[at]!;
    // an article starts another phrase: '45 000 pour la marque Zeekr' counts no brands ('4 000 suppressions de postes' does count posts)
    if (token.kind !== 'word' || lex.durationNouns.matchAt(tokens, at, limit) || (lex.determiners.matchAt(tokens, at, limit) && !lex.joiners.matchAt(tokens, at, limit))) break;
    // a capitalized adjective only right before the noun: '13 European markets', '12 Chinese brands'
    if (token.text !== token.norm && !nounAt(tokens, at + 1, limit, lex)) break;
    at++;
    while (at < limit && tokens[at]!.text === '-' && !tokens[at]!.spaceBefore) at += 2;
  }
  return { ...tail, end: afterScale };
}

function nounAt(tokens: readonly Token[], at: number, limit: number, lex: FigureLexicons): boolean {
  return [lex.vehicleNouns, lex.personNouns, lex.countNouns].some((table) => table.matchAt(tokens, at, limit) !== undefined);
}

/** '/h' right after a distance unit: 'km/h'. */
function perHour(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.text === '/' && !tokens[at]!.spaceBefore && tokens[at + 1]?.norm === 'h' && !tokens[at + 1]!.spaceBefore;
}

function writtenForm(tokens: readonly Token[], first: number, end: number): string {
  return tokens.slice(first, end).map((t) => t.norm).join(' ');
}

/** A currency symbol or code right before a number ('€', 'US$', 'RMB', 'Rs'); a word like 'livre' only counts after it. */
function currencyBefore(tokens: readonly Token[], at: number, floor: number, lex: FigureLexicons): { first: number; value: string } | undefined {
  // the longer reading first, but 'a $1 billion plant' is no 'A$' (Australian dollars): written lower case, it falls back to '$'
  for (let first = Math.max(floor, at - 2); first < at; first++) {
    const match = lex.currencies.matchAt(tokens, first, at);
    if (!match || match.end !== at) continue;
    const written = tokens.slice(first, at);
    if (written.every((t) => t.kind === 'punct' || t.text === t.text.toUpperCase() || (t.text.length <= 2 && t.text[0] === t.text[0]!.toUpperCase()))) return match;
  }
  return undefined;
}

function isYearLike(value: number, digits: DigitsRead): boolean {
  return !digits.grouped && Number.isInteger(value) && value >= 1900 && value <= 2100;
}

/**
 * Every quantity in the document: digits in any grouping, scale words, currencies, percent and
 * points, physical units, number words before a scale, milestones. Dates, model codes, versions,
 * ranks, phone numbers and times are left out here.
 */
export function recognizeNumbers(doc: Doc, dates: readonly DateHit[]): NumberHit[] {
  const { tokens, locale } = doc;
  const lex = figureLexicons(locale);
  const joiners = new Set(locale.numbers.joiners);
  const inDate = new Uint8Array(tokens.length);
  for (const date of dates) inDate.fill(1, date.first, date.end);
  const hits: NumberHit[] = [];
  const scaleOrPercentAt = (end: number, suffix: string) =>
    (suffix !== '' && lex.scales.matchAt([asWord(tokens[end - 1]!, suffix)], 0) !== undefined) ||
    lex.scales.matchAt(tokens, end) !== undefined || lex.percent.matchAt(tokens, end) !== undefined;

  for (const sentence of doc.sentences) {
    const limit = sentence.tokenEnd;
    for (let i = sentence.tokenStart; i < limit; i++) {
      if (inDate[i]) continue;
      const token = tokens[i]!;
      const prev = tokens[i - 1];
      const code = gluedCurrencyCode(token, lex);
      const startsNumber = token.kind === 'number' || (token.kind === 'word' && splitDigitWord(token, code?.letters) !== undefined);
      if (!startsNumber) {
        const words = readWordNumber(doc, i, limit, lex, joiners);
        if (words) {
          hits.push(words);
          i = words.end - 1;
        }
        continue;
      }
      // inside a code or a model name: 'ID.4', 'e-2008', 'Smart #5', '10:30', '3/4'
      if (prev && glued(token) && sentence.tokenStart < i && (prev.text === '.' || prev.text === '-' || prev.text === '#' || prev.text === ':' || prev.text === '/' || prev.text === '°') &&
        tokens[i - 2] && glued(prev) && tokens[i - 2]!.kind !== 'punct' && !(prev.text === '-' && tokens[i - 2]!.kind === 'number')) continue;
      const digits = readDigits(doc, i, code?.letters ?? 0, locale.numbers.decimalSeparator, scaleOrPercentAt);
      if (!digits) continue;
      const after = tokens[digits.end];
      if (after && glued(after) && (after.text === ':' || after.text === '/') && tokens[digits.end + 1]?.kind === 'number') {
        i = digits.end + 1; // times, ratios and dates written with slashes
        continue;
      }
      // 'le 5-millionième', 'its 30-millionth vehicle'
      if (after && after.text === '-' && glued(after)) {
        const milestone = tokens[digits.end + 1] && glued(tokens[digits.end + 1]) ? locale.numbers.milestones[tokens[digits.end + 1]!.norm] : undefined;
        if (milestone) {
          hits.push(milestoneHit(tokens, i, digits.end + 2, digits.value * milestone, lex, limit));
          i = digits.end + 1;
          continue;
        }
      }
      const cue = lex.nonFigureCues.matchEndingAt(tokens, prev?.text === '.' || prev?.text === '°' ? i - 1 : i, 2, sentence.tokenStart);
      if (cue && !digits.grouped) {
        i = digits.end - 1;
        continue;
      }
      const tail = readTail(tokens, digits.end, digits.suffix, lex, limit);
      if (tail.duration) {
        i = Math.max(i, tail.end - 1);
        continue;
      }
      let first = i;
      let sign: 1 | -1 | 0 = 0;
      let currency = tail.currency;
      let currencyWritten = tail.currencyWritten;
      let unit = tail.unit;
      // a currency written before: '€2.3bn', 'US$26.87', '₹34,330 crore', 'RMB 5bn' (symbols and codes, never words: 'livré 81 864')
      const before = code ? undefined : currencyBefore(tokens, first, sentence.tokenStart, lex);
      if (code && (!currency || currency === code.value)) {
        currency = code.value;
        currencyWritten = token.norm.slice(0, code.letters);
        unit = 'currency';
      } else if (before && (!currency || currency === before.value)) {
        currency = before.value;
        currencyWritten = writtenForm(tokens, before.first, first);
        unit = 'currency';
        first = before.first;
      }
      let end = tail.nounEnd ?? tail.end;
      if (unit === 'currency' && tail.nounEnd !== undefined) end = tail.end; // money counts no noun: '€33.15bn as car sales'
      const signToken = tokens[first - 1];
      if (signToken && first - 1 >= sentence.tokenStart && (signToken.text === '+' || signToken.text === '-') && glued(tokens[first])) {
        const beforeSign = tokens[first - 2];
        // '1,865-1,960', '5.5%-6.5%': a range, not a minus
        const isRangeDash = signToken.text === '-' && beforeSign && glued(signToken) &&
          (beforeSign.kind === 'number' || splitDigitWord(beforeSign) !== undefined || lex.percent.matchAt(tokens, first - 2) !== undefined);
        if (!isRangeDash) {
          sign = signToken.text === '+' ? 1 : -1;
          first -= 1;
        }
      }
      const value = digits.value * tail.scale * (sign === -1 ? -1 : 1);
      const formatted = digits.grouped || tail.scale !== 1;
      if (!unit && !formatted && isYearLike(digits.value, digits) && !tail.nounEnd) {
        i = digits.end - 1;
        continue;
      }
      const hit: NumberHit = { first, end, numberFirst: i, numberEnd: digits.end, value, scale: tail.scale, sign, milestone: false, formatted };
      if (unit) hit.unit = unit;
      if (currency) hit.currency = currency;
      if (currencyWritten) hit.currencyWritten = currencyWritten;
      if (tail.nounEnd && unit !== 'currency') hit.nounEnd = tail.nounEnd;
      hits.push(hit);
      i = Math.max(i, tail.end - 1);
    }
  }
  shareUnitsAcrossRanges(tokens, hits, lex);
  return hits;
}

function milestoneHit(tokens: readonly Token[], first: number, after: number, value: number, lex: FigureLexicons, limit: number): NumberHit {
  const noun = lex.vehicleNouns.matchAt(tokens, after, limit);
  const hit: NumberHit = { first, end: noun ? noun.end : after, numberFirst: first, numberEnd: after, value, scale: 1, sign: 0, milestone: true, formatted: true, unit: 'vehicle' };
  if (noun) hit.nounEnd = noun.end;
  return hit;
}

/** 'une centaine de pays', 'un millier de salariés': only before a counted noun ('une dizaine d'années' is a duration). */
function approximateCount(tokens: readonly Token[], first: number, end: number, value: number, lex: FigureLexicons, limit: number): NumberHit | undefined {
  const tail = readTail(tokens, end, '', lex, limit);
  if (tail.duration || tail.nounEnd === undefined || (tail.unit !== 'vehicle' && tail.unit !== 'person' && tail.unit !== 'count')) return undefined;
  return { first, end: tail.nounEnd, numberFirst: first, numberEnd: end, value, scale: 1, sign: 0, milestone: false, formatted: true, unit: tail.unit, nounEnd: tail.nounEnd, approximate: true };
}

/** 'cinq millions', 'un milliard de dollars', 'half a million', 'le millionième exemplaire'. */
function readWordNumber(doc: Doc, i: number, limit: number, lex: FigureLexicons, joiners: ReadonlySet<string>): NumberHit | undefined {
  const { tokens, locale } = doc;
  const token = tokens[i]!;
  // most words are no number word: one set probe rules them out
  if (token.kind !== 'word' || !lex.numberStarts.has(token.norm)) return undefined;
  const milestone = locale.numbers.milestones[token.norm];
  if (milestone) return milestoneHit(tokens, i, i + 1, milestone, lex, limit);
  const round = lex.numberWords.matchAt(tokens, i, limit)?.value === 1 ? lex.approximateCounts.matchAt(tokens, i + 1, limit) : undefined;
  if (round) return approximateCount(tokens, i, round.end, round.value, lex, limit);
  let value: number | undefined;
  let end = i;
  const fraction = lex.fractions.matchAt(tokens, i, limit);
  if (fraction) {
    // 'half a million', 'un demi-million', 'a quarter of a million'
    let j = fraction.end;
    for (let skip = 0; skip < 3 && j < limit && !lex.scales.matchAt(tokens, j, limit); skip++) j++;
    if (!lex.scales.matchAt(tokens, j, limit)) return undefined;
    value = fraction.value;
    end = j;
    const before = tokens[i - 1];
    if (before && lex.numberWords.matchAt(tokens, i - 1)?.value === 1) i -= 1; // keep 'un' / 'a' in the span
  } else {
    const words = readNumberWords(tokens, i, lex, joiners);
    if (!words) return undefined;
    const milestoneAfter = tokens[words.end] && tokens[words.end]!.text === '-' ? locale.numbers.milestones[tokens[words.end + 1]?.norm ?? ''] : undefined;
    if (milestoneAfter) return milestoneHit(tokens, i, words.end + 2, words.value * milestoneAfter, lex, limit);
    if (!lex.scales.matchAt(tokens, words.end, limit)) return undefined;
    const scaleToken = tokens[words.end]!;
    if (scaleToken.norm.length <= 2) return undefined; // 'un m', 'a k': letters, not scales
    value = words.value;
    end = words.end;
  }
  const tail = readTail(tokens, end, '', lex, limit);
  if (tail.duration || tail.scale === 1) return undefined;
  let first = i;
  let unit = tail.unit;
  let currency = tail.currency;
  let currencyWritten = tail.currencyWritten;
  const before = currencyBefore(tokens, first, 0, lex);
  if (before && !currency) {
    unit = 'currency';
    currency = before.value;
    currencyWritten = writtenForm(tokens, before.first, first);
    first = before.first;
  }
  const hit: NumberHit = { first, end: tail.nounEnd ?? tail.end, numberFirst: i, numberEnd: end, value: value * tail.scale, scale: tail.scale, sign: 0, milestone: false, formatted: true };
  if (unit) hit.unit = unit;
  if (currency) hit.currency = currency;
  if (currencyWritten) hit.currencyWritten = currencyWritten;
  if (tail.nounEnd) hit.nounEnd = tail.nounEnd;
  return hit;
}

/**
 * '4-6 %', '34 500 et 34 441 unités', 'between 10 and 30 per cent', 'de 1 à 2 milliards': the first
 * bound takes the unit, currency and scale written once after the second.
 */
function shareUnitsAcrossRanges(tokens: readonly Token[], hits: NumberHit[], lex: FigureLexicons): void {
  // '₹1,865-1,960': a currency written before the first bound is the second's too
  for (let h = 0; h + 1 < hits.length; h++) {
    const hit = hits[h]!;
    const next = hits[h + 1]!;
    const hyphenated = next.first === hit.end + 1 && tokens[hit.end]!.text === '-' && !tokens[hit.end]!.spaceBefore && !tokens[next.first]!.spaceBefore;
    if (!hyphenated || next.unit || hit.unit !== 'currency') continue;
    next.unit = 'currency';
    if (hit.currency) next.currency = hit.currency;
    if (hit.currencyWritten) next.currencyWritten = hit.currencyWritten;
  }
  for (let h = hits.length - 2; h >= 0; h--) {
    const hit = hits[h]!;
    const next = hits[h + 1]!;
    if (hit.unit || !next.unit) continue;
    const gap = next.first - hit.end;
    if (gap < 0 || gap > 2) continue;
    const between = tokens.slice(hit.end, next.first);
    const joined = between.length === 0 || between.every((t, k) => t.text === '-' || lex.rangeConnectors.matchAt(between, k) !== undefined);
    if (!joined) continue;
    hit.unit = next.unit;
    if (next.currency) hit.currency = next.currency;
    if (next.currencyWritten) hit.currencyWritten = next.currencyWritten;
    if (hit.scale === 1 && next.scale > 1) {
      hit.value *= next.scale;
      hit.scale = next.scale;
    }
  }
}
