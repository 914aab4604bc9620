import type { CrmClient, User } from '@rapport/core';
import type { QueryClient } from '@tanstack/query-core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchOnce } from './fetch-once.js';

/** What a widget shows of a team member beside a record. */
export interface MemberView {
  readonly id: string;
  readonly name: string;
  /** As the member gave it: render it through `renderMemberAvatar`, which shows only safe pictures. */
  readonly avatarUrl?: string;
  readonly active: boolean;
}

/** The reading half, a chunk of its own: see `member-reads.ts`. */
const memberReads = fetchOnce(() => import('./member-reads.js'));
/** The chunk could not be fetched (offline): ids stay as they are rather than a placeholder forever. */
let readsUnavailable = false;

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
    const user = client?.queryClient.getQueryData<User>(client.users.keys.detail(id));
    if (!user) return override === undefined ? undefined : { id, name: override, active: true };
    return { id, name: override ?? user.name, active: user.active, ...(user.avatarUrl ? { avatarUrl: user.avatarUrl } : {}) };
  }

  /** The name to show for `id`: the override, else the member's name, else the id itself (an unknown person). */
  nameOf(id: string): string {
    return this.member(id)?.name ?? id;
  }

  /** Whether the member of `id` is still being read, so a widget can hold a placeholder instead of the id. */
  loading(id: string): boolean {
    const client = this.#options.client();
    if (!client || this.member(id) !== undefined) return false;
    const reads = memberReads.value;
    return reads ? reads.memberReadsOf(client).pending(id) : !readsUnavailable;
  }

  hostUpdate(): void {
    this.#asked.clear();
  }

  hostUpdated(): void {
    const client = this.#options.client();
    this.#shown = new Set(this.#asked);
    if (!client) return;
    const overrides = this.#options.overrides?.() ?? {};
    // An id the host names itself is not read: the host already knows what to show.
    const wanted = [...this.#asked].filter((id) => !Object.hasOwn(overrides, id));
    if (wanted.length === 0) return;
    const read = () => void memberReads().then(({ memberReadsOf, watchMembers }) => {
      if (this.#subscribedTo !== client.queryClient) {
        this.#unsubscribe?.();
        this.#subscribedTo = client.queryClient;
        this.#unsubscribe = watchMembers(client, () => this.#shown, () => this.#host.requestUpdate());
      }
      memberReadsOf(client).request(wanted, () => this.#host.requestUpdate());
    }, () => {
      readsUnavailable = true;
      this.#host.requestUpdate();
    });
    // The first names are fetched from the frame after the one that shows the widget's content:
    // their chunk and read then neither hold up nor share the network with what the page came for.
    if (memberReads.value) read();
    else requestAnimationFrame(read);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribedTo = undefined;
  }
}
