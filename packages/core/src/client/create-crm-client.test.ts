import { QueryClient, QueryObserver } from '@tanstack/query-core';
import * as fc from 'fast-check';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../adapter/memory-adapter.js';
import type { Page } from '../adapter/storage-adapter.js';
import { ConflictError } from '../errors/index.js';
import type { DomainEventType } from '../events/index.js';
import type { Contact } from '../schema/contact.js';
import type { Deal } from '../schema/deal.js';
import { createCrmClient, type CrmClient } from './create-crm-client.js';
import { getDefaultClient, setDefaultClient } from './default-client.js';

const seed = {
  contacts: [{ id: 'c1', name: 'Ada Lovelace' }],
  deals: [{ id: 'd1', name: 'Analytical engine', pipelineId: 'p1', stageId: 'qualify', amount: 5000, currency: 'GBP' }],
  tickets: [{ id: 't1', subject: 'Engine jams', description: 'Cards stick', channel: 'email', requesterId: 'c1' }],
  surveys: [{ id: 's1', title: 'How did we do?', questions: [{ id: 'q1', type: 'nps', label: 'Recommend us?' }] }],
};

const clients: CrmClient[] = [];

function setup(adapter: MemoryAdapter = createMemoryAdapter({ seed })) {
  const client = createCrmClient({ adapter });
  clients.push(client);
  return { adapter, client };
}

afterEach(() => {
  clients.splice(0).forEach((client) => client.dispose());
});

/** Every domain event the client emits, as `[type, detail]`, in order. */
function recordEvents(client: CrmClient) {
  const seen: Array<[DomainEventType, unknown]> = [];
  client.events.on('*', ({ type, detail }) => {
    seen.push([type, detail]);
  });
  return seen;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function turns(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await Promise.resolve();
}

describe('createCrmClient', () => {
  it('gives every collection a typed resource', async () => {
    const { client } = setup();
    expectTypeOf(client.deals.get).returns.resolves.toEqualTypeOf<Deal>();
    // @ts-expect-error a misspelt field is a compile error (and the schema drops it at run time)
    expect(await client.contacts.create({ name: 'Lin Wei', titel: 'Buyer' })).not.toHaveProperty('titel');

    expect((await client.deals.get('d1')).amount).toBe(5000);
    expect((await client.tickets.list()).total).toBe(1);
    expect(client.orders.keys.all).toEqual(['rapport', 'orders']);
  });

  it('keeps the locale and the clock for domain functions', () => {
    const adapter = createMemoryAdapter();
    const fixed = new Date('2025-03-01T09:30:00Z');
    expect(setup(adapter).client.locale).toBe('en');
    expect(setup(adapter).client.now()).toBeInstanceOf(Date);
    const client = createCrmClient({ adapter, locale: 'zh-Hans', now: () => fixed });
    clients.push(client);
    expect([client.locale, client.now()]).toEqual(['zh-Hans', fixed]);
  });

  it('mounts a QueryClient the host passes in and leaves the host’s own entries alone on dispose', async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(['host', 'settings'], { theme: 'dark' });
    const client = createCrmClient({ adapter: createMemoryAdapter({ seed }), queryClient });
    expect(client.queryClient).toBe(queryClient);
    await client.contacts.fetch('c1');

    client.dispose();
    expect(queryClient.getQueryData(['host', 'settings'])).toEqual({ theme: 'dark' });
    expect(queryClient.getQueryData(client.contacts.keys.detail('c1'))).toBeUndefined();
  });
});

describe('changes from another writer', () => {
  it('update the cached record and refresh the lists being watched', async () => {
    const { adapter, client } = setup();
    await client.contacts.fetch('c1');
    const list = new QueryObserver(client.queryClient, client.contacts.listQuery());
    const unsubscribe = list.subscribe(() => {});
    await vi.waitFor(() => expect(list.getCurrentResult().data?.total).toBe(1));

    await adapter.update('contacts', 'c1', { title: 'Countess' }, { expectedVersion: 1 });
    await adapter.create('contacts', { name: 'Grace Hopper' });

    await vi.waitFor(() => expect(list.getCurrentResult().data?.total).toBe(2));
    expect(client.queryClient.getQueryData(client.contacts.keys.detail('c1'))).toMatchObject({ title: 'Countess', version: 2 });
    expect(list.getCurrentResult().data?.items[0]).toMatchObject({ title: 'Countess' });
    unsubscribe();
  });

  it('turn a record removed elsewhere into a not-found error for whoever shows it', async () => {
    const { adapter, client } = setup();
    const detail = new QueryObserver(client.queryClient, client.contacts.detailQuery('c1'));
    const unsubscribe = detail.subscribe(() => {});
    await vi.waitFor(() => expect(detail.getCurrentResult().data?.name).toBe('Ada Lovelace'));

    await adapter.remove('contacts', 'c1');
    await vi.waitFor(() => expect(detail.getCurrentResult().error?.kind).toBe('not-found'));
    unsubscribe();
  });
});

