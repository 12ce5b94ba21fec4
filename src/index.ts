export { extractFacts, DEFAULT_MAX_LENGTH } from './extract.js';
export * from './schema.js';
export type { OrganizationEntry } from './gazetteers/types.js';
