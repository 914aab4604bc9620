import type { CrmClient, User } from '@rapport/core';
import type { QueryClient } from '@tanstack/query-core';

// The reading half of `MemberDirectory`, fetched the first time a widget shows a member it has
// not cached: the names wait for a read anyway, so its code comes with that read at no delay.
// It imports no values (the query keys come from `client.users.keys`): a value import of the SDK
// here would make the SDK a chunk shared with this one, split from the widget's first chunk, and
// every first load would pay the seam (about 1 KB gzip on the board).
/** Members read per request: one page of the adapter's `id in […]` filter. */
const BATCH_LIMIT = 100;

/**
 * The reads of members of one query client: every id asked for in the same task goes into one
 * `id in […]` read (however many widgets ask), each member found is kept as that member's detail
 * query, so every widget over the client shares it and a rename or live change reaches them all.
 */
export class MemberReads {
  readonly #client: CrmClient;
  readonly #queued = new Set<string>();
  /** Ids asked for whose read has not answered: never asked twice meanwhile. */
  readonly #inFlight = new Set<string>();
  /** Ids the store has no member for (or the caller may not read): their id stays the fallback. */
  readonly #absent = new Set<string>();
  readonly #waiters = new Set<() => void>();
  #flushScheduled = false;

  constructor(client: CrmClient) {
    this.#client = client;
  }

  cached(id: string): User | undefined {
    return this.#client.queryClient.getQueryData<User>(this.#client.users.keys.detail(id));
  }

  /** Whether the member of `id` is still to arrive (queued or being read). */
  pending(id: string): boolean {
    return this.#queued.has(id) || this.#inFlight.has(id);
  }

  /** Queues a read of the ids not cached, known absent or on their way; `done` runs when they have arrived. */
  request(ids: Iterable<string>, done: () => void): void {
    let added = false;
    for (const id of ids) {
      if (this.cached(id) || this.#absent.has(id) || this.pending(id)) continue;
      this.#queued.add(id);
      added = true;
    }
    if (!added) return;
    this.#waiters.add(done);
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    queueMicrotask(() => void this.#flush());
  }

  async #flush(): Promise<void> {
    this.#flushScheduled = false;
    const ids = [...this.#queued].sort();
    this.#queued.clear();
    for (const id of ids) this.#inFlight.add(id);
    const waiters = [...this.#waiters];
    this.#waiters.clear();
    const batches: string[][] = [];
    for (let start = 0; start < ids.length; start += BATCH_LIMIT) batches.push(ids.slice(start, start + BATCH_LIMIT));
    await Promise.all(batches.map((batch) => this.#read(batch)));
    for (const id of ids) this.#inFlight.delete(id);
    for (const waiter of waiters) waiter();
  }

  async #read(ids: readonly string[]): Promise<void> {
    const { queryClient, users } = this.#client;
    try {
      const page = await this.#client.users.list({ where: { id: { in: [...ids] } }, limit: ids.length });
      for (const user of page.items) queryClient.setQueryData(users.keys.detail(user.id), user);
      const found = new Set(page.items.map((user) => user.id));
      for (const id of ids) if (!found.has(id)) this.#absent.add(id);
    } catch {
      // Not allowed (a public key), offline or broken: the widget keeps its fallback and is not blocked by names.
      for (const id of ids) this.#absent.add(id);
    }
  }
}

const readsByQueryClient = new WeakMap<QueryClient, MemberReads>();

export function memberReadsOf(client: CrmClient): MemberReads {
  let reads = readsByQueryClient.get(client.queryClient);
  if (!reads) readsByQueryClient.set(client.queryClient, (reads = new MemberReads(client)));
  return reads;
}

/**
 * Calls `changed` when a member among `shown()` changes in the cache (renamed, deactivated, a live
 * change from another user); returns the unsubscribe.
 */
export function watchMembers(client: CrmClient, shown: () => ReadonlySet<string>, changed: () => void): () => void {
  const [root] = client.users.keys.all;
  return client.queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    const [keyRoot, collection, kind, id] = event.query.queryKey as readonly unknown[];
    if (keyRoot === root && collection === 'users' && kind === 'detail' && typeof id === 'string' && shown().has(id)) changed();
  });
}
