import { Parser } from 'htmlparser2';

/** Elements whose content is code or markup, never article prose. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object']);

/** Elements that end a line, so words either side never merge and sentences stay apart. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'td', 'th', 'title', 'tr', 'ul',
]);

/** The readable text of an HTML page: entities decoded, scripts and styles dropped, one line per block. */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  let skipDepth = 0;
  const endLine = () => {
    // Only ASCII whitespace collapses in HTML: a no-break space is kept, as in '100\u00a0737'.
    const trimmed = line.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
    if (trimmed) lines.push(trimmed);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipDepth++;
        else if (BLOCKS.has(name)) endLine();
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCKS.has(name)) endLine();
      },
      ontext(text) {
        if (skipDepth === 0) line += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  endLine();
  return lines.join('\n');
}