describe('domain events', () => {
  it('announce a deal that moves stage, and one that is won or lost, once per write', async () => {
    const { client } = setup();
    const seen = recordEvents(client);

    const moved = await client.deals.update('d1', { stageId: 'propose' }, { expectedVersion: 1 });
    const won = await client.deals.update('d1', { status: 'won', stageId: 'closed' }, { expectedVersion: 2 });
    const reopened = await client.deals.update('d1', { status: 'open' }, { expectedVersion: 3 });
    const lost = await client.deals.update('d1', { status: 'lost', lostReason: 'Budget cut' }, { expectedVersion: reopened.version });
    await client.deals.update('d1', { amount: 4000 }, { expectedVersion: lost.version });

    expect(seen).toEqual([
      ['deal.moved', { deal: moved, fromStageId: 'qualify', toStageId: 'propose' }],
      ['deal.moved', { deal: won, fromStageId: 'propose', toStageId: 'closed' }],
      ['deal.won', { deal: won }],
      ['deal.lost', { deal: lost, reason: 'Budget cut' }],
    ]);
  });

  it('compare against a cached copy of the version being replaced, such as a board’s list, without reading it again', async () => {
    const { adapter, client } = setup();
    await client.deals.fetchList({ where: { pipelineId: 'p1' } });
    const get = vi.spyOn(adapter, 'get');
    await client.deals.update('d1', { stageId: 'propose' }, { expectedVersion: 1 });
    expect(get).not.toHaveBeenCalled();
  });

  it('announce created and updated contacts and tickets with the record before the change', async () => {
    const { client } = setup();
    const seen = recordEvents(client);
    const before = await client.tickets.get('t1');

    const contact = await client.contacts.create({ name: 'Lin Wei' });
    const renamed = await client.contacts.update(contact.id, { name: 'Wei Lin' }, { expectedVersion: 1 });
    const ticket = await client.tickets.create({ subject: 'Invoice', description: 'Wrong total', channel: 'web', requesterId: contact.id });
    const assigned = await client.tickets.update('t1', { assigneeId: 'agent-7' }, { expectedVersion: 1 });

    expect(seen).toEqual([
      ['contact.created', { contact }],
      ['contact.updated', { contact: renamed, previous: contact }],
      ['ticket.created', { ticket }],
      ['ticket.updated', { ticket: assigned, previous: before }],
    ]);
  });

  it('announce a survey response with its survey when the survey is cached', async () => {
    const { client } = setup();
    const seen = recordEvents(client);
    const survey = await client.surveys.fetch('s1');
    const input = { surveyId: 's1', answers: { q1: 9 }, submittedAt: '2025-03-01T09:30:00Z' };

    const response = await client.surveyResponses.create(input);
    const uncached = await client.surveyResponses.create({ ...input, surveyId: 'elsewhere' });

    expect(seen).toEqual([
      ['survey.response-received', { response, survey }],
      ['survey.response-received', { response: uncached, survey: undefined }],
    ]);
  });

  it('stay silent when a write fails', async () => {
    const { client } = setup();
    const seen = recordEvents(client);
    await expect(client.deals.update('d1', { stageId: 'propose' }, { expectedVersion: 9 })).rejects.toBeInstanceOf(ConflictError);
    await expect(client.contacts.create({ name: '' })).rejects.toMatchObject({ kind: 'validation' });
    expect(seen).toEqual([]);
  });
});

describe('dispose', () => {
  it('stops listening to the adapter, empties the cache and stops being the default client', async () => {
    const { adapter, client } = setup();
    setDefaultClient(client);
    await client.contacts.fetch('c1');
    const watched = vi.spyOn(client.queryClient, 'invalidateQueries');

    client.dispose();
    client.dispose();
    await adapter.update('contacts', 'c1', { title: 'Countess' }, { expectedVersion: 1 });
    await settle();

    expect(client.queryClient.getQueryCache().getAll()).toEqual([]);
    expect(watched).not.toHaveBeenCalled();
    expect(getDefaultClient()).toBeUndefined();
  });
});

describe('the cache after any mix of our writes, stale ones and another writer’s', () => {
  const write = fc.oneof(
    fc.record({
      by: fc.constant('us' as const),
      name: fc.constantFrom('Ada', 'Grace', 'Lin', 'Wei'),
      // How far behind the version this client last saw the write is: 0 is current, more conflicts.
      staleBy: fc.nat({ max: 2 }),
    }),
    // The other writer strikes after a few turns of the event loop, to land anywhere inside our writes.
    fc.record({ by: fc.constant('another writer' as const), name: fc.constantFrom('Mary', 'Hedy'), after: fc.nat({ max: 40 }) }),
  );
  // Writes in one batch start together, like quick edits in two widgets; batches follow each other.
  const batches = fc.array(fc.array(write, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 });

  it('ends equal to the adapter’s record, in the detail entry and in the list', async () => {
    await fc.assert(
      fc.asyncProperty(batches, async (writes) => {
        const { adapter, client } = setup();
        await client.contacts.fetch('c1');
        await client.contacts.fetchList();
        const cachedDetail = () => client.queryClient.getQueryData<Contact>(client.contacts.keys.detail('c1'));

        for (const batch of writes) {
          const seen = cachedDetail()?.version ?? 1;
          const current = (await adapter.get('contacts', 'c1')).version;
          await Promise.allSettled(
            batch.map((w) =>
              w.by === 'us'
                ? client.contacts.update('c1', { name: w.name }, { expectedVersion: seen - w.staleBy })
                : turns(w.after).then(() => adapter.update('contacts', 'c1', { name: w.name }, { expectedVersion: current })),
            ),
          );
        }
        await settle();

        const stored = await client.contacts.get('c1');
        expect(cachedDetail()).toEqual(stored);
        expect(client.queryClient.getQueryData<Page<Contact>>(client.contacts.keys.list())?.items[0]).toEqual(stored);
        client.dispose();
      }),
      { numRuns: 80 },
    );
  });
});
