import type { Doc } from '../pipeline/document.js';
import type { Recognized } from '../recognize/index.js';
import type { Figure } from '../schema.js';

export function linkFigures(_doc: Doc, _found: Recognized): Figure[] {
  return [];
}
