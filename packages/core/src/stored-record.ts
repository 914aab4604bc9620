/**
 * Fields every stored record carries, whatever the adapter. It sits below the errors (a conflict
 * carries the current record) and the adapter contract, which both speak of it.
 */
export interface StoredRecord {
  readonly id: string;
  readonly tenantId: string;
  /** Starts at 1 and grows by one on every update: the basis of optimistic concurrency. */
  readonly version: number;
  /** ISO 8601 timestamps set by the adapter. */
  readonly createdAt: string;
  readonly updatedAt: string;
}
