import { describe, expect, it } from 'vitest';
import {
  NetworkError,
  ValidationError,
  createMemoryOutboxStore,
  createOutbox,
  exponentialBackoff,
  type Outbox,
  type OutboxChange,
  type OutboxChangeType,
  type OutboxLocks,
  type OutboxOptions,
  type OutboxStore,
  type OutboxTimer,
  type StorageAdapter,
} from '@rapport/core';
import {
  createMemoryAdapter,
} from '@rapport/core/adapter';

const START = Date.parse('2025-03-01T09:00:00Z');

/** A clock and a timer that move only when the test says so. */
function manualTime() {
  let current = START;
  let nextHandle = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const delays: number[] = [];
  const timer: OutboxTimer = {
    set(callback, delayMs) {
      delays.push(delayMs);
      timers.set(nextHandle, { at: current + delayMs, callback });
      return nextHandle++;
    },
    clear(handle) {
      timers.delete(handle as number);
    },
  };
  return {
    now: () => new Date(current),
    timer,
    /** Every delay the outbox asked for, in order. */
    delays,
    advance(ms: number) {
      current += ms;
      for (const [handle, { at, callback }] of [...timers]) {
        if (at <= current) {
          timers.delete(handle);
          callback();
        }
      }
    },
  };
}

type Connection = 'up' | 'down' | 'loses-responses';

/** The memory adapter behind a connection the test controls, logging every write that reaches it. */
function remoteAdapter(now: () => Date) {
  const server = createMemoryAdapter({ now });
  const writes: string[] = [];
  let connection: Connection = 'up';
  let attempts = 0;
  async function over<T>(description: string, write: () => Promise<T>): Promise<T> {
    attempts++;
    if (connection === 'down') throw new NetworkError();
    writes.push(description);
    const result = await write();
    if (connection === 'loses-responses') throw new NetworkError();
    return result;
  }
  const adapter: StorageAdapter = {
    name: 'remote',
    get: (...args) => server.get(...args),
    list: (...args) => server.list(...args),
    create: (collection, data, options) => over(`create ${collection} ${options?.id ?? ''}`.trim(), () => server.create(collection, data, options)),
    update: (collection, id, patch, options) => over(`update ${collection} ${id}`, () => server.update(collection, id, patch, options)),
    remove: (collection, id, options) => over(`remove ${collection} ${id}`, () => server.remove(collection, id, options)),
  };
  return {
    server,
    adapter,
    writes,
    /** Writes tried, whether or not they got through. */
    attempts: () => attempts,
    setConnection(next: Connection) {
      connection = next;
    },
  };
}

function setup(options: Partial<OutboxOptions> = {}) {
  const time = manualTime();
  const remote = remoteAdapter(time.now);
  const store = options.store ?? createMemoryOutboxStore();
  const outbox = createOutbox({
    store,
    adapter: remote.adapter,
    now: time.now,
    backoff: exponentialBackoff({ baseMs: 1_000, random: () => 0 }),
    ...options,
  });
  const changes: OutboxChange[] = [];
  outbox.onChange((change) => changes.push(change));
  return { time, remote, store, outbox, changes };
}

