import type { SeededRandom } from './prng.js';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export const DEMO_TENANT = 'demo';

/** What every demo generator shares: one random stream and one fixed "now". */
export interface DemoContext {
  readonly random: SeededRandom;
  readonly nowMs: number;
}

export interface StoredFields {
  id: string;
  tenantId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function isoDay(ms: number): string {
  return iso(ms).slice(0, 10);
}

/** The stored fields of a demo record; it was last touched at `updatedMs` (default: when created). */
export function stored(id: string, createdMs: number, updatedMs = createdMs): StoredFields {
  return { id, tenantId: DEMO_TENANT, version: updatedMs > createdMs ? 2 : 1, createdAt: iso(createdMs), updatedAt: iso(updatedMs) };
}

/** `prefix-007`: ids sort in creation order and read well in URLs. */
export function demoId(prefix: string, index: number, width = 3): string {
  return `${prefix}-${String(index + 1).padStart(width, '0')}`;
}

/** A moment `daysAgo` days before now, during Shanghai office hours (09:00–17:59 UTC+8). */
export function officeHoursAgo(context: DemoContext, daysAgo: number): number {
  const day = Math.floor((context.nowMs - daysAgo * DAY_MS) / DAY_MS) * DAY_MS;
  const moment = day + context.random.int(1, 9) * HOUR_MS + context.random.int(0, 59) * MINUTE_MS;
  return Math.min(moment, context.nowMs - MINUTE_MS);
}
