import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter', () => {
  it('lets each caller send its quota per window, then says how many seconds to wait', () => {
    let now = 0;
    const limiter = new RateLimiter({ requests: 2, windowMs: 10_000 }, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('b')]).toEqual([0, 0, 0]);
    now = 2500;
    expect(limiter.take('a')).toBe(8);
    now = 10_000;
    expect(limiter.take('a')).toBe(0);
  });
});