/** Lets work started in the background (a flush and the retry it schedules) run to its end. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

function nextChange(outbox: Outbox, type: OutboxChangeType): Promise<OutboxChange> {
  return new Promise((resolve) => {
    const stop = outbox.onChange((change) => {
      if (change.type !== type) return;
      stop();
      resolve(change);
    });
  });
}

const feedback = { surveyId: 's1', answers: { nps: 9 } };

describe('outbox', () => {
  it('delivers a queued write and then forgets it', async () => {
    const { outbox, remote, changes } = setup();
    await outbox.enqueue({ op: 'create', collection: 'surveyResponses', data: feedback });

    const result = await outbox.flush();

    expect(result).toMatchObject({ remaining: 0, nextAttemptAt: null });
    expect(result.delivered).toHaveLength(1);
    expect((await remote.server.list('surveyResponses')).items).toMatchObject([feedback]);
    expect(await outbox.pending()).toEqual([]);
    expect(changes.map((change) => change.type)).toEqual(['enqueued', 'sending', 'delivered']);
    expect(changes[2]?.record).toMatchObject({ ...feedback, version: 1 });
  });

  it('keeps a write through network failures and retries it after a doubling wait', async () => {
    const { outbox, remote, time } = setup();
    remote.setConnection('down');
    const entry = await outbox.enqueue({ op: 'create', collection: 'surveyResponses', data: feedback });
    outbox.start({ timer: time.timer, online: null });
    await settled();
    expect(time.delays).toEqual([500]);

    time.advance(499);
    await outbox.flush();
    expect((await outbox.pending())[0]).toMatchObject({ id: entry.id, state: 'pending', attempts: 1, nextAttemptAt: START + 500 });

    time.advance(1);
    await settled();
    expect(time.delays).toEqual([500, 1_000]);

    remote.setConnection('up');
    const delivered = nextChange(outbox, 'delivered');
    time.advance(1_000);
    await delivered;
    expect(await outbox.pending()).toEqual([]);
    expect(remote.writes).toEqual(['create surveyResponses']);
    outbox.stop();
  });

  it('does not duplicate a create whose response was lost when it is replayed', async () => {
    const { outbox, remote, time } = setup();
    remote.setConnection('loses-responses');
    await outbox.enqueue({ op: 'create', collection: 'surveyResponses', data: feedback });
    const first = await outbox.flush();
    expect(first.remaining).toBe(1);

    remote.setConnection('up');
    time.advance(60_000);
    const replay = await outbox.flush();

    const stored = await remote.server.list('surveyResponses');
    expect(stored.total).toBe(1);
    expect(replay.delivered).toHaveLength(1);
    expect(remote.writes).toEqual(['create surveyResponses', 'create surveyResponses']);
  });

  it('counts an update that arrived before its response was lost as delivered', async () => {
    const { outbox, remote, time } = setup();
    const deal = await remote.server.create('deals', { title: 'Renewal', stageId: 'proposal' });
    remote.setConnection('loses-responses');
    await outbox.enqueue({ op: 'update', collection: 'deals', recordId: deal.id, data: { stageId: 'won' }, expectedVersion: 1 });
    await outbox.flush();

    remote.setConnection('up');
    time.advance(60_000);
    const replay = await outbox.flush();

    expect(replay.failed).toEqual([]);
    expect(replay.delivered).toHaveLength(1);
    expect(await remote.server.get('deals', deal.id)).toMatchObject({ stageId: 'won', version: 2 });
  });

  it('moves an update that meets someone else’s change to failed, with the conflict', async () => {
    const { outbox, remote } = setup();
    const deal = await remote.server.create('deals', { title: 'Renewal', stageId: 'proposal' });
    await remote.server.update('deals', deal.id, { stageId: 'lost' }, { expectedVersion: 1 });
    await outbox.enqueue({ op: 'update', collection: 'deals', recordId: deal.id, data: { stageId: 'won' }, expectedVersion: 1 });

    const result = await outbox.flush();

    expect(result.failed).toMatchObject([{ state: 'failed', lastError: { kind: 'conflict' } }]);
    expect(await remote.server.get('deals', deal.id)).toMatchObject({ stageId: 'lost' });
  });

  it('counts removing a record that is already gone as delivered', async () => {
    const { outbox, remote } = setup();
    const ticket = await remote.server.create('tickets', { subject: 'Late parcel' });
    await remote.server.remove('tickets', ticket.id);
    await outbox.enqueue({ op: 'remove', collection: 'tickets', recordId: ticket.id });

    expect((await outbox.flush()).delivered).toHaveLength(1);
  });

  it('keeps a refused write visible as failed instead of retrying it, until the user retries or discards it', async () => {
    const { remote, time } = setup();
    const refusing: StorageAdapter = {
      ...remote.adapter,
      create: async () => {
        throw new ValidationError([{ path: ['answers', 'nps'], code: 'too_big', message: 'At most 10' }]);
      },
    };
    const strict = createOutbox({ store: createMemoryOutboxStore(), adapter: refusing, now: time.now });
    const entry = await strict.enqueue({ op: 'create', collection: 'surveyResponses', data: feedback });

    expect((await strict.flush()).failed).toHaveLength(1);
    const [failed] = await strict.pending();
    expect(failed).toMatchObject({ id: entry.id, state: 'failed', attempts: 1 });
    expect(failed?.lastError?.issues).toEqual([{ path: ['answers', 'nps'], code: 'too_big', message: 'At most 10' }]);

    time.advance(3_600_000);
    expect(await strict.flush()).toMatchObject({ delivered: [], failed: [], remaining: 1, nextAttemptAt: null });

    await strict.discard(entry.id);
    expect(await strict.pending()).toEqual([]);
  });

  it('sends a failed write again when the user retries it', async () => {
    const { remote, time } = setup();
    let refuse = true;
    const adapter: StorageAdapter = {
      ...remote.adapter,
      create: async (...args) => {
        if (refuse) throw new NetworkError('Rejected by the gateway', false);
        return remote.adapter.create(...args);
      },
    };
    const outbox = createOutbox({ store: createMemoryOutboxStore(), adapter, now: time.now });
    const entry = await outbox.enqueue({ op: 'create', collection: 'surveyResponses', data: feedback });
    expect((await outbox.flush()).failed).toMatchObject([{ lastError: { kind: 'network' } }]);

    refuse = false;
    const requeued = await outbox.retry(entry.id);
    expect(requeued).toMatchObject({ state: 'pending', attempts: 0 });
    expect(requeued.lastError).toBeUndefined();
    expect((await outbox.flush()).delivered).toHaveLength(1);
    expect(await remote.server.list('surveyResponses')).toMatchObject({ total: 1 });
  });

  it('sends the writes to one record in order, even when the first one waits for a retry', async () => {
    const { outbox, remote, time } = setup();
    remote.setConnection('down');
    await outbox.enqueue({ op: 'create', collection: 'contacts', recordId: 'c1', data: { name: 'Wang Fang' } });
    await outbox.flush();

    remote.setConnection('up');
    await outbox.enqueue({ op: 'update', collection: 'contacts', recordId: 'c1', data: { title: 'Buyer' }, expectedVersion: 1 });
    await outbox.flush();
    expect(remote.writes).toEqual([]);

    time.advance(500);
    await outbox.flush();
    expect(remote.writes).toEqual(['create contacts c1', 'update contacts c1']);
    expect(await remote.server.get('contacts', 'c1')).toMatchObject({ name: 'Wang Fang', title: 'Buyer', version: 2 });
  });

  it('holds later writes to a record behind a failed one, but not writes to other records', async () => {
    const { outbox, remote } = setup();
    await remote.server.create('contacts', { name: 'Taken' }, { id: 'c1' });
    await outbox.enqueue({ op: 'create', collection: 'contacts', recordId: 'c1', data: { name: 'Li Lei' } });
    await outbox.enqueue({ op: 'update', collection: 'contacts', recordId: 'c1', data: { title: 'Buyer' }, expectedVersion: 1 });
    await outbox.enqueue({ op: 'create', collection: 'contacts', recordId: 'c2', data: { name: 'Chen Jing' } });

    const result = await outbox.flush();

    expect(result.failed.map((entry) => entry.op)).toEqual(['create']);
    expect(result.delivered.map((entry) => entry.recordId)).toEqual(['c2']);
    expect((await outbox.pending()).map((entry) => [entry.op, entry.state])).toEqual([
      ['create', 'failed'],
      ['update', 'pending'],
    ]);
    expect(await remote.server.get('contacts', 'c1')).toMatchObject({ name: 'Taken', version: 1 });
  });

  it('keeps the group an entry was queued with, so a page finds its refused entries after a reload', async () => {
    const { remote, time } = setup();
    await remote.server.create('surveyResponses', feedback, { id: 'r1' });
    const store = createMemoryOutboxStore();
    const before = createOutbox({ store, adapter: remote.adapter, now: time.now });
    await before.enqueue({ op: 'create', collection: 'surveyResponses', recordId: 'r1', data: feedback }, { group: 's1' });
    await before.flush();
    await before.enqueue({ op: 'create', collection: 'contacts', recordId: 'c1', data: { name: 'Ungrouped' } });

    const after = createOutbox({ store, adapter: remote.adapter, now: time.now });
    const [refused] = await after.pending();
    expect(refused).toMatchObject({ recordId: 'r1', state: 'failed', group: 's1' });
    expect((await after.retry(refused?.id ?? '')).group).toBe('s1');
    expect((await after.pending()).map((entry) => entry.group)).toEqual(['s1', undefined]);
  });

  it('stops at the first network failure instead of sending the rest into a dead connection', async () => {
    const { outbox, remote } = setup();
    remote.setConnection('down');
    for (const name of ['A', 'B', 'C']) await outbox.enqueue({ op: 'create', collection: 'contacts', recordId: name, data: { name } });

    const result = await outbox.flush();

    expect(remote.attempts()).toBe(1);
    expect(result).toMatchObject({ remaining: 3, nextAttemptAt: START + 500 });
    expect((await outbox.pending()).map((entry) => entry.attempts)).toEqual([1, 0, 0]);
  });

  it('never sends one entry twice when flushes overlap', async () => {
    const { outbox, remote } = setup();
    for (const name of ['A', 'B', 'C']) await outbox.enqueue({ op: 'create', collection: 'contacts', recordId: name, data: { name } });

    const results = await Promise.all([outbox.flush(), outbox.flush(), outbox.flush()]);

    expect(remote.writes).toEqual(['create contacts A', 'create contacts B', 'create contacts C']);
    expect(results.map((result) => result.remaining).at(-1)).toBe(0);
  });

  it('lets tabs that share a store take turns through a lock', async () => {
    const time = manualTime();
    const remote = remoteAdapter(time.now);
    const shared = { ...createMemoryOutboxStore(), sharedName: 'shop' };
    const requested: string[] = [];
    const locks = fifoLocks(requested);
    const tabs = [1, 2].map(() => createOutbox({ store: shared, adapter: remote.adapter, now: time.now, locks }));
    for (const name of ['A', 'B']) await tabs[0]?.enqueue({ op: 'create', collection: 'contacts', recordId: name, data: { name } });

    await Promise.all(tabs.map((tab) => tab.flush()));

    expect(remote.writes).toEqual(['create contacts A', 'create contacts B']);
    expect(requested).toEqual(['rapport:outbox:shop', 'rapport:outbox:shop']);
  });

  it('tries again at once when the connection returns, whatever the backoff', async () => {
    const { outbox, remote, time } = setup({ backoff: () => 3_600_000 });
    const connectivity = new EventTarget();
    remote.setConnection('down');
    await outbox.enqueue({ op: 'create', collection: 'surveyResponses', data: feedback });
    outbox.start({ timer: time.timer, online: connectivity });
    await nextChange(outbox, 'deferred');

    remote.setConnection('up');
    const delivered = nextChange(outbox, 'delivered');
    connectivity.dispatchEvent(new Event('online'));
    await delivered;
    expect(await outbox.pending()).toEqual([]);
    outbox.stop();
  });

  it('sends what a previous page left in the store once started', async () => {
    const { store, remote, time } = setup();
    const before = createOutbox({ store, adapter: remote.adapter, now: time.now });
    await before.enqueue({ op: 'create', collection: 'surveyResponses', data: feedback });

    const after = createOutbox({ store, adapter: remote.adapter, now: time.now });
    const delivered = nextChange(after, 'delivered');
    after.start({ timer: time.timer, online: null });
    await delivered;
    after.stop();
    expect(await remote.server.list('surveyResponses')).toMatchObject({ total: 1 });
  });

  it('tries again later when its store fails during a background flush', async () => {
    const time = manualTime();
    const remote = remoteAdapter(time.now);
    const memory = createMemoryOutboxStore();
    let storeFails = false;
    const flaky: OutboxStore = { ...memory, list: () => (storeFails ? Promise.reject(new Error('disk busy')) : memory.list()) };
    const reported: unknown[] = [];
    const report = globalThis.reportError;
    globalThis.reportError = (error) => reported.push(error);
    try {
      const outbox = createOutbox({ store: flaky, adapter: remote.adapter, now: time.now, backoff: () => 1_000 });
      await outbox.enqueue({ op: 'create', collection: 'surveyResponses', data: feedback });
      storeFails = true;
      outbox.start({ timer: time.timer, online: null });
      await settled();
      expect(reported).toHaveLength(1);
      expect(time.delays).toEqual([1_000]);

      storeFails = false;
      const delivered = nextChange(outbox, 'delivered');
      time.advance(1_000);
      await delivered;
      outbox.stop();
    } finally {
      globalThis.reportError = report;
    }
  });

  it('stops retrying once stopped', async () => {
    const { outbox, remote, time } = setup();
    remote.setConnection('down');
    await outbox.enqueue({ op: 'create', collection: 'surveyResponses', data: feedback });
    outbox.start({ timer: time.timer, online: null });
    await settled();
    expect(time.delays).toEqual([500]);
    outbox.stop();

    remote.setConnection('up');
    time.advance(3_600_000);
    await settled();
    expect(remote.writes).toEqual([]);
    expect(await outbox.pending()).toHaveLength(1);
  });
});

/** Web Locks as one tab sees them: requests for one name are granted one at a time, in order. */
function fifoLocks(requested: string[]): OutboxLocks {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request(name, callback) {
      requested.push(name);
      const granted = (tails.get(name) ?? Promise.resolve()).then(callback);
      tails.set(name, granted.catch(() => undefined));
      return granted;
    },
  };
}

describe('memory outbox store', () => {
  it('says its entries do not outlive the page, so a form can tell the visitor to keep it open', async () => {
    expect(await createMemoryOutboxStore().durable?.()).toBe(false);
  });
});
