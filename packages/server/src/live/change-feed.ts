import type { AdapterRecord, ChangeType } from '@rapport/core';
import type { Database } from '../database/database.js';

/** One row of the `changes` table: a write to a record, numbered in commit order of notification. */
export interface StoredChange {
  readonly seq: number;
  readonly tenantId: string;
  readonly collection: string;
  readonly type: ChangeType;
  readonly id: string;
  /** After the change; for a removal, as it was before. */
  readonly record: AdapterRecord;
}

export type ChangeListener = (change: StoredChange) => void;

interface ChangeRow {
  seq: number | string;
  tenant_id: string;
  collection: string;
  type: ChangeType;
  record_id: string;
  record: AdapterRecord;
}

const CHANNEL = 'rapport_changes';
const COLUMNS = 'seq, tenant_id, collection, type, record_id, record';

/**
 * Turns the database's change notifications into events for this server instance's listeners.
 * Every instance listens on the same channel, so a write through any instance reaches the live
 * streams of all of them. Notifications carry only sequence numbers (those of one statement's
 * changes, comma-separated); the changes are read back in batches, and after a lost connection
 * everything since the last one seen is read again.
 */
export class ChangeFeed {
  private readonly listeners = new Map<string, Set<ChangeListener>>();
  private pending: number[] = [];
  private draining = false;
  private lastSeq = 0;
  private stopListening: (() => Promise<void>) | undefined;

  private constructor(private readonly db: Database) {}

  static async start(db: Database): Promise<ChangeFeed> {
    const feed = new ChangeFeed(db);
    feed.stopListening = await db.listen(CHANNEL, (payload) => feed.notified(payload), () => void feed.catchUp());
    return feed;
  }

  /** Hears every change of one tenant from now on, until the returned function is called. */
  subscribe(tenantId: string, listener: ChangeListener): () => void {
    let tenantListeners = this.listeners.get(tenantId);
    if (!tenantListeners) this.listeners.set(tenantId, (tenantListeners = new Set()));
    tenantListeners.add(listener);
    return () => {
      tenantListeners.delete(listener);
      if (tenantListeners.size === 0) this.listeners.delete(tenantId);
    };
  }

  /** A tenant's changes after `seq`, oldest first: what a reconnecting client missed. */
  async since(tenantId: string, seq: number, limit = 1000): Promise<StoredChange[]> {
    const rows = await this.db.query<ChangeRow>(`SELECT ${COLUMNS} FROM changes WHERE tenant_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`, [tenantId, seq, limit]);
    return rows.map(toChange);
  }

  /**
   * The oldest sequence number the change log still holds (older ones are pruned): a client that
   * last saw an earlier one may have missed changes nobody can replay. With the log empty, the
   * next number to be given out.
   */
  async oldest(): Promise<number> {
    const [row] = await this.db.query<{ seq: number | string }>(
      'SELECT COALESCE((SELECT min(seq) FROM changes), (SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM changes_seq_seq)) AS seq',
    );
    return Number(row?.seq ?? 1);
  }

  /** The newest sequence number of a tenant: where a client that has seen nothing yet starts. */
  async head(tenantId: string): Promise<number> {
    const [row] = await this.db.query<{ seq: number | string | null }>('SELECT max(seq) AS seq FROM changes WHERE tenant_id = $1', [tenantId]);
    return Number(row?.seq ?? 0);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await this.stopListening?.();
  }

  private notified(payload: string): void {
    const seqs = payload.split(',').map(Number).filter(Number.isSafeInteger);
    if (seqs.length === 0) return;
    this.lastSeq = Math.max(this.lastSeq, ...seqs);
    if (this.listeners.size === 0) return;
    this.pending.push(...seqs);
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.pending.length) {
        const batch = this.pending;
        this.pending = [];
        // Only the tenants someone here listens to: bounded by tenant, like every other read.
        const tenants = [...this.listeners.keys()];
        const rows = await this.db.query<ChangeRow>(
          `SELECT ${COLUMNS} FROM changes WHERE tenant_id = ANY($1::text[]) AND seq = ANY($2::bigint[]) ORDER BY seq`,
          [tenants, batch],
        );
        rows.forEach((row) => this.emit(toChange(row)));
      }
    } catch {
      // The database went away (shutting down): these events are lost to live streams, and
      // clients catch up from their last event id when they reconnect.
      this.pending = [];
    } finally {
      this.draining = false;
    }
  }

  private async catchUp(): Promise<void> {
    const rows = await this.db.query<ChangeRow>(`SELECT ${COLUMNS} FROM changes WHERE seq > $1 ORDER BY seq LIMIT 10000`, [this.lastSeq]).catch(() => []);
    for (const row of rows) {
      const change = toChange(row);
      this.lastSeq = Math.max(this.lastSeq, change.seq);
      this.emit(change);
    }
  }

  private emit(change: StoredChange): void {
    for (const listener of this.listeners.get(change.tenantId) ?? []) {
      try {
        listener(change);
      } catch {
        // One failing stream must not keep the others from hearing about the change.
      }
    }
  }
}

function toChange(row: ChangeRow): StoredChange {
  return { seq: Number(row.seq), tenantId: row.tenant_id, collection: row.collection, type: row.type, id: row.record_id, record: row.record };
}
