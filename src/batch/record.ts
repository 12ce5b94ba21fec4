import type { BatchRecord, RecordItem } from './types.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * A JSON value as a record: `text` (required), `id`, `date` (read as the reference date; a timestamp
 * such as `2025-06-13T08:00:00Z` counts as its day) and `lang` (`fr`, `en-GB`...; any other language
 * is left to detection).
 */
export function recordFromJson(value: unknown, fallbackId: string, source: string): RecordItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: fallbackId, source, error: 'not a JSON object with a "text" string' };
  }
  const fields = value as Record<string, unknown>;
  const id = typeof fields.id === 'string' && fields.id !== '' ? fields.id : Number.isFinite(fields.id) ? String(fields.id) : fallbackId;
  if (typeof fields.text !== 'string') return { id, source, error: 'missing "text" string' };
  if (fields.text.trim() === '') return { id, source, error: 'empty "text"' };
  const record: BatchRecord = { id, source, text: fields.text };
  if (fields.date !== undefined && fields.date !== null) {
    const day = typeof fields.date === 'string' ? ISO_DAY.exec(fields.date)?.[0] : undefined;
    if (!day) return { id, source, error: '"date" must start with an ISO date YYYY-MM-DD' };
    record.referenceDate = day;
  }
  if (typeof fields.lang === 'string') {
    const primary = fields.lang.toLowerCase().split(/[-_]/)[0];
    if (primary === 'fr' || primary === 'en') record.language = primary;
  }
  return record;
}
