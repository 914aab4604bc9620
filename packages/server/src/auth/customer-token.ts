import { createHmac, timingSafeEqual } from 'node:crypto';

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
  if (typeof tenantId !== 'string' || !tenantId || typeof contactId !== 'string' || !contactId || typeof exp !== 'number') return undefined;
  return { tenantId, contactId, exp };
}

/** Whether the token carries a valid signature by `secret` and has not expired at `now`. */
export function verifyCustomerToken(token: string, secret: string, now: Date): boolean {
  const [payload, given] = token.split('.');
  const claims = readCustomerToken(token);
  if (!claims || payload === undefined || given === undefined) return false;
  const expected = Buffer.from(signature(payload, secret));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) && claims.exp * 1000 > now.getTime();
}

function signature(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}
