import type { FigureVocabulary } from '../types.js';
export const figures = {} as FigureVocabulary;
