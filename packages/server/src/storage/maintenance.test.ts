import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../database/database.js';
import { openDatabase } from '../database/open-database.js';
import { pruneExpired } from './maintenance.js';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

let db: Database;

beforeAll(async () => {
  db = await openDatabase();
});

afterAll(async () => {
  await db.close();
});

async function change(id: string, minutesAgo: number): Promise<number> {
  const [row] = await db.query<{ seq: number | string }>(
    `INSERT INTO changes (tenant_id, collection, record_id, type, record, at) VALUES ('t', 'contacts', $1, 'created', '{}', now() - $2 * interval '1 minute') RETURNING seq`,
    [id, minutesAgo],
  );
  return Number(row!.seq);
}

const kept = async () => (await db.query<{ record_id: string }>('SELECT record_id FROM changes ORDER BY seq')).map((row) => row.record_id);

describe('pruneExpired', () => {
  it('drops changes after ten minutes, but keeps those a running automation worker has not read yet', async () => {
    const read = await change('read-long-ago', 30);
    await change('unread-but-old', 20);
    await change('recent', 1);

    // No worker has ever read the feed: only the live stream's ten minutes count.
    await db.query(`UPDATE automation_cursor SET seq = $1, read_at = NULL WHERE name = 'changes'`, [read]);
    await pruneExpired(db);
    expect(await kept()).toEqual(['recent']);

    const unread = await change('unread-but-old-2', 20);
    await change('recent-2', 1);
    // A worker read up to before it an hour ago (then went down): its unread changes wait for it.
    await db.query(`UPDATE automation_cursor SET seq = $1 - 1, read_at = now() - interval '1 hour' WHERE name = 'changes'`, [unread]);
    await pruneExpired(db);
    expect(await kept()).toEqual(['recent', 'unread-but-old-2', 'recent-2']);

    // Once read, they go; and a worker gone for more than a week holds nothing back.
    await db.query(`UPDATE automation_cursor SET seq = $1, read_at = now() WHERE name = 'changes'`, [unread]);
    await pruneExpired(db);
    expect(await kept()).toEqual(['recent', 'recent-2']);
    const abandoned = await change('abandoned', 20);
    await db.query(`UPDATE automation_cursor SET seq = $1 - 1, read_at = now() - interval '8 days' WHERE name = 'changes'`, [abandoned]);
    await pruneExpired(db);
    expect(await kept()).toEqual(['recent', 'recent-2']);
  });
});
