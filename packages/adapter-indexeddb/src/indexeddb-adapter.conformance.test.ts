import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, it } from 'vitest';
import { runAdapterConformance } from '@rapport/core/testing';
import { createIndexedDbAdapter } from './indexeddb-adapter.js';

// Node has no IndexedDB: an in-memory implementation of the standard API stands in for it.
runAdapterConformance('indexeddb (in-memory IndexedDB)', () => createIndexedDbAdapter({ indexedDB: new IDBFactory(), IDBKeyRange }), { describe, it });
