export interface Progress {
  /** `fraction`: share of the input read, 0 when unknown (standard input). */
  update(records: number, fraction: number): void;
  clear(): void;
}

const REDRAW_MS = 100;
const BAR_WIDTH = 24;

/** A one-line bar redrawn in place on a terminal; nothing at all when `stream` is a pipe or a file. */
export function progressBar(stream: NodeJS.WritableStream & { isTTY?: boolean }): Progress {
  if (!stream.isTTY) return { update() {}, clear() {} };
  const start = performance.now();
  let drawnAt = -Infinity;
  let drawn = false;
  return {
    update(records, fraction) {
      const now = performance.now();
      if (now - drawnAt < REDRAW_MS) return;
      drawnAt = now;
      drawn = true;
      const seconds = (now - start) / 1000;
      const filled = Math.round(Math.min(1, fraction) * BAR_WIDTH);
      const bar = fraction > 0 ? `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${Math.floor(fraction * 100)}%  ` : '';
      const eta = fraction > 0 && fraction < 1 ? `  ETA ${clock((seconds * (1 - fraction)) / fraction)}` : '';
      stream.write(`\r${bar}${records} records  ${Math.round(records / Math.max(seconds, 1e-3))}/s${eta}\x1b[K`);
    },
    clear() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

function clock(seconds: number): string {
  const total = Math.ceil(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor(total / 60) % 60;
  const rest = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
