import type { OutboxEntry } from './outbox-entry.js';

/**
 * Where outbox entries live: page memory, or a durable store that outlives a reload. Stores keep
 * copies (a caller mutating an entry never changes the store) and never interpret entries.
 */
export interface OutboxStore {
  /**
   * Set when other tabs see the same entries (a shared database): flushes then hold a Web Lock of
   * this name, so two tabs never send one entry at the same time.
   */
  readonly sharedName?: string;
  /** Every entry, in ascending `id` order. */
  list(): Promise<OutboxEntry[]>;
  /** Inserts the entry, or replaces the one with the same `id`. */
  put(entry: OutboxEntry): Promise<void>;
  /** Removes the entry with this `id`; a missing one is not an error. */
  delete(id: string): Promise<void>;
  /** Releases what the store holds open (a database connection); a later call opens it again. */
  close?(): void;
  /**
   * Whether entries outlive the page (a reload, a closed tab): false for page memory, including a
   * durable store the browser refused. A store without it is taken to be durable.
   */
  durable?(): Promise<boolean>;
}
