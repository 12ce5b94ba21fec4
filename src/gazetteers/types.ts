/** Typed gazetteer records: reviewed like code, read once at start-up into phrase matchers. */

/** Brand records are validated user input too (options.brands), so their type comes from zod. */
export type { BrandEntry } from '../schema.js';

/** Organizations that are not vehicle makers but appear as deal parties or figure subjects. */
export interface OrganizationEntry {
  name: string;
  aliases?: readonly string[];
  kind: 'supplier' | 'tech' | 'university' | 'research' | 'association' | 'investor' | 'government' | 'other';
  country?: string;
}
