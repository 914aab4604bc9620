import { outboxLockName, platformLocks, type OutboxLocks } from './exclusive-runner.js';

/**
 * Resolves once the turn with the outbox over the shared store `sharedName` that is under way when
 * it is called ends, in this tab or another: that tab's flush, retry or discard has finished, or
 * that tab has closed. It runs nothing in its own turn. A page told that another tab is sending
 * learns from it when that is over. Apart from `createOutbox`, so a page's first load carries it
 * only if it is used there.
 */
export function outboxTurnEnds(sharedName: string, locks: OutboxLocks | undefined = platformLocks()): Promise<void> {
  return locks ? locks.request(outboxLockName(sharedName), () => Promise.resolve()) : Promise.resolve();
}
