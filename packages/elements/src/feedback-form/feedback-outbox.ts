import {
  createMemoryOutboxStore,
  createOutbox,
  randomId,
  type CrmClient,
  type EnqueueOptions,
  type Outbox,
  type OutboxChange,
  type OutboxEntry,
  type OutboxStore,
  type OutboxWrite,
} from '@rapport/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { failedGroupsOf, outboxNeedsForm, readMark, writeFailedMark, writeMark } from './outbox-mark.js';

/** Where queued responses wait: the client they go to (which opens their store), the outbox's name, and the form's survey. */
export interface OutboxTarget {
  readonly client: CrmClient;
  readonly name: string;
  /** Entries the form queues carry it, and the form is shown the refused entries that carry it. */
  readonly group: string;
}

interface SharedOutbox {
  readonly outbox: Outbox;
  users: number;
  /** Starts sending, once: a page that only shows refused entries leaves the outbox stopped. */
  start(): void;
  close(): void;
}

interface Held {
  readonly client: CrmClient;
  readonly name: string;
  readonly shared: SharedOutbox;
  readonly unsubscribe: () => void;
}

/** One outbox per client and database, however many forms a page holds. */
const opened = new WeakMap<CrmClient, Map<string, SharedOutbox>>();

/**
 * The entries no flush sends until the visitor acts: the refused ones, and the later writes to
 * their records, which wait behind them (entries come in queue order).
 */
function awaitingVisitor(entries: readonly OutboxEntry[]): OutboxEntry[] {
  const refusedRecords = new Set<string>();
  return entries.filter((entry) => {
    const held = entry.state === 'failed' || (entry.recordId !== undefined && refusedRecords.has(entry.recordId));
    if (held && entry.recordId !== undefined) refusedRecords.add(entry.recordId);
    return held;
  });
}

/** Brings the mark in line with what the outbox holds (here, or as seen by another tab): cleared when empty, `failed:` when only refused entries are left. */
async function remark(outbox: Outbox, name: string): Promise<void> {
  const seen = readMark(name);
  if (!seen) return;
  const entries = await outbox.pending();
  if (readMark(name) !== seen) return;
  const held = awaitingVisitor(entries);
  if (entries.length === 0) writeMark(name, null);
  else if (held.length === entries.length) writeFailedMark(name, [...new Set(held.map((entry) => entry.group ?? ''))]);
}

/** The store the client keeps queued writes in (durable, e.g. IndexedDB, when the page gave it one); page memory otherwise. */
function storeOf(client: CrmClient, name: string): OutboxStore {
  return client.outboxStore?.(name) ?? createMemoryOutboxStore();
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

/** Opens an outbox, stopped; once started it sends what waits in the store, then retries with backoff and whenever the browser comes back online. */
function open({ client, name }: OutboxTarget): SharedOutbox {
  const store = storeOf(client, name);
  const outbox = createOutbox({ store, adapter: client.adapter });
  outbox.onChange(({ type, entry, record }) => {
    if (type === 'delivered' && entry.op === 'create' && entry.collection === 'surveyResponses' && record) void announceDelivered(client, record.id);
    if (type === 'delivered' || type === 'discarded' || type === 'failed') void remark(outbox, name);
  });
  let started = false;
  return {
    outbox,
    users: 0,
    start() {
      if (started) return;
      started = true;
      outbox.start();
      void remark(outbox, name);
    },
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
 * the site. Entries the service refused are never dropped unasked: the form of their survey lists
 * them (`unsent`) for the visitor to retry or discard, and until then no page restarts the outbox
 * for them.
 */
export class FeedbackOutboxController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #target: () => OutboxTarget | undefined;
  readonly #onChange: (change: OutboxChange) => void;
  #held: Held | undefined;
  #unsent: readonly OutboxEntry[] = [];
  /** The group `#unsent` was read for; a newer read wins over a slower older one. */
  #unsentGroup: string | undefined;
  #reads = 0;

  constructor(host: ReactiveControllerHost, target: () => OutboxTarget | undefined, onChange: (change: OutboxChange) => void) {
    this.#host = host;
    this.#target = target;
    this.#onChange = onChange;
    host.addController(this);
  }

  /** How many of this form's responses the service refused (each with any follow-up queued behind it): they wait for the visitor. */
  get unsent(): number {
    return new Set(this.#unsent.map((entry) => entry.recordId)).size;
  }

  /** Stores a write durably in the outbox of `target` (starting it if need be) and marks that outbox as holding entries. */
  async enqueue(target: OutboxTarget, write: OutboxWrite, options?: EnqueueOptions): Promise<OutboxEntry> {
    const { shared } = this.#hold(target);
    shared.start();
    const entry = await shared.outbox.enqueue(write, { ...options, group: target.group });
    writeMark(target.name, entry.id);
    return entry;
  }

  /** Sends the refused entries of this form again, after the visitor asked to. */
  async retryUnsent(): Promise<void> {
    const held = this.#held;
    if (!held) return;
    writeMark(held.name, randomId());
    held.shared.start();
    for (const entry of this.#unsent) if (entry.state === 'failed') await held.shared.outbox.retry(entry.id);
  }

  /** Drops the refused entries of this form, and the writes to their records waiting behind them, after the visitor asked to. */
  async discardUnsent(): Promise<void> {
    for (const entry of this.#unsent) await this.#held?.shared.outbox.discard(entry.id);
  }

  hostConnected(): void {
    this.#sync();
  }

  // The client may arrive after connecting (from a provider), or change; so may the survey.
  hostUpdated(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#release();
  }

  #sync(): void {
    const target = this.#target();
    if (this.#held && (!target || this.#held.client !== target.client || this.#held.name !== target.name)) this.#release();
    if (!target) return;
    if (!this.#held) {
      if (!outboxNeedsForm(target.name, target.group)) return;
      const { shared } = this.#hold(target);
      if (!failedGroupsOf(readMark(target.name))) shared.start();
    }
    if (this.#unsentGroup !== target.group) void this.#readUnsent();
  }

  #hold(target: OutboxTarget): Held {
    if (this.#held) return this.#held;
    let byName = opened.get(target.client);
    if (!byName) opened.set(target.client, (byName = new Map()));
    let shared = byName.get(target.name);
    if (!shared) byName.set(target.name, (shared = open(target)));
    shared.users += 1;
    const unsubscribe = shared.outbox.onChange((change) => {
      void this.#readUnsent();
      this.#onChange(change);
    });
    this.#held = { client: target.client, name: target.name, shared, unsubscribe };
    return this.#held;
  }

  async #readUnsent(): Promise<void> {
    const held = this.#held;
    const group = this.#target()?.group;
    if (!held || group === undefined) return;
    const read = ++this.#reads;
    this.#unsentGroup = group;
    const entries = await held.shared.outbox.pending();
    if (read !== this.#reads || this.#held !== held) return;
    this.#unsent = awaitingVisitor(entries).filter((entry) => entry.group === group);
    this.#host.requestUpdate();
  }

  #release(): void {
    const held = this.#held;
    if (!held) return;
    this.#held = undefined;
    this.#unsent = [];
    this.#unsentGroup = undefined;
    held.unsubscribe();
    held.shared.users -= 1;
    if (held.shared.users > 0) return;
    held.shared.close();
    opened.get(held.client)?.delete(held.name);
  }
}
