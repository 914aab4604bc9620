import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header that carries a delivery's signature: `t=<unix seconds>,v1=<hex>[,v1=<hex>]`. */
export const SIGNATURE_HEADER = 'Rapport-Signature';

function hmac(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/**
 * Signs `body` as sent at `timestamp` (Unix seconds): one `v1` per secret, so during a secret's
 * rotation a receiver holding either the old or the new one can verify.
 */
export function signWebhook(body: string, secrets: readonly string[], timestamp: number): string {
  return [`t=${timestamp}`, ...secrets.map((secret) => `v1=${hmac(secret, timestamp, body)}`)].join(',');
}

/**
 * Whether `header` is a valid signature of `body` with `secret`, made within `toleranceSeconds`
 * of `now` (replays of an old delivery fail). What a receiver does; the docs show it standalone.
 */
export function verifyWebhookSignature(body: string, header: string, secret: string, { now = Date.now(), toleranceSeconds = 300 } = {}): boolean {
  const parts = header.split(',').map((part) => part.split('=', 2) as [string, string | undefined]);
  const timestamp = Number(parts.find(([key]) => key === 't')?.[1]);
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(hmac(secret, timestamp, body), 'hex');
  return parts.some(([key, value]) => {
    const given = key === 'v1' && value !== undefined ? Buffer.from(value, 'hex') : undefined;
    return given !== undefined && given.length === expected.length && timingSafeEqual(given, expected);
  });
}
