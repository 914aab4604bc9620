import { createQueryKeys, type CrmClient, type User } from '@rapport/core';
import type { QueryClient } from '@tanstack/query-core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a widget shows of a team member beside a record. */
export interface MemberView {
  readonly id: string;
  readonly name: string;
  /** Only an `https:` or an image `data:` URL: anything else is dropped and initials are shown. */
  readonly avatarUrl?: string;
  readonly active: boolean;
}

const userKeys = createQueryKeys('users');
/** Members read per request: one page of the adapter's `id in […]` filter. */
const BATCH_LIMIT = 100;

/**
 * The reads of members of one query client: every id asked for in the same task goes into one
 * `id in […]` read (however many widgets ask), each member found is kept as that member's detail
 * query, so every widget over the client shares it and a rename or live change reaches them all.
 */
class MemberReads {
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
    return this.#client.queryClient.getQueryData<User>(userKeys.detail(id));
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
    const { queryClient } = this.#client;
    try {
      const page = await this.#client.users.list({ where: { id: { in: [...ids] } }, limit: ids.length });
      for (const user of page.items) queryClient.setQueryData(userKeys.detail(user.id), user);
      const found = new Set(page.items.map((user) => user.id));
      for (const id of ids) if (!found.has(id)) this.#absent.add(id);
    } catch {
      // Not allowed (a public key), offline or broken: the widget keeps its fallback and is not blocked by names.
      for (const id of ids) this.#absent.add(id);
    }
  }
}

const readsByQueryClient = new WeakMap<QueryClient, MemberReads>();

function memberReadsOf(client: CrmClient): MemberReads {
  let reads = readsByQueryClient.get(client.queryClient);
  if (!reads) readsByQueryClient.set(client.queryClient, (reads = new MemberReads(client)));
  return reads;
}

/** A picture URL fit for `<img src>` on any page: `https:` (no mixed content) or an inline image. */
export function safeAvatarUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  if (/^data:image\/(png|jpeg|gif|webp)[;,]/i.test(url)) return url;
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

export interface MemberDirectoryOptions {
  /** The client members are read through; `undefined` reads nothing (names fall back to the overrides, then ids). */
  readonly client: () => CrmClient | undefined;
  /** The host's `owner-names`: a name here wins over the member's. */
  readonly overrides?: () => Readonly<Record<string, string>>;
}

/**
 * Resolves the member ids a widget shows (owners, assignees, authors) to names and avatars. Call
 * `nameOf`/`member` while rendering: the ids of one render are read after it in one request
 * (`id in […]`, never the whole team), and the host renders again when they arrive or change.
 * A host override (`owner-names`) wins; an id with no member and no override is shown as it is.
 */
export class MemberDirectory implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: MemberDirectoryOptions;
  /** The ids asked for during the current render. */
  readonly #asked = new Set<string>();
  /** The ids the host showed last, whose cache changes re-render it. */
  #shown = new Set<string>();
  #unsubscribe: (() => void) | undefined;
  #subscribedTo: QueryClient | undefined;

  constructor(host: ReactiveControllerHost, options: MemberDirectoryOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The member of `id` as read so far, with the host's override applied to the name; `undefined` while unknown. */
  member(id: string): MemberView | undefined {
    this.#asked.add(id);
    const override = this.#options.overrides?.()[id];
    const client = this.#options.client();
    const user = client ? memberReadsOf(client).cached(id) : undefined;
    if (!user) return override === undefined ? undefined : { id, name: override, active: true };
    const avatarUrl = safeAvatarUrl(user.avatarUrl);
    return { id, name: override ?? user.name, active: user.active, ...(avatarUrl ? { avatarUrl } : {}) };
  }

  /** The name to show for `id`: the override, else the member's name, else the id itself (an unknown person). */
  nameOf(id: string): string {
    return this.member(id)?.name ?? id;
  }

  /** Whether the member of `id` is still being read, so a widget can hold a placeholder instead of the id. */
  loading(id: string): boolean {
    const client = this.#options.client();
    return !!client && this.member(id) === undefined && memberReadsOf(client).pending(id);
  }

  /** Asks for `ids` ahead of rendering them (a filter's options), in the same batch as the render's. */
  prefetch(ids: Iterable<string>): void {
    for (const id of ids) this.#asked.add(id);
  }

  hostUpdate(): void {
    this.#asked.clear();
  }

  hostUpdated(): void {
    const client = this.#options.client();
    this.#shown = new Set(this.#asked);
    if (!client) return;
    this.#watch(client.queryClient);
    const overrides = this.#options.overrides?.() ?? {};
    // An id the host names itself is not read: the host already knows what to show.
    const wanted = [...this.#asked].filter((id) => !Object.hasOwn(overrides, id));
    memberReadsOf(client).request(wanted, () => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribedTo = undefined;
  }

  /** Re-renders when a shown member's cached record changes (renamed, deactivated, a live change). */
  #watch(queryClient: QueryClient): void {
    if (this.#subscribedTo === queryClient) return;
    this.#unsubscribe?.();
    this.#subscribedTo = queryClient;
    this.#unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return;
      const [root, collection, kind, id] = event.query.queryKey as readonly unknown[];
      if (root === userKeys.all[0] && collection === 'users' && kind === 'detail' && typeof id === 'string' && this.#shown.has(id)) this.#host.requestUpdate();
    });
  }
}
