import { createMemoryAdapterFromTrustedSeed, type MemoryAdapter, type MemoryAdapterOptions } from '../adapter/memory-adapter.js';
import { DEMO_TENANT } from './demo-context.js';
import { createDemoData, type DemoDataOptions } from './demo-data.js';

export type DemoAdapterOptions = DemoDataOptions & Omit<MemoryAdapterOptions, 'seed' | 'now'>;

/**
 * A memory adapter preloaded with `createDemoData`: a working CRM with no backend. With a fixed
 * `now`, the adapter's clock starts there and runs on in real time, so new writes land after the
 * demo history rather than at today's date.
 */
export function createDemoAdapter(options: DemoAdapterOptions = {}): MemoryAdapter {
  const { seed, now, size, ...adapterOptions } = options;
  const data = createDemoData({ ...(seed === undefined ? {} : { seed }), ...(now === undefined ? {} : { now }), ...(size === undefined ? {} : { size }) });
  const startedAt = Date.now();
  const clock = now === undefined ? undefined : () => new Date(now.getTime() + (Date.now() - startedAt));
  // The demo data holds only what a write would store (its tests check it against the schemas): stored as it is.
  return createMemoryAdapterFromTrustedSeed({ tenantId: DEMO_TENANT, ...adapterOptions, ...(clock ? { now: clock } : {}), seed: data });
}
