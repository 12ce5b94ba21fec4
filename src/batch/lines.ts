export interface Line {
  /** 1-based line number. */
  number: number;
  /** The line without its end of line; absent when the line was longer than the limit. */
  bytes?: Buffer;
  /** Bytes of the stream consumed up to the end of this line. */
  offset: number;
}

/**
 * Lines of a byte stream, holding at most `maxBytes` of one line in memory: a longer line is
 * skipped to its end and reported without `bytes`, so one runaway line cannot exhaust memory.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  let offset = 0;
  const add = (piece: Buffer) => {
    if (tooLong) return;
    size += piece.length;
    if (size > maxBytes) {
      tooLong = true;
      parts = [];
    } else if (piece.length > 0) {
      parts.push(piece);
    }
  };
  const finish = (): Line => {
    number++;
    let line: Line = { number, offset };
    if (!tooLong) {
      const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      line = { number, offset, bytes: bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes };
    }
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let end = buffer.indexOf(0x0a); end !== -1; end = buffer.indexOf(0x0a, start)) {
      add(buffer.subarray(start, end));
      offset += end + 1 - start;
      yield finish();
      start = end + 1;
    }
    add(buffer.subarray(start));
    offset += buffer.length - start;
  }
  if (size > 0 || tooLong) yield finish();
}
