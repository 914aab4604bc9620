import { createIndexedDbOutboxStore } from '@rapport/adapter-indexeddb';
import {
  createMemoryOutboxStore,
  createOutbox,
  type CrmClient,
  type EnqueueOptions,
  type Outbox,
  type OutboxChange,
  type OutboxEntry,
  type OutboxStore,
  type OutboxWrite,
} from '@rapport/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where queued responses wait: the client they go to, and the name of the IndexedDB database. */
export interface OutboxTarget {
  readonly client: CrmClient;
  readonly name: string;
}

interface SharedOutbox {
  readonly outbox: Outbox;
  users: number;
  close(): void;
}

interface Held extends OutboxTarget {
  readonly shared: SharedOutbox;
  readonly unsubscribe: () => void;
}

/** One running outbox per client and database, however many forms a page holds. */
const running = new WeakMap<CrmClient, Map<string, SharedOutbox>>();

/**
 * A mark in localStorage that the outbox `name` may hold entries, so a page opens IndexedDB and
 * starts the outbox only when there is something to send. Each mark is unique: a check that found
 * the outbox empty clears the mark only if nobody queued (and marked) something meanwhile.
 */
const markKey = (name: string) => `rapport:outbox:${name}`;

/** The mark, `null` without one, or `undefined` where localStorage is refused (the outbox then always starts). */
function readMark(name: string): string | null | undefined {
  try {
    return globalThis.localStorage.getItem(markKey(name));
  } catch {
    return undefined;
  }
}

function writeMark(name: string, mark: string | null): void {
  try {
    if (mark === null) globalThis.localStorage.removeItem(markKey(name));
    else globalThis.localStorage.setItem(markKey(name), mark);
  } catch {
    // Refused: `readMark` then answers `undefined`.
  }
}

/** Clears the mark once nothing is left to send, here or (seen at start) by another tab. */
function unmarkWhenEmpty(outbox: Outbox, name: string): void {
  const seen = readMark(name);
  if (!seen) return;
  void outbox.pending().then((entries) => {
    if (entries.length === 0 && readMark(name) === seen) writeMark(name, null);
  });
}

/** IndexedDB where the browser has it, so queued responses survive a reload; page memory otherwise. */
function storeNamed(name: string): OutboxStore & { close?(): void } {
  return typeof indexedDB === 'undefined' ? createMemoryOutboxStore() : createIndexedDbOutboxStore({ name });
}

/**
 * The outbox writes to the adapter directly, so the client hears of a queued response only here:
 * its lists are refreshed (a summary on the page counts the response) and `survey.response-received`
 * is announced, as for a response sent at once, so rules such as the detractor follow-up still run.
 */
async function announceDelivered(client: CrmClient, responseId: string): Promise<void> {
  void client.queryClient.invalidateQueries({ queryKey: client.surveyResponses.keys.lists() });
  try {
    client.events.emit('survey.response-received', { response: await client.surveyResponses.get(responseId) });
  } catch {
    // The response is stored; only its announcement is lost when it cannot be read back right now.
  }
}

/** Starts an outbox: it sends what waits in the store, then retries with backoff and whenever the browser comes back online. */
function start({ client, name }: OutboxTarget): SharedOutbox {
  const store = storeNamed(name);
  const outbox = createOutbox({ store, adapter: client.adapter });
  outbox.onChange(({ type, entry, record }) => {
    if (type === 'delivered' && entry.op === 'create' && entry.collection === 'surveyResponses' && record) void announceDelivered(client, record.id);
    if (type === 'delivered' || type === 'discarded') unmarkWhenEmpty(outbox, name);
  });
  outbox.start();
  unmarkWhenEmpty(outbox, name);
  return {
    outbox,
    users: 0,
    close() {
      outbox.stop();
      store.close?.();
    },
  };
}

/**
 * Gives a form the outbox of its client, shared with the other forms of the page. It starts when
 * a form connects and entries may be waiting, or when a response has to be queued; it stops when
 * the last form leaves. Entries stay stored meanwhile and go out when a form is next on a page of
 * the site.
 */
export class FeedbackOutboxController implements ReactiveController {
  readonly #target: () => OutboxTarget | undefined;
  readonly #onChange: (change: OutboxChange) => void;
  #held: Held | undefined;

  constructor(host: ReactiveControllerHost, target: () => OutboxTarget | undefined, onChange: (change: OutboxChange) => void) {
    this.#target = target;
    this.#onChange = onChange;
    host.addController(this);
  }

  /** Stores a write durably in the outbox of `target` (starting it if need be) and marks that outbox as holding entries. */
  async enqueue(target: OutboxTarget, write: OutboxWrite, options?: EnqueueOptions): Promise<OutboxEntry> {
    const entry = await this.#hold(target).shared.outbox.enqueue(write, options);
    writeMark(target.name, entry.id);
    return entry;
  }

  hostConnected(): void {
    this.#sync();
  }

  // The client may arrive after connecting (from a provider), or change.
  hostUpdated(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#release();
  }

  #sync(): void {
    const target = this.#target();
    if (this.#held && (!target || this.#held.client !== target.client || this.#held.name !== target.name)) this.#release();
    if (target && !this.#held && readMark(target.name) !== null) this.#hold(target);
  }

  #hold(target: OutboxTarget): Held {
    if (this.#held) return this.#held;
    let byName = running.get(target.client);
    if (!byName) running.set(target.client, (byName = new Map()));
    let shared = byName.get(target.name);
    if (!shared) byName.set(target.name, (shared = start(target)));
    shared.users += 1;
    this.#held = { ...target, shared, unsubscribe: shared.outbox.onChange(this.#onChange) };
    return this.#held;
  }

  #release(): void {
    const held = this.#held;
    if (!held) return;
    this.#held = undefined;
    held.unsubscribe();
    held.shared.users -= 1;
    if (held.shared.users > 0) return;
    held.shared.close();
    running.get(held.client)?.delete(held.name);
  }
}
