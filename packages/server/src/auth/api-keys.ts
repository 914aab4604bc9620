import { createHash } from 'node:crypto';
import type { SqlExecutor } from '../database/database.js';
import { randomToken } from '../random-token.js';
import type { ApiKeyRole } from './roles.js';

export interface ApiKey {
  readonly id: string;
  readonly tenantId: string;
  readonly role: ApiKeyRole;
  readonly label: string;
}

export interface CreateApiKeyInput {
  readonly tenantId: string;
  readonly role: ApiKeyRole;
  readonly label?: string;
  /** The key text to accept; by default a random one. Public keys start `pk_`, the others `sk_`. */
  readonly key?: string;
}

/** Issues a key. Only its hash is stored: the returned `key` is the one chance to read it. */
export async function createApiKey(db: SqlExecutor, { tenantId, role, label = '', key }: CreateApiKeyInput): Promise<{ key: string; apiKey: ApiKey }> {
  const token = key ?? `${role === 'public' ? 'pk' : 'sk'}_${randomToken()}`;
  const id = randomToken(9);
  await db.query('INSERT INTO api_keys (id, tenant_id, role, key_hash, label) VALUES ($1, $2, $3, $4, $5)', [id, tenantId, role, hashKey(token), label]);
  return { key: token, apiKey: { id, tenantId, role, label } };
}

/** The live (not revoked) key with this text. */
export async function findApiKey(db: SqlExecutor, key: string): Promise<ApiKey | undefined> {
  const [row] = await db.query<ApiKey>(
    'SELECT id, tenant_id AS "tenantId", role, label FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL',
    [hashKey(key)],
  );
  return row;
}

/** Revokes every live key of a tenant that carries `label`; returns how many. */
export async function revokeApiKeys(db: SqlExecutor, tenantId: string, label: string): Promise<number> {
  const rows = await db.query('UPDATE api_keys SET revoked_at = now() WHERE tenant_id = $1 AND label = $2 AND revoked_at IS NULL RETURNING id', [tenantId, label]);
  return rows.length;
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
