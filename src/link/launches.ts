import type { Doc } from '../pipeline/document.js';
import type { Recognized } from '../recognize/index.js';
import type { Launch } from '../schema.js';

export function linkLaunches(_doc: Doc, _found: Recognized): Launch[] {
  return [];
}
