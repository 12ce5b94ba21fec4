import fs from 'node:fs';
import { once } from 'node:events';

export interface LineWriter {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/** Opens --out (truncating it, or appending for --resume) before any work, so a bad path fails fast. */
export async function openFile(file: string, append: boolean): Promise<LineWriter> {
  // A deep buffer: with the default 16 KB, every fourth line would wait for the disk, which a
  // single-threaded run pays in full.
  const stream = fs.createWriteStream(file, { flags: append ? 'a' : 'w', highWaterMark: 1 << 20 });
  await once(stream, 'open');
  return writer(stream, async () => {
    stream.end();
    await once(stream, 'finish');
  });
}

/** Standard output is left open: Node flushes it before exiting. */
export function openStdout(stream: NodeJS.WritableStream): LineWriter {
  return writer(stream, async () => {});
}

/**
 * Lines go out in chunks of about this many characters: one UTF-8 encoding and one system call per
 * chunk instead of per line, which took a fifth of the main thread's time while workers extract.
 */
const CHUNK_CHARS = 64 * 1024;

/** Waits out backpressure so a slow consumer pauses the run instead of filling memory. */
function writer(stream: NodeJS.WritableStream, close: () => Promise<void>): LineWriter {
  let failure: Error | undefined;
  stream.on('error', (error: Error) => {
    failure = error;
  });
  let pending = '';
  const flush = async () => {
    if (failure) throw failure;
    const chunk = pending;
    pending = '';
    if (chunk !== '' && !stream.write(chunk)) await once(stream, 'drain');
  };
  return {
    async write(text) {
      pending += text;
      if (pending.length >= CHUNK_CHARS) await flush();
    },
    async close() {
      await flush();
      await close();
    },
  };
}
