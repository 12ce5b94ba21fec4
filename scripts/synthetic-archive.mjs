// A synthetic news archive built from fixtures/*.txt, for the benchmark and the archive check.
// Copies get new figures and a new paragraph order so no two documents are the same text.
import fs from 'node:fs';
import path from 'node:path';

export function loadFixtures(dir = new URL('../fixtures/', import.meta.url)) {
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error('no fixtures/*.txt to build an archive from');
  return files.map((name) => fs.readFileSync(new URL(name, dir), 'utf8'));
}

/** Deterministic, so that two runs of the benchmark read the same archive. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(text, next) {
  const paragraphs = text.split('\n').filter((line) => line.trim() !== '');
  const shift = Math.floor(next() * paragraphs.length);
  const rotated = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)];
  // Years stay years, so dates keep resolving as in real articles.
  return rotated.join('\n').replace(/\d+/g, (digits) =>
    /^(19|20)\d\d$/.test(digits) ? digits : String(Math.floor(next() * 9) + 1) + digits.slice(1).replace(/\d/g, () => String(Math.floor(next() * 10))),
  );
}

/** Articles of about `targetBytes`: mutated fixtures, lengthened or cut at a sentence end. */
export function* articles(fixtures, count, { targetBytes = 2500, seed = 1 } = {}) {
  const next = random(seed);
  for (let i = 0; i < count; i++) {
    let text = mutate(fixtures[i % fixtures.length], next);
    for (let k = 1; Buffer.byteLength(text) < targetBytes * 0.9; k++) text += '\n' + mutate(fixtures[(i + k) % fixtures.length], next);
    if (Buffer.byteLength(text) > targetBytes * 1.1) {
      const cut = text.slice(0, targetBytes);
      text = cut.slice(0, Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('.\n')) + 1) || cut;
    }
    yield text;
  }
}

function html(text, i) {
  const body = text.split('\n').map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Article ${i}</title>
<style>p { margin: 0 }</style><script>window.analytics = { id: ${i}, brand: "Tesla" };</script></head>
<body><nav><a href="/">Home</a></nav><article>${body}</article><script>console.log(${i})</script></body></html>\n`;
}

/**
 * Writes `count` documents under `dir` in folders of 500: 70 % .txt, 15 % .html, 5 % .json and
 * 10 % as JSONL files of `perJsonl` records. Returns every record id the batch layer should give
 * and the number of files written.
 */
export function writeArchive(dir, texts, { perJsonl = 20 } = {}) {
  const ids = [];
  let files = 0;
  let jsonl = [];
  let jsonlFile;
  const flush = () => {
    if (jsonl.length === 0) return;
    fs.writeFileSync(jsonlFile, jsonl.map((record) => JSON.stringify(record)).join('\n') + '\n');
    files++;
    jsonl = [];
  };
  texts.forEach((text, i) => {
    const folder = path.join(dir, `part-${String(Math.floor(i / 500)).padStart(3, '0')}`);
    if (i % 500 === 0) fs.mkdirSync(folder, { recursive: true });
    const name = path.join(folder, `doc-${String(i).padStart(6, '0')}`);
    const kind = i % 20;
    if (kind < 14) {
      fs.writeFileSync(`${name}.txt`, text);
      ids.push(`${name}.txt`);
      files++;
    } else if (kind < 17) {
      fs.writeFileSync(`${name}.html`, html(text, i));
      ids.push(`${name}.html`);
      files++;
    } else if (kind < 18) {
      fs.writeFileSync(`${name}.json`, JSON.stringify({ id: `json-${i}`, date: '2025-06-13', text }));
      ids.push(`json-${i}`);
      files++;
    } else {
      if (jsonl.length === 0) jsonlFile = `${name}.jsonl`;
      jsonl.push({ id: `jsonl-${i}`, text, date: '2025-06-13T08:00:00Z' });
      ids.push(`jsonl-${i}`);
      if (jsonl.length === perJsonl) flush();
    }
  });
  flush();
  return { ids, files };
}
