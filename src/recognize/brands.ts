import type { Doc } from '../pipeline/document.js';
import type { BrandEntry, OrganizationEntry } from '../gazetteers/types.js';

export interface BrandHit {
  first: number;
  end: number;
  entry: BrandEntry;
}
export interface OrganizationHit {
  first: number;
  end: number;
  entry: OrganizationEntry;
}

// Placeholder until the brand gazetteer lands.
export function recognizeBrands(_doc: Doc, _extra?: readonly BrandEntry[]): BrandHit[] {
  return [];
}
export function recognizeOrganizations(_doc: Doc): OrganizationHit[] {
  return [];
}
