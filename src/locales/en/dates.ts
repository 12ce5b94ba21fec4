import type { DateVocabulary } from '../types.js';

// Placeholder until the dates vocabulary lands.
export const dates: DateVocabulary = {
  months: {},
  weekdays: [],
  ordinals: {},
  quarterWords: [],
  halfWords: [],
  quarterLetters: [],
  halfLetters: [],
  modifiers: {},
  rangeWords: [],
  relative: [],
};
