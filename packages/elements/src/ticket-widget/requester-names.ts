import type { Contact, CrmClient } from '@rapport/core';
import type { ReactiveControllerHost } from 'lit';

/** Contacts asked for at once: one short list query per batch. */
const BATCH = 50;

/**
 * The names of ticket requesters (contacts), read only for the ids the queue shows and kept once
 * known: scrolling asks for the rows that come into view, never for the tenant's contacts.
 * Ids that turn out missing or unreadable are remembered as such, so they are not asked again.
 */
export class RequesterNames {
  readonly #host: ReactiveControllerHost;
  readonly #known = new Map<string, string | null>();
  readonly #asked = new Set<string>();
  readonly #shown = new Set<string>();
  #client: CrmClient | undefined;
  #version = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** The name of contact `id`, or `undefined` while unknown (or when there is none to read). */
  nameOf(id: string): string | undefined {
    return this.#known.get(id) ?? undefined;
  }

  /** Whether contact `id` has not been read yet (asked for, or about to be); a contact found missing is not pending. */
  pending(id: string): boolean {
    return !this.#known.has(id);
  }

  /** Changes whenever names arrive: what depends on them (a sort by requester) is worked out again. */
  get known(): number {
    return this.#version;
  }

  /**
   * Notes that a rendered row shows contact `id`: the ids noted while rows render (rows render
   * when Lit commits, not when their template is made) are asked for together, right after.
   */
  shown(client: CrmClient, id: string): void {
    if (this.#asked.has(id) && client === this.#client) return;
    this.#shown.add(id);
    if (this.#shown.size === 1) {
      queueMicrotask(() => {
        const ids = [...this.#shown];
        this.#shown.clear();
        this.want(client, ids);
      });
    }
  }

  /** Asks for the names of `ids` not yet known, in batches; the host renders again as they arrive. */
  want(client: CrmClient, ids: Iterable<string>): void {
    if (client !== this.#client) {
      this.#client = client;
      this.#known.clear();
      this.#asked.clear();
    }
    const missing = [...new Set(ids)].filter((id) => !this.#asked.has(id));
    for (let start = 0; start < missing.length; start += BATCH) {
      const batch = missing.slice(start, start + BATCH);
      batch.forEach((id) => this.#asked.add(id));
      void client.contacts.list({ where: { id: { in: batch } }, limit: BATCH }).then(
        (page) => this.#learn(client, batch, page.items),
        // Unreadable (a role without contacts) or offline: the queue shows what the ticket itself says.
        () => this.#learn(client, batch, []),
      );
    }
  }

  #learn(client: CrmClient, batch: readonly string[], contacts: readonly Contact[]): void {
    if (client !== this.#client) return;
    for (const id of batch) this.#known.set(id, null);
    for (const contact of contacts) this.#known.set(contact.id, contact.name);
    this.#version += 1;
    this.#host.requestUpdate();
  }
}
