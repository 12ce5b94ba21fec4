import type { Piscina } from 'piscina';
import type { Outcome } from './outcome.js';
import type { Task } from './worker.js';

/**
 * The built bundles (dist/batch.js, dist/cli.js and their shared chunks) all sit beside
 * dist/batch-worker.js; from source (tsx) this module sits beside worker.ts.
 */
function workerUrl(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './worker.ts' : './batch-worker.js', here);
}

export type Pool = Piscina<Task[], Outcome[]>;

/** Piscina is imported only here, so the single-thread path never pays for loading it. */
export async function startPool(threads: number): Promise<Pool> {
  const { Piscina } = await import('piscina');
  return new Piscina<Task[], Outcome[]>({
    filename: workerUrl().href,
    minThreads: threads,
    maxThreads: threads,
    // A second task already waiting in each worker: it never idles until the main thread, busy or
    // not scheduled, gets round to handing it the next one.
    concurrentTasksPerWorker: 2,
    // One article's garbage fits a small nursery: about 25 MB less RSS per worker, for the same CPU time.
    resourceLimits: { maxYoungGenerationSizeMb: 12 },
  });
}
