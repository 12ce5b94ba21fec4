/**
 * Length-preserving normalization: every UTF-16 unit is replaced by exactly one unit, so an offset
 * into the normalized text is an offset into the input and spans can be cut from the input as is.
 */

const REPLACEMENTS: ReadonlyMap<number, string> = new Map([
  [0x00a0, ' '], // no-break space
  [0x202f, ' '], // narrow no-break space (French thousands and before %)
  [0x2007, ' '], // figure space
  [0x2009, ' '], // thin space
  [0x200a, ' '], // hair space
  [0x2002, ' '],
  [0x2003, ' '],
  [0x3000, ' '], // ideographic space
  [0xfeff, ' '], // BOM / zero-width no-break space
  [0x200b, ' '], // zero-width space
  [0x0009, ' '],
  [0x000b, '\n'],
  [0x000c, '\n'],
  [0x0085, '\n'],
  [0x2028, '\n'],
  [0x2029, '\n'],
  [0x2018, "'"],
  [0x2019, "'"],
  [0x02bc, "'"],
  [0x201b, "'"],
  [0x2032, "'"],
  [0x201c, '"'],
  [0x201d, '"'],
  [0x201e, '"'],
  [0x2010, '-'], // hyphen
  [0x2011, '-'], // non-breaking hyphen
  [0x2012, '-'],
  [0x2013, '-'], // en dash: ranges 'janvier–mai'
  [0x2014, '-'], // em dash
  [0x2212, '-'], // minus sign
  [0xff05, '%'],
  [0x066a, '%'],
]);

export function normalizeText(input: string): string {
  let out = '';
  let runStart = 0;
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    let replacement: string | undefined;
    if (c === 0x0d) {
      // \r\n keeps one line break; a lone \r is one
      replacement = input.charCodeAt(i + 1) === 0x0a ? ' ' : '\n';
    } else if (c < 0x20 && c !== 0x0a) {
      replacement = REPLACEMENTS.get(c) ?? ' ';
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = input.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++; // a valid pair: astral characters (emoji) stay as they are
        continue;
      }
      replacement = ' ';
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      replacement = ' '; // a lone low surrogate
    } else if (c >= 0x7f && c < 0xa0) {
      replacement = REPLACEMENTS.get(c) ?? ' ';
    } else {
      replacement = REPLACEMENTS.get(c);
    }
    if (replacement === undefined) continue;
    out += input.slice(runStart, i) + replacement;
    runStart = i + 1;
  }
  return runStart === 0 ? input : out + input.slice(runStart);
}
