import { randomBytes } from 'node:crypto';

/** `bytes` of cryptographic randomness as URL-safe text. */
export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}
