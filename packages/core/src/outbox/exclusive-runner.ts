/** The part of the Web Locks API (`navigator.locks`) the outbox uses. */
export interface OutboxLocks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** Runs tasks one at a time, in the order they were given. */
export type ExclusiveRunner = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Serialises tasks in this page with a promise chain and, given a lock name, across tabs with a
 * Web Lock (held while the task runs), so two tabs sharing one store take turns.
 */
export function createExclusiveRunner(locks: OutboxLocks | undefined, lockName: string | undefined): ExclusiveRunner {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = () => (locks && lockName !== undefined ? locks.request(lockName, task) : task());
    const result = tail.then(run);
    tail = result.catch(() => undefined);
    return result;
  };
}

/** The Web Lock under which tabs sharing the outbox store `sharedName` take turns. */
export const outboxLockName = (sharedName: string) => `rapport:outbox:${sharedName}`;

/** The platform's Web Locks, where it has them (browsers; not Node 20). */
export function platformLocks(): OutboxLocks | undefined {
  return (globalThis as { navigator?: { locks?: OutboxLocks } }).navigator?.locks;
}
