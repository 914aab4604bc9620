import type { CrmClient } from '@rapport/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Names of the accounts the visible cards mention, read in one batch after each render that
 * met new ones: a board of 50,000 deals asks only for the few dozen accounts on screen.
 */
export class AccountNames implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #client: () => CrmClient | undefined;
  #names = new Map<string, string | null>();
  #wanted = new Set<string>();
  #namesOf: CrmClient | undefined;

  constructor(host: ReactiveControllerHost, client: () => CrmClient | undefined) {
    this.#host = host;
    this.#client = client;
    host.addController(this);
  }

  /** The account's name, or `undefined` until it has been read (or when it cannot be). */
  nameOf(accountId: string): string | undefined {
    const name = this.#names.get(accountId);
    if (name === undefined) this.#wanted.add(accountId);
    return name ?? undefined;
  }

  hostUpdated(): void {
    const client = this.#client();
    if (client !== this.#namesOf) {
      this.#namesOf = client;
      this.#names = new Map();
    }
    if (!client || this.#wanted.size === 0) return;
    const ids = [...this.#wanted].slice(0, 1000);
    this.#wanted = new Set();
    // Marked as asked for at once, so a render while the read is on its way asks for nothing more.
    for (const id of ids) this.#names.set(id, null);
    const names = this.#names;
    client.accounts.list({ where: { id: { in: ids } }, limit: ids.length }).then(
      (page) => {
        if (names !== this.#names) return;
        for (const account of page.items) names.set(account.id, account.name);
        this.#host.requestUpdate();
      },
      // Without names the cards still show everything else; the next client tries again.
      () => undefined,
    );
  }
}
