/** Runs SQL with `$1`-style parameters and returns the rows as plain objects. */
export interface SqlExecutor {
  query<Row extends object>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

/**
 * The PostgreSQL the server runs on: embedded PGlite or a real server through `pg`. Both take
 * the same SQL; only connection handling and notifications differ.
 */
export interface Database extends SqlExecutor {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * Calls `onNotify` for every `NOTIFY` on `channel`. `onReconnect` runs after the listening
   * connection was lost and restored, since notifications sent meanwhile are gone.
   */
  listen(channel: string, onNotify: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
