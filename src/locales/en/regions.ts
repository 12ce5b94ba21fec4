import type { RegionNames } from '../types.js';

// Placeholder until the region names land.
export const regions: readonly RegionNames[] = [];
