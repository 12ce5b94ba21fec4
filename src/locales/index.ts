import { en } from './en/index.js';
import { fr } from './fr/index.js';
import type { Locale } from './types.js';

/** Every supported language; detection and the engine iterate over this list. */
export const LOCALES: readonly Locale[] = [fr, en];

export function localeFor(code: string): Locale | undefined {
  return LOCALES.find((locale) => locale.code === code);
}
