export type * from './storage-adapter.js';
