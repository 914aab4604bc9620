import { describe, it } from 'vitest';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { runAdapterConformance } from '@rapport/core/testing';

runAdapterConformance('memory', () => createMemoryAdapter(), { describe, it });
