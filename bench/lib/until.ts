/** How long a benchmark waits for anything before it gives up: a stuck wait must fail, and say why. */
export const WAIT_LIMIT_MS = 10_000;

/**
 * Resolves once `condition()` holds, checked on every task; rejects after `limitMs` with an error
 * naming `what` it waited for, so a benchmark never hangs.
 */
export async function until(what: string, condition: () => boolean, limitMs = WAIT_LIMIT_MS): Promise<void> {
  const deadline = performance.now() + limitMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`gave up after ${limitMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve));
  }
}
