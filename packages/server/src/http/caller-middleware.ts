import type { Context, MiddlewareHandler } from 'hono';
import { UnauthenticatedError, type Authenticator } from '../auth/authenticator.js';
import { principalName, type Principal } from '../auth/principal.js';
import type { AppEnv } from './app-env.js';
import { problem, problemResponse } from './problem.js';
import type { RateLimiter } from './rate-limiter.js';

/**
 * Establishes who is calling (401 when nobody the server knows) and holds callers outside the
 * staff — public keys and customers, per client address — to the rate limit (429).
 */
export function callerMiddleware(authenticator: Authenticator, limiter: RateLimiter, failedAuthLimiter: RateLimiter, trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const authorization = c.req.header('Authorization');
    // Guessing keys: failures are counted per client address and per key prefix, and past the
    // limit even a right key waits, so neither one address nor many addresses can keep guessing.
    const guessers = [`address|${clientAddress(c, trustProxy)}`, `prefix|${keyPrefix(authorization)}`];
    const retryAfter = Math.max(...guessers.map((guesser) => failedAuthLimiter.retryAfter(guesser)));
    if (retryAfter > 0) return tooManyRequests(retryAfter, 'Too many failed sign-ins; please wait before trying again');
    let principal: Principal;
    try {
      principal = await authenticator.authenticate(authorization);
    } catch (error) {
      if (error instanceof UnauthenticatedError) guessers.forEach((guesser) => failedAuthLimiter.take(guesser));
      throw error;
    }
    c.set('principal', principal);
    if (principal.kind !== 'staff') {
      const retryAfter = limiter.take(`${principal.tenantId}|${principalName(principal)}|${clientAddress(c, trustProxy)}`);
      if (retryAfter > 0) return tooManyRequests(retryAfter, 'Too many requests; please wait a moment');
    }
    await next();
  };
}

function tooManyRequests(retryAfter: number, title: string): Response {
  return problemResponse(problem(429, 'network', title), { 'Retry-After': String(retryAfter) });
}

/** The start of the bearer token: enough to tell one key being guessed at from another, too little to use. */
function keyPrefix(authorization: string | undefined): string {
  const token = /^Bearer\s+(\S+)/i.exec(authorization ?? '')?.[1] ?? '';
  return token.slice(0, 8);
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
