/**
 * A fresh key for one fill of the form: the id of the response it produces and its idempotency
 * key, so a response re-sent after a lost reply is stored once. `randomUUID` exists only on secure
 * pages; shops still served over plain HTTP get 128 random bits from `getRandomValues` instead.
 */
export function newFillKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
