import type { Piscina } from 'piscina';
import type { SerializedOutcome } from './outcome.js';
import type { Task } from './worker.js';

/**
 * The built bundles (dist/batch.js, dist/cli.js and their shared chunks) all sit beside
 * dist/batch-worker.js; from source (tsx) this module sits beside worker.ts.
 */
function workerUrl(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './worker.ts' : './batch-worker.js', here);
}

export type Pool = Piscina<Task[], SerializedOutcome[]>;

/** Piscina is imported only here, so the single-thread path never pays for loading it. */
export async function startPool(threads: number): Promise<Pool> {
  const { Piscina } = await import('piscina');
  return new Piscina<Task[], SerializedOutcome[]>({
    filename: workerUrl().href,
    minThreads: threads,
    maxThreads: threads,
    // A second task already waiting in each worker: it never idles until the main thread, busy or
    // not scheduled, gets round to handing it the next one.
    concurrentTasksPerWorker: 2,
    // Half V8's default nursery: about 20 MB less RSS per worker for the same CPU time (at 6 MB,
    // scavenges cost 10 % of throughput).
    resourceLimits: { maxYoungGenerationSizeMb: 24 },
  });
}
