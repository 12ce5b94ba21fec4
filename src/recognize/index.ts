import type { Doc } from '../pipeline/document.js';
import type { BrandEntry } from '../gazetteers/types.js';
import { type BrandHit, type OrganizationHit, recognizeBrands, recognizeOrganizations } from './brands.js';
import { type CountryHit, type RegionHit, recognizeCountries, recognizeRegions } from './countries.js';
import { type DateHit, recognizeDates } from './dates.js';
import { type NumberHit, recognizeNumbers } from './numbers.js';

/** Everything the recognizers found: the linkers' only input besides the document. */
export interface Recognized {
  numbers: NumberHit[];
  dates: DateHit[];
  brands: BrandHit[];
  organizations: OrganizationHit[];
  countries: CountryHit[];
  regions: RegionHit[];
}

export function recognize(doc: Doc, extraBrands?: readonly BrandEntry[]): Recognized {
  const dates = recognizeDates(doc);
  return {
    dates,
    numbers: recognizeNumbers(doc, dates),
    brands: recognizeBrands(doc, extraBrands),
    organizations: recognizeOrganizations(doc),
    countries: recognizeCountries(doc),
    regions: recognizeRegions(doc),
  };
}
