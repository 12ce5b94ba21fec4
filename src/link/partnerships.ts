import type { Doc } from '../pipeline/document.js';
import type { Recognized } from '../recognize/index.js';
import type { Partnership } from '../schema.js';

export function linkPartnerships(_doc: Doc, _found: Recognized): Partnership[] {
  return [];
}
