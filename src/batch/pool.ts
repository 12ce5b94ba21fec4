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
    // scavenges cost 10 % of throughput). Without an old-generation cap V8 sized each worker's heap
    // by the machine's memory and let it grow with the archive (two workers: 277 MB RSS after
    // 20 000 documents, 341 MB after 40 000). A cap makes V8 collect sooner: 245, 252 and 272 MB
    // after 20 000, 40 000 and 80 000. 256 MB still holds the largest text extractFacts reads
    // (maxLength, 2 million characters) even when it is all figures (50 000 of them: 128 MB did not).
    resourceLimits: { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 256 },
  });
}
