import type { DealVocabulary } from '../types.js';
export const deals = {} as DealVocabulary;
