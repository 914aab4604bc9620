import type { OutboxEntry } from './outbox-entry.js';

/** Entries with the same key are writes to one record, which go in the order they were queued; `undefined` for a create of an id the adapter picks. */
export function recordKeyOf(entry: OutboxEntry): string | undefined {
  return entry.recordId === undefined ? undefined : `${entry.collection}\u0000${entry.recordId}`;
}

/**
 * The entries no flush will send until the user retries or discards one: each failed entry, and
 * the later entries of its record, which wait behind it. `entries` come in queue order, as
 * `Outbox.pending()` gives them. An outbox whose entries are all held has nothing to do on its own.
 */
export function heldByFailures(entries: readonly OutboxEntry[]): OutboxEntry[] {
  const blockedRecords = new Set<string>();
  return entries.filter((entry) => {
    const key = recordKeyOf(entry);
    const held = entry.state === 'failed' || (key !== undefined && blockedRecords.has(key));
    if (held && key !== undefined) blockedRecords.add(key);
    return held;
  });
}
