export type * from './storage-adapter.js';
export { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions, type RecordInput } from './memory-adapter.js';
export { normalizeListQuery, DEFAULT_PAGE_SIZE, type NormalizedListQuery } from './list-query.js';
export { createRecordFilter } from './record-filter.js';
export { compareValues } from './value-order.js';
export { encodeCursor, decodeCursor } from './cursor.js';
export { compileFieldPath, type FieldReader } from './field-path.js';
export { cloneJson } from './clone-json.js';
export { patchRecord, requireRecordObject, stampRecord } from './record-fields.js';
