import { createHmac, timingSafeEqual } from 'node:crypto';
import { isStorableText } from '../storage/storable-json.js';

/** Who a customer token speaks for, and until when (seconds since 1970, as in JWT `exp`). */
export interface CustomerTokenClaims {
  readonly tenantId: string;
  readonly contactId: string;
  readonly exp: number;
}

/**
 * A token for one contact of one tenant, for the tenant's backend to hand to its signed-in
 * customer: `base64url(claims JSON) + "." + base64url(HMAC-SHA256(secret, first part))`.
 */
export function signCustomerToken(claims: CustomerTokenClaims, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ tenantId: claims.tenantId, contactId: claims.contactId, exp: claims.exp })).toString('base64url');
  return `${payload}.${signature(payload, secret)}`;
}

/** The claims of a token, unchecked: which tenant's secret verifies it. `undefined` when malformed. */
export function readCustomerToken(token: string): CustomerTokenClaims | undefined {
  const [payload, , extra] = token.split('.');
  if (payload === undefined || extra !== undefined) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof claims !== 'object' || claims === null) return undefined;
  const { tenantId, contactId, exp } = claims as Record<string, unknown>;
  if (!isTokenId(tenantId) || !isTokenId(contactId) || typeof exp !== 'number' || !Number.isFinite(exp)) return undefined;
  return { tenantId, contactId, exp };
}

/** An id as records carry them, and one the database can look up: anything else is a malformed token. */
function isTokenId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200 && isStorableText(value);
}

/** The longest a customer token may be valid, by default: a day. */
export const DEFAULT_CUSTOMER_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * Whether the token carries a valid signature by `secret`, has not expired at `now`, and expires
 * within `maxLifetimeMs` of it: a token that never expires would be a password nobody can change.
 */
export function verifyCustomerToken(token: string, secret: string, now: Date, maxLifetimeMs = DEFAULT_CUSTOMER_TOKEN_LIFETIME_MS): boolean {
  const [payload, given] = token.split('.');
  const claims = readCustomerToken(token);
  if (!claims || payload === undefined || given === undefined) return false;
  const expected = Buffer.from(signature(payload, secret));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) && claims.exp * 1000 > now.getTime() && claims.exp * 1000 <= now.getTime() + maxLifetimeMs;
}

function signature(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}
