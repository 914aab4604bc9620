import type { SqlExecutor } from '../database/database.js';
import { randomToken } from '../random-token.js';

export interface Tenant {
  readonly id: string;
  readonly name: string;
  /** Shared with the tenant's backend, which signs customer tokens with it. Keep it secret. */
  readonly customerTokenSecret: string;
}

export interface CreateTenantInput {
  readonly id: string;
  readonly name: string;
  /** Default: 32 random bytes. */
  readonly customerTokenSecret?: string;
}

/** Adds a tenant, or returns it unchanged when one with this id exists. */
export async function ensureTenant(db: SqlExecutor, { id, name, customerTokenSecret = randomToken(32) }: CreateTenantInput): Promise<Tenant> {
  await db.query('INSERT INTO tenants (id, name, customer_token_secret) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [id, name, customerTokenSecret]);
  const tenant = await findTenant(db, id);
  if (!tenant) throw new Error(`Tenant ${id} vanished while it was being created`);
  return tenant;
}

export async function findTenant(db: SqlExecutor, id: string): Promise<Tenant | undefined> {
  const [row] = await db.query<{ id: string; name: string; customer_token_secret: string }>(
    'SELECT id, name, customer_token_secret FROM tenants WHERE id = $1',
    [id],
  );
  return row && { id: row.id, name: row.name, customerTokenSecret: row.customer_token_secret };
}
