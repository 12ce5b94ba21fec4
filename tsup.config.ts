import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  sourcemap: true,
  // franc is ESM-only; the CommonJS build carries its own copy so `require('autofacts')` works on any Node 20.
  noExternal: ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'],
});
