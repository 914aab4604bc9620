import type pg from 'pg';
import type { Database, SqlExecutor } from './database.js';

const RECONNECT_DELAY_MS = 1000;

/** A real PostgreSQL server through a `pg` connection pool, e.g. `postgres://user:pass@host/db`. */
export async function openPostgresDatabase(connectionString: string, poolSize = 10): Promise<Database> {
  // Loaded only when a PostgreSQL server is used: the embedded default never needs the driver.
  const { default: driver } = await import('pg');
  const pool = new driver.Pool({ connectionString, max: poolSize });
  // An idle pooled connection that dies (server restart) emits here; the pool replaces it.
  pool.on('error', () => {});
  // Fail at start-up, not on the first request, when the server cannot be reached.
  await pool.query('SELECT 1');
  const listeners = new Set<{ stop: () => Promise<void> }>();

  return {
    kind: 'postgres',
    ...executorOf(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(executorOf(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, onNotify, onReconnect) {
      const listener = await listenOn(driver, connectionString, channel, onNotify, onReconnect);
      listeners.add(listener);
      return async () => {
        listeners.delete(listener);
        await listener.stop();
      };
    },
    async close() {
      await Promise.all([...listeners].map((listener) => listener.stop()));
      await pool.end();
    },
  };
}

function executorOf(client: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    async query<Row extends object>(text: string, params: readonly unknown[] = []) {
      return (await client.query<Row>(text, [...params])).rows;
    },
    async exec(script) {
      await client.query(script);
    },
  };
}

/** `LISTEN` needs a connection of its own, kept open and re-opened when it drops. */
async function listenOn(
  driver: typeof pg,
  connectionString: string,
  channel: string,
  onNotify: (payload: string) => void,
  onReconnect?: () => void,
): Promise<{ stop: () => Promise<void> }> {
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;

  async function connect(): Promise<pg.Client> {
    const next = new driver.Client({ connectionString });
    next.on('notification', (message) => {
      if (message.channel === channel) onNotify(message.payload ?? '');
    });
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${quoteIdentifier(channel)}`);
    } catch (error) {
      next.end().catch(() => {});
      throw error;
    }
    return next;
  }

  function lost(failed: pg.Client): void {
    if (stopped || client !== failed) return;
    client = undefined;
    failed.end().catch(() => {});
    reconnectLater();
  }

  function reconnectLater(): void {
    retry = setTimeout(async () => {
      retry = undefined;
      try {
        const next = await connect();
        if (stopped) return void next.end().catch(() => {});
        client = next;
        onReconnect?.();
      } catch {
        if (!stopped) reconnectLater();
      }
    }, RECONNECT_DELAY_MS);
  }

  client = await connect();
  return {
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
