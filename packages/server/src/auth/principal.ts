import type { StaffRole } from './roles.js';

/** Who is calling, as established from the request's bearer token. Every request has a tenant. */
export type Principal =
  | { readonly kind: 'staff'; readonly tenantId: string; readonly keyId: string; readonly role: StaffRole }
  /** A public key embedded in a page: anyone holding the page. */
  | { readonly kind: 'public'; readonly tenantId: string; readonly keyId: string }
  /** A signed-in customer of the tenant, vouched for by the tenant's backend. */
  | { readonly kind: 'customer'; readonly tenantId: string; readonly contactId: string };

/** A stable name for the caller within its tenant (idempotency keys, rate limits). */
export function principalName(principal: Principal): string {
  return principal.kind === 'customer' ? `customer:${principal.contactId}` : `key:${principal.keyId}`;
}
