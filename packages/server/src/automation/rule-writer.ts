import { ConflictError, type AdapterRecord, type EntityName, type ListQuery, type Notification } from '@rapport/core';
import type { ActivityCreate, Ticket, TicketUpdate } from '@rapport/core/schema';
import type { RuleActions } from '@rapport/core/rules';
import type { Principal } from '../auth/principal.js';
import type { Database, SqlExecutor } from '../database/database.js';
import { RecordService } from '../records/record-service.js';
import { RecordStore } from '../storage/record-store.js';

/** A rule acts as a tenant admin would through the API, under the name `rule:<id>`. */
export function rulePrincipal(tenantId: string, ruleId: string): Principal {
  return { kind: 'staff', tenantId, keyId: `rule:${ruleId}`, role: 'admin' };
}

/** Runs `work` on one transaction's connection, as a `Database` the record store accepts. */
function transactionDatabase(db: Database, tx: SqlExecutor): Database {
  return { ...db, query: (text, params) => tx.query(text, params), exec: (script) => tx.exec(script), transaction: (work) => work(tx) };
}

export interface RuleWriterOptions {
  readonly db: Database;
  readonly tenantId: string;
  readonly ruleId: string;
  /** The job the rule runs for: the records it creates are named after it, so a rerun finds them instead of creating twice. */
  readonly jobKey: string;
  readonly now: () => Date;
  /** Receives what the rule announces and notifies, for the automation log. */
  readonly record: (outcome: 'event' | 'notification', detail: unknown) => Promise<void>;
}

/**
 * The writes of one rule run: every one goes through `RecordService` (permission, the entity
 * schemas, the tenant) like an API write, in a transaction that names the rule as the author of
 * the change (`changes.changed_by = 'rule:<id>'`).
 */
export class RuleWriter {
  private readonly principal: Principal;
  private created = 0;
  /** Each record as this writer last wrote it, by collection and id. */
  private readonly written = new Map<string, AdapterRecord>();

  constructor(private readonly options: RuleWriterOptions) {
    this.principal = rulePrincipal(options.tenantId, options.ruleId);
  }

  private async write<T>(work: (service: RecordService) => Promise<T>): Promise<T> {
    const { db, ruleId, now } = this.options;
    return db.transaction(async (tx) => {
      await tx.query(`SELECT set_config('rapport.changed_by', $1, true)`, [`rule:${ruleId}`]);
      return work(new RecordService(new RecordStore(transactionDatabase(db, tx), now), now));
    });
  }

  private reader(): RecordService {
    return new RecordService(new RecordStore(this.options.db, this.options.now), this.options.now);
  }

  get(collection: EntityName, id: string): Promise<AdapterRecord> {
    return this.reader().get(this.principal, collection, id);
  }

  /** Every record of a collection matching `where`, page by page. */
  async list(collection: EntityName, where: ListQuery['where'] = {}): Promise<AdapterRecord[]> {
    const items: AdapterRecord[] = [];
    let cursor: string | null = null;
    do {
      const page = await this.reader().list(this.principal, collection, { where, limit: 1000, cursor });
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return items;
  }

  async update(collection: EntityName, id: string, patch: Record<string, unknown>, expectedVersion: number): Promise<AdapterRecord> {
    const record = await this.write((service) => service.update(this.principal, collection, id, patch, expectedVersion));
    this.written.set(`${collection}/${id}`, record);
    return record;
  }

  /** The record as this writer's last update left it (`undefined`: it wrote none), without reading it again. */
  lastWritten(collection: EntityName, id: string): AdapterRecord | undefined {
    return this.written.get(`${collection}/${id}`);
  }

  /**
   * Creates with an id derived from the job and the count of creates in this run: run again after
   * a crash, the same create finds its record already there and returns it.
   */
  async create(collection: EntityName, input: Record<string, unknown>): Promise<AdapterRecord> {
    const id = `${this.options.jobKey}:${++this.created}`.replace(/[^\w.:-]/g, '-');
    try {
      return await this.write((service) => service.create(this.principal, collection, input, { id }));
    } catch (error) {
      if (error instanceof ConflictError && error.current) return error.current as AdapterRecord;
      throw error;
    }
  }

  /** What `@rapport/core/rules` may do, backed by this writer. */
  actions(): RuleActions {
    return {
      getTicket: async (id) => (await this.get('tickets', id)) as unknown as Ticket,
      updateTicket: async (id, patch: TicketUpdate, { expectedVersion }) =>
        (await this.update('tickets', id, patch as Record<string, unknown>, expectedVersion)) as unknown as Ticket,
      createActivity: async (input: ActivityCreate) => (await this.create('activities', input as Record<string, unknown>)) as never,
      getContact: async (id) => (await this.get('contacts', id)) as never,
      getAccount: async (id) => (await this.get('accounts', id)) as never,
      getSurvey: async (id) => (await this.get('surveys', id)) as never,
      notify: (notification: Notification) => this.options.record('notification', notification),
    };
  }
}
