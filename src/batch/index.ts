/**
 * autofacts/batch: extraction over whole archives, as async iterators. Kept out of the main
 * entry so `import 'autofacts'` never loads the file, HTML and pool machinery.
 */
export { readRecords } from './read.js';
export { extractRecords, processRecords } from './process.js';
export { htmlToText } from './html.js';
export { DEFAULT_MAX_BYTES, isFailure } from './types.js';
export type { BatchFailure, BatchInput, BatchLine, BatchRecord, BatchSuccess, ExtractRecordsOptions, ProcessOptions, ReadOptions, RecordItem } from './types.js';
