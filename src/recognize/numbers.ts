import type { Doc } from '../pipeline/document.js';
import type { DateHit } from './dates.js';

export interface NumberHit {
  first: number;
  end: number;
  value: number;
}

export function recognizeNumbers(_doc: Doc, _dates: readonly DateHit[]): NumberHit[] {
  return [];
}
