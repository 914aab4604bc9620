import { isCrmError } from '@rapport/core';
import { openDatabase, type StoreName } from './database.js';
import { transactionDone } from './idb-request.js';
import { toStorageError } from './storage-error.js';

export interface Connection {
  /**
   * Runs `body` in one transaction and resolves once it has committed. When `body` throws, the
   * transaction is aborted, so nothing it wrote is kept.
   */
  transact<T>(stores: readonly StoreName[], mode: IDBTransactionMode, body: (transaction: IDBTransaction) => Promise<T>): Promise<T>;
  /** Closes the database; a later `transact` opens it again. */
  close(): void;
}

/** A lazily opened database connection that steps aside when another tab upgrades the schema. */
export function createConnection(factory: IDBFactory | undefined, name: string): Connection {
  let opening: Promise<IDBDatabase> | undefined;

  function database(): Promise<IDBDatabase> {
    if (!factory) return Promise.reject(toStorageError(new DOMException('IndexedDB is not available', 'NotSupportedError')));
    if (!opening) {
      const attempt = openDatabase(factory, name).then((db) => {
        // Closing lets another tab's newer version open; this page reopens on its next call.
        db.onversionchange = () => {
          db.close();
          if (opening === attempt) opening = undefined;
        };
        db.onclose = () => {
          if (opening === attempt) opening = undefined;
        };
        return db;
      });
      // A failed open is not cached: the next call tries again.
      attempt.catch(() => {
        if (opening === attempt) opening = undefined;
      });
      opening = attempt;
    }
    return opening;
  }

  return {
    async transact(stores, mode, body) {
      let transaction: IDBTransaction;
      try {
        transaction = (await database()).transaction([...stores], mode);
      } catch (error) {
        throw isCrmError(error) ? error : toStorageError(error);
      }
      const done = transactionDone(transaction);
      try {
        const result = await body(transaction);
        await done;
        return result;
      } catch (error) {
        done.catch(() => undefined);
        try {
          transaction.abort();
        } catch {
          // Already committed or aborted: nothing left to undo.
        }
        throw isCrmError(error) ? error : toStorageError(error);
      }
    },

    close() {
      const closing = opening;
      opening = undefined;
      closing?.then((db) => db.close(), () => undefined);
    },
  };
}
