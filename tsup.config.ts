import { defineConfig } from 'tsup';

/** ESM-only entries: the batch layer loads its worker by URL and htmlparser2 is ESM-only. */
const ESM_ONLY = ['batch', 'batch-worker', 'cli'];

export default defineConfig({
  entry: { index: 'src/index.ts', batch: 'src/batch/index.ts', 'batch-worker': 'src/batch/worker.ts', cli: 'src/cli.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', batch: 'src/batch/index.ts' } },
  clean: true,
  target: 'node20',
  sourcemap: true,
  // franc is ESM-only; the CommonJS build carries its own copy so `require('autofacts')` works on any Node 20.
  noExternal: ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'],
  // One config rather than two (which tsup builds in parallel, racing on `clean`): CommonJS just drops these entries.
  esbuildOptions(options, { format }) {
    if (format === 'cjs' && options.entryPoints && !Array.isArray(options.entryPoints)) {
      options.entryPoints = Object.fromEntries(Object.entries(options.entryPoints).filter(([name]) => !ESM_ONLY.includes(name)));
    }
  },
});
