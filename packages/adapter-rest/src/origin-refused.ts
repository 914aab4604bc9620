import { NetworkError } from '@rapport/core';
import type { HttpClientOptions } from './http-client.js';

/**
 * A browser hides why a cross-origin request failed. A second request that needs no CORS
 * permission (`no-cors`: its answer stays opaque) tells the two apart: it gets through when the
 * server is reachable. Only when the same request with CORS then fails again is the origin refused,
 * and the error says so; if it gets through, the server was merely away for a moment (restarting,
 * say): `undefined`, and the first failure is retried like any other. Asked only for a request to
 * another origin that failed in transit.
 */
export async function originRefusal(options: HttpClientOptions, signal: AbortSignal | undefined, cause: unknown): Promise<NetworkError | undefined> {
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin ?? '';
  const probe = (mode: RequestMode) => options.fetch(`${options.baseUrl}/v1/openapi.json`, { mode, ...(signal ? { signal } : {}) }).then(
    () => true,
    () => false,
  );
  if (!(await probe('no-cors')) || (await probe('cors'))) return undefined;
  const message = `Origin not allowed: the service at ${options.baseUrl} does not accept requests from ${origin}; its operator must add it to the allowed origins (RAPPORT_CORS_ORIGINS or --cors)`;
  console.error(message);
  return new NetworkError(message, false, { cause, reason: 'origin-not-allowed' });
}
