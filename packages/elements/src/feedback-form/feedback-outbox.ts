import {
  createMemoryOutboxStore,
  createOutbox,
  outboxTurnEnds,
  randomId,
  type AdapterRecord,
  type CrmClient,
  type EnqueueOptions,
  type Outbox,
  type OutboxChange,
  type OutboxEntry,
  type OutboxStore,
  type OutboxWrite,
  type SurveyResponse,
} from '@rapport/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { failedGroupsOf, markKey, outboxNeedsForm, readMark, writeFailedMark, writeMark } from './outbox-mark.js';
import { sendingEntryOf, writeSendingMark } from './sending-mark.js';

/**
 * A response of this survey queued on this device, as the visitor is told of it: waiting for its
 * first attempt, tried and not delivered (offline, or the service unreachable), being sent now, or
 * sent while the page was open. Refused ones are `refused`.
 */
export type QueuedState = 'waiting' | 'unreachable' | 'sending' | 'sent';

/** Where queued responses wait: the client they go to (which opens their store), the outbox's name, and the form's survey. */
export interface OutboxTarget {
  readonly client: CrmClient;
  readonly name: string;
  /** Entries the form queues carry it, and the form is shown the refused entries that carry it. */
  readonly group: string;
}

interface SharedOutbox {
  readonly outbox: Outbox;
  /** Finds out whether its entries outlive the page (asked only once something is queued: it opens the store); `kept` holds the answer. */
  keeps(): Promise<boolean>;
  kept?: boolean;
  users: number;
  /** Resolves when the turn with the outbox under way in any tab ends (at once for a store this tab alone sees). */
  turnEnds(): Promise<void>;
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
 * It is announced from what was sent and what the write returned: a public key may not read
 * responses back.
 */
function announceDelivered(client: CrmClient, sent: Readonly<Record<string, unknown>>, record: AdapterRecord): void {
  void client.queryClient.invalidateQueries({ queryKey: client.surveyResponses.keys.lists() });
  client.events.emit('survey.response-received', { response: { ...sent, ...record } as unknown as SurveyResponse });
}

/** Opens an outbox, stopped; once started it sends what waits in the store, then retries with backoff and whenever the browser comes back online. */
function open({ client, name }: OutboxTarget): SharedOutbox {
  const store = storeOf(client, name);
  const outbox = createOutbox({ store, adapter: client.adapter });
  outbox.onChange(({ type, entry, record }) => {
    if (type === 'delivered' && entry.op === 'create' && entry.collection === 'surveyResponses' && record) announceDelivered(client, entry.data, record);
    if (type === 'delivered' || type === 'discarded' || type === 'failed') void remark(outbox, name);
    // A new mark tells the other tabs the entry was tried: one whose own retries always come second never tries it, and would say it is about to be sent.
    if (type === 'deferred') writeMark(name, randomId());
    // The other tabs' forms say the entry is being sent, as this tab's do, until this tab's turn ends.
    if (type === 'sending') writeSendingMark(name, entry.id);
  });
  let started = false;
  let asked: Promise<boolean> | undefined;
  const shared: SharedOutbox = {
    outbox,
    keeps: () => (asked ??= (store.durable?.() ?? Promise.resolve(true)).catch(() => false).then((kept) => (shared.kept = kept))),
    users: 0,
    turnEnds: () => (store.sharedName === undefined ? Promise.resolve() : outboxTurnEnds(store.sharedName)),
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
  return shared;
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
  /** This survey's responses waiting to go out (not refused). */
  #waiting: readonly OutboxEntry[] = [];
  /** Entries being sent right now from this page. */
  readonly #sending = new Set<string>();
  /** Entries another tab said it is sending, until its turn with the outbox ends (or that tab closes). */
  readonly #sendingElsewhere = new Set<string>();
  /** Record ids of this survey's responses delivered while the page is open, by this tab or another. */
  readonly #sent = new Set<string>();
  /** Whether one of them was sent since `serviceReached` was last asked. */
  #reached = false;
  /** Record ids the visitor discarded here: gone, but not sent. */
  readonly #discarded = new Set<string>();
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

  /** False when queued responses live only as long as this page: the browser gave no storage that outlives it. */
  get keptAfterReload(): boolean {
    const shared = this.#held?.shared;
    if (shared && shared.kept === undefined) void shared.keeps().then(() => this.#host.requestUpdate());
    return shared?.kept !== false;
  }

  /** The refused responses (creates) of this form, oldest first, with why they were refused. */
  get refused(): readonly OutboxEntry[] {
    return this.#unsent.filter((entry) => entry.op === 'create' && entry.state === 'failed');
  }

  /** What became of this survey's responses queued on this device (see `QueuedState`), leaving out the record `except` (the form's own fill). */
  queuedState(except?: string): QueuedState | undefined {
    const waiting = this.#waiting.filter((entry) => entry.recordId !== except);
    if (waiting.some((entry) => this.#sending.has(entry.id) || this.#sendingElsewhere.has(entry.id))) return 'sending';
    if (waiting.some((entry) => entry.attempts > 0)) return 'unreachable';
    if (waiting.length > 0) return 'waiting';
    return [...this.#sent].some((id) => id !== except) ? 'sent' : undefined;
  }

  /** Whether one of this survey's queued responses reached the service since the last call: the service answers again. */
  serviceReached(): boolean {
    const reached = this.#reached;
    this.#reached = false;
    return reached;
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
  async discardUnsent(recordId?: string): Promise<void> {
    for (const entry of this.#unsent) {
      if (recordId !== undefined && entry.recordId !== recordId) continue;
      if (entry.recordId !== undefined) this.#discarded.add(entry.recordId);
      await this.#held?.shared.outbox.discard(entry.id);
    }
  }

  hostConnected(): void {
    globalThis.addEventListener('storage', this.#onStorage);
    this.#sync();
  }

  // The client may arrive after connecting (from a provider), or change; so may the survey.
  hostUpdated(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener('storage', this.#onStorage);
    this.#release();
  }

  /** Another tab queued, sent or gave up on something in this outbox: look again. */
  readonly #onStorage = (event: StorageEvent): void => {
    const target = this.#target();
    if (!target || event.key !== markKey(target.name)) return;
    this.#sync();
    void this.#readUnsent();
    const sending = sendingEntryOf(event.newValue);
    if (sending !== undefined) this.#watchSendingElsewhere(sending);
  };

  /**
   * Another tab holds the outbox's turn to send the entry: say so until the turn ends, then read
   * the outbox again (delivered, deferred, or still waiting when that tab closed mid-send).
   */
  #watchSendingElsewhere(entryId: string): void {
    const held = this.#held;
    if (!held || this.#sendingElsewhere.has(entryId)) return;
    this.#sendingElsewhere.add(entryId);
    this.#host.requestUpdate();
    void held.shared
      .turnEnds()
      .catch(() => undefined)
      .then(() => {
        this.#sendingElsewhere.delete(entryId);
        void this.#readUnsent();
      });
  }

  #sync(): void {
    const target = this.#target();
    if (this.#held && (!target || this.#held.client !== target.client || this.#held.name !== target.name)) this.#release();
    if (!target) return;
    if (!this.#held) {
      if (!outboxNeedsForm(target.name, target.group)) return;
      const { shared } = this.#hold(target);
      const mark = readMark(target.name);
      if (!failedGroupsOf(mark)) shared.start();
      // A page opened while another tab is sending says so too.
      const sending = sendingEntryOf(mark);
      if (sending !== undefined) this.#watchSendingElsewhere(sending);
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
      const { type, entry } = change;
      if (type === 'sending') this.#sending.add(entry.id);
      else this.#sending.delete(entry.id);
      if (type === 'delivered' && entry.op === 'create' && entry.recordId !== undefined && entry.group === this.#target()?.group) this.#sendReached(entry.recordId);
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
    const waiting = entries.filter((entry) => entry.group === group && entry.op === 'create' && !this.#unsent.includes(entry));
    // A response that left the queue without being discarded here was sent, by this tab or another.
    const present = new Set(entries.map((entry) => entry.recordId));
    for (const entry of this.#waiting) {
      if (entry.recordId !== undefined && !present.has(entry.recordId) && !this.#discarded.has(entry.recordId)) this.#sendReached(entry.recordId);
    }
    this.#waiting = waiting;
    this.#host.requestUpdate();
  }

  #sendReached(recordId: string): void {
    if (!this.#sent.has(recordId)) this.#reached = true;
    this.#sent.add(recordId);
  }

  #release(): void {
    const held = this.#held;
    if (!held) return;
    this.#held = undefined;
    this.#unsent = [];
    this.#waiting = [];
    this.#sendingElsewhere.clear();
    this.#unsentGroup = undefined;
    held.unsubscribe();
    held.shared.users -= 1;
    if (held.shared.users > 0) return;
    held.shared.close();
    opened.get(held.client)?.delete(held.name);
  }
}
