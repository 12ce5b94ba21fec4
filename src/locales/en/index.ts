import type { Locale } from '../types.js';
import { abbreviations, characteristicLetters, distinctiveWords, stopwords } from './core.js';
import { brandContext } from './brands.js';
import { countries, countryContext } from './countries.js';
import { dates } from './dates.js';
import { deals } from './deals.js';
import { figures } from './figures.js';
import { numbers } from './numbers.js';
import { regions } from './regions.js';

export const en: Locale = {
  code: 'en',
  iso6393: 'eng',
  stopwords,
  distinctiveWords,
  characteristicLetters,
  abbreviations,
  numbers,
  dates,
  figures,
  deals,
  brandContext,
  countries,
  countryContext,
  regions,
};
