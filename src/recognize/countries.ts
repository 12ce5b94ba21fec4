import type { Doc } from '../pipeline/document.js';

export interface CountryHit {
  first: number;
  end: number;
  code: string;
  /** Named by an adjective ('panaméen', 'Chinese') rather than by its name. */
  adjective: boolean;
}
export interface RegionHit {
  first: number;
  end: number;
  name: string;
}

// Placeholder until the country gazetteer lands.
export function recognizeCountries(_doc: Doc): CountryHit[] {
  return [];
}
export function recognizeRegions(_doc: Doc): RegionHit[] {
  return [];
}
export function countryName(code: string): string {
  return code;
}
