import type { CountryNames } from '../types.js';

// Placeholder until the generated country names land.
export const countries: readonly CountryNames[] = [];
