/** The delay in milliseconds before retry number `attempt` (1 after the first failure). */
export type Backoff = (attempt: number) => number;

export interface ExponentialBackoffOptions {
  /** The ceiling of the first delay. Default 1 s. */
  readonly baseMs?: number;
  /** No delay exceeds this. Default 5 min. */
  readonly maxMs?: number;
  /** Source of jitter in [0, 1). Default `Math.random`; tests pass a fixed or seeded one. */
  readonly random?: () => number;
}

/**
 * Doubling delays with "equal jitter": a random point in the upper half of each ceiling, so the
 * wait still grows but many clients that lost the connection together do not return in lockstep.
 */
export function exponentialBackoff({ baseMs = 1_000, maxMs = 300_000, random = Math.random }: ExponentialBackoffOptions = {}): Backoff {
  return (attempt) => {
    const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
    return ceiling / 2 + (random() * ceiling) / 2;
  };
}
