import { describe, it } from 'vitest';
import { createMemoryAdapter } from '@rapport/core';
import { runAdapterConformance } from '@rapport/core/testing';

runAdapterConformance('memory', () => createMemoryAdapter(), { describe, it });
