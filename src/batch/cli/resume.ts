import fs from 'node:fs';
import readline from 'node:readline';

/**
 * Ids already in the output of an interrupted run. A last line cut short by the interruption
 * is removed from the file, so that its record is done again and appended whole.
 */
export async function doneIds(file: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ids;
    throw error;
  }
  try {
    const complete = await completeLength(handle);
    if (complete > 0) {
      const input = handle.createReadStream({ start: 0, end: complete - 1, autoClose: false });
      for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
        const id = idOf(line);
        if (id !== undefined) ids.add(id);
      }
    }
    await handle.truncate(complete);
  } finally {
    await handle.close();
  }
  return ids;
}

/** Length of the file up to and including its last newline. */
async function completeLength(handle: fs.promises.FileHandle): Promise<number> {
  const { size } = await handle.stat();
  const tail = Buffer.alloc(64 * 1024);
  for (let end = size; end > 0; ) {
    const start = Math.max(0, end - tail.length);
    const { bytesRead } = await handle.read(tail, 0, end - start, start);
    const newline = tail.subarray(0, bytesRead).lastIndexOf(0x0a);
    if (newline !== -1) return start + newline + 1;
    end = start;
  }
  return 0;
}

function idOf(line: string): string | undefined {
  try {
    const id: unknown = JSON.parse(line).id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}
