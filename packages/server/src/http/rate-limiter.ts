export interface RateLimit {
  /** Requests allowed per caller in each window. */
  readonly requests: number;
  readonly windowMs: number;
}

/**
 * A fixed-window request counter per caller, kept in this process: each instance behind a load
 * balancer limits on its own, which bounds a flood at instances × `requests` per window.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; returns 0 when it may go ahead, else the seconds until it may retry. */
  take(caller: string): number {
    const now = this.now();
    let window = this.windows.get(caller);
    if (!window || now - window.startedAt >= this.limit.windowMs) {
      if (!window) this.forgetExpired(now);
      window = { startedAt: now, count: 0 };
      this.windows.set(caller, window);
    }
    window.count += 1;
    if (window.count <= this.limit.requests) return 0;
    return Math.max(1, Math.ceil((window.startedAt + this.limit.windowMs - now) / 1000));
  }

  /** The seconds until `caller` may go ahead again without counting a request; 0 when it may now. */
  retryAfter(caller: string): number {
    const now = this.now();
    const window = this.windows.get(caller);
    if (!window || now - window.startedAt >= this.limit.windowMs || window.count < this.limit.requests) return 0;
    return Math.max(1, Math.ceil((window.startedAt + this.limit.windowMs - now) / 1000));
  }

  private forgetExpired(now: number): void {
    if (this.windows.size < 10_000) return;
    for (const [caller, window] of this.windows) {
      if (now - window.startedAt >= this.limit.windowMs) this.windows.delete(caller);
    }
  }
}
