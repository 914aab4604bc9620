import type { CustomerKind, KeptCustomerMeasures } from '../domain/customer-measures.js';
import type { SurveyPeriodAggregate, SurveyPeriodQuery } from '../domain/survey-period.js';
import type { StoredRecord } from '../stored-record.js';
import type { PresenceJoin, PresenceSession } from './presence.js';

export type { StoredRecord };

/** A stored record with its entity fields, as the adapter sees it (it never interprets them). */
export type AdapterRecord = StoredRecord & { readonly [field: string]: unknown };

export type Scalar = string | number | boolean | null;

/**
 * Conditions on one field (dot paths reach nested fields, e.g. `'amount.value'`). All given
 * conditions must hold. `contains` is a case-insensitive substring test on strings, and on arrays
 * of strings (tags) it matches when any element contains the text. A missing field equals `null`
 * (so `ne` matches it); `gt`/`gte`/`lt`/`lte` hold only between two numbers or two strings.
 */
export interface FieldCondition {
  readonly eq?: Scalar;
  readonly ne?: Scalar;
  readonly gt?: string | number;
  readonly gte?: string | number;
  readonly lt?: string | number;
  readonly lte?: string | number;
  readonly in?: readonly Scalar[];
  readonly contains?: string;
}

/**
 * One sort key. The order is the same in every adapter: booleans < numbers < strings (by UTF-16
 * code unit, a binary collation) < missing/`null`; `desc` reverses it, so missing values come last
 * ascending and first descending.
 */
export interface SortKey {
  readonly field: string;
  readonly direction?: 'asc' | 'desc';
}

export interface ListQuery {
  /** Field → condition; a bare scalar means equality. */
  readonly where?: Readonly<Record<string, FieldCondition | Scalar>>;
  /** Multi-key sort; ties are always broken by `id` so paging is stable. Default: `createdAt`. */
  readonly sort?: readonly SortKey[];
  /** Page size, 1…1000. Default 50. */
  readonly limit?: number;
  /** Opaque cursor from a previous page's `nextCursor`. */
  readonly cursor?: string | null;
  /**
   * Search: records where one of the collection's searchable fields (`queryableFields`) contains
   * this text, ignoring case. Combines with `where`. Without `sort`, the best matches come first:
   * a field that is the text, then one that starts with it, then one with a word that starts with
   * it, then the rest, each group by `createdAt`; the first 50 matches by `createdAt` are ranked
   * so, and any further ones follow them in that order.
   */
  readonly q?: string;
}

export interface Page<T> {
  readonly items: T[];
  /** Cursor of the next page, or `null` on the last one. */
  readonly nextCursor: string | null;
  /** How many records match the filter, over all pages. */
  readonly total: number;
  /**
   * Set when `total` is the database's estimate rather than a count: a server counts exactly only
   * up to a limit (10,000 on the reference server), since counting a million rows costs more than
   * the page. Absent means exact; the memory and IndexedDB adapters always count.
   */
  readonly totalIsEstimate?: true;
}

export interface RequestOptions {
  readonly signal?: AbortSignal;
}

export interface CreateOptions extends RequestOptions {
  /** Client-chosen id (e.g. for offline creation); the adapter generates one when absent. */
  readonly id?: string;
  /** Replaying a create with the same key returns the first result instead of a duplicate. */
  readonly idempotencyKey?: string;
}

export interface UpdateOptions extends RequestOptions {
  /** The version the caller last saw. A different current version is a `ConflictError`. */
  readonly expectedVersion: number;
}

export interface RemoveOptions extends RequestOptions {
  readonly expectedVersion?: number;
}

/**
 * `reset`: changes were missed that nobody can replay (collection `*`, no id); whatever a client
 * shows must be read again.
 */
export type ChangeType = 'created' | 'updated' | 'removed' | 'reset';

export interface ChangeEvent {
  readonly collection: string;
  readonly type: ChangeType;
  readonly id: string;
  /** The record after the change; absent for `removed`. */
  readonly record?: AdapterRecord;
}

export type Unsubscribe = () => void;

/**
 * The one interface between the SDK and where data lives. Adapters store JSON objects by
 * collection and never interpret entity fields; validation happens in the client before any call.
 *
 * Errors: `get`/`update`/`remove` of a missing id throw `NotFoundError`; a stale
 * `expectedVersion` throws `ConflictError` and changes nothing; transport failures throw
 * `NetworkError`; refused access throws `PermissionError`.
 */
export interface StorageAdapter {
  /** A short name for diagnostics, e.g. `'memory'`. */
  readonly name: string;
  get(collection: string, id: string, options?: RequestOptions): Promise<AdapterRecord>;
  list(collection: string, query?: ListQuery, options?: RequestOptions): Promise<Page<AdapterRecord>>;
  create(collection: string, data: Readonly<Record<string, unknown>>, options?: CreateOptions): Promise<AdapterRecord>;
  /** Merges `patch` shallowly into the record; a member set to `undefined` removes that field. */
  update(
    collection: string,
    id: string,
    patch: Readonly<Record<string, unknown>>,
    options: UpdateOptions,
  ): Promise<AdapterRecord>;
  remove(collection: string, id: string, options?: RemoveOptions): Promise<void>;
  /** Live changes in one collection (or all, with `'*'`). Optional: the client falls back to refetching. */
  watch?(collection: string, listener: (change: ChangeEvent) => void): Unsubscribe;
  /**
   * The relationship measures a storage keeps for a customer (RFM, value tier, loyalty, churn
   * risk, lifecycle): a server's worker, or a local store holding every customer's orders.
   * Optional: without it a widget works them out from the customer's own records, without RFM.
   */
  customerMeasures?(kind: CustomerKind, id: string, options?: RequestOptions): Promise<KeptCustomerMeasures>;
  /**
   * A survey's responses over a period, counted where they are stored: totals, a trend and
   * segments, a few kilobytes however many responses there are (`aggregateSurveyPeriod` is the
   * reference). Throws `NotFoundError` for an unknown survey and `ValidationError` naming the field
   * for a bad query. Optional: without it a summary reads the period's responses and counts them itself.
   */
  surveySummary?(surveyId: string, query: SurveyPeriodQuery, options?: RequestOptions): Promise<SurveyPeriodAggregate>;

  /**
   * Who else has a topic (`tickets/<id>`) open, and who is typing there: ephemeral, never stored,
   * limited to the caller's tenant. Optional: without it a widget shows no one.
   */
  presence?(join: PresenceJoin): PresenceSession;
}
