/** Why a file's bytes are not an article; the reader turns it into an error line. */
export class InputError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The UTF-8 text of a whole file (byte-order mark dropped), refusing empty, binary and mis-encoded files. */
export function decodeFile(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('empty file');
  if (isBinary(bytes)) throw new InputError('binary file (contains NUL bytes)');
  const text = decodeUtf8(bytes);
  if (text.trim() === '') throw new InputError('empty file (only whitespace)');
  return text;
}

/** Text files never hold NUL bytes; images, archives and UTF-16 text do. */
export function isBinary(bytes: Uint8Array): boolean {
  return bytes.includes(0);
}

export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError('not valid UTF-8');
  }
}
