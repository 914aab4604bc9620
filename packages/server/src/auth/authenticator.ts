import { PermissionError } from '@rapport/core';
import type { SqlExecutor } from '../database/database.js';
import { findTenant } from '../tenancy/tenants.js';
import { findApiKey } from './api-keys.js';
import { DEFAULT_CUSTOMER_TOKEN_LIFETIME_MS, readCustomerToken, verifyCustomerToken } from './customer-token.js';
import type { Principal } from './principal.js';
import { TtlCache } from './ttl-cache.js';
import { isStorableText } from '../storage/storable-json.js';

/** No credentials, or ones the server does not accept: HTTP 401, unlike a refused action (403). */
export class UnauthenticatedError extends PermissionError {
  constructor() {
    super('Sign in again: your access key is missing, unknown or expired');
    this.name = 'UnauthenticatedError';
  }
}

/**
 * Turns a bearer token into a principal: an API key (`pk_…`, `sk_…`) looked up by its hash, or a
 * customer token verified with its tenant's secret. Lookups are cached briefly, so a revoked key
 * stops working within `cacheMs` on every instance.
 */
export class Authenticator {
  private readonly keys: TtlCache<Principal | null>;
  private readonly secrets: TtlCache<string | null>;

  constructor(
    private readonly db: SqlExecutor,
    private readonly now: () => Date,
    cacheMs = 30_000,
    private readonly maxCustomerTokenLifetimeMs = DEFAULT_CUSTOMER_TOKEN_LIFETIME_MS,
  ) {
    this.keys = new TtlCache(cacheMs);
    this.secrets = new TtlCache(cacheMs);
  }

  async authenticate(authorization: string | undefined): Promise<Principal> {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (!token || token.length > 4096 || !isStorableText(token)) throw new UnauthenticatedError();
    const principal = token.includes('.') ? await this.customer(token) : await this.apiKey(token);
    if (!principal) throw new UnauthenticatedError();
    return principal;
  }

  private async apiKey(token: string): Promise<Principal | undefined> {
    let principal = this.keys.get(token);
    if (principal === undefined) {
      const key = await findApiKey(this.db, token);
      principal = !key
        ? null
        : key.role === 'public'
          ? { kind: 'public', tenantId: key.tenantId, keyId: key.id }
          : { kind: 'staff', tenantId: key.tenantId, keyId: key.id, role: key.role };
      this.keys.set(token, principal);
    }
    return principal ?? undefined;
  }

  private async customer(token: string): Promise<Principal | undefined> {
    const claims = readCustomerToken(token);
    if (!claims) return undefined;
    let secret = this.secrets.get(claims.tenantId);
    if (secret === undefined) {
      secret = (await findTenant(this.db, claims.tenantId))?.customerTokenSecret ?? null;
      this.secrets.set(claims.tenantId, secret);
    }
    if (secret === null || !verifyCustomerToken(token, secret, this.now(), this.maxCustomerTokenLifetimeMs)) return undefined;
    return { kind: 'customer', tenantId: claims.tenantId, contactId: claims.contactId };
  }
}
