import type { Context, MiddlewareHandler } from 'hono';
import type { Authenticator } from '../auth/authenticator.js';
import { principalName } from '../auth/principal.js';
import type { AppEnv } from './app-env.js';
import { problem, problemResponse } from './problem.js';
import type { RateLimiter } from './rate-limiter.js';

/**
 * Establishes who is calling (401 when nobody the server knows) and holds callers outside the
 * staff — public keys and customers, per client address — to the rate limit (429).
 */
export function callerMiddleware(authenticator: Authenticator, limiter: RateLimiter, trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = await authenticator.authenticate(c.req.header('Authorization'));
    c.set('principal', principal);
    if (principal.kind !== 'staff') {
      const retryAfter = limiter.take(`${principal.tenantId}|${principalName(principal)}|${clientAddress(c, trustProxy)}`);
      if (retryAfter > 0) return problemResponse(problem(429, 'network', 'Too many requests; please wait a moment'), { 'Retry-After': String(retryAfter) });
    }
    await next();
  };
}

/** The caller's network address, when the server knows it (Node's HTTP server, or a trusted proxy). */
function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? '';
}
