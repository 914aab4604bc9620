import { expect } from '@open-wc/testing';
import { createOutbox, type ChangeEvent, type StorageAdapter } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { runAdapterConformance } from '@rapport/core/testing';
import { createIndexedDbAdapter, type IndexedDbAdapter } from './indexeddb-adapter.js';
import { createIndexedDbOutboxStore } from './indexeddb-outbox-store.js';

// A database per page load, so reruns in one browser profile start empty.
const databaseName = (purpose: string) => `rapport-test-${purpose}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

runAdapterConformance('indexeddb (Chromium)', () => createIndexedDbAdapter({ name: databaseName('conformance') }), { describe, it });

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 2_000) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('IndexedDB adapter in Chromium', () => {
  const opened: IndexedDbAdapter[] = [];
  afterEach(() => {
    for (const adapter of opened.splice(0)) adapter.close();
  });

  it('delivers one tab’s writes to another tab’s watch', async () => {
    const name = databaseName('tabs');
    const writer = createIndexedDbAdapter({ name });
    const reader = createIndexedDbAdapter({ name });
    opened.push(writer, reader);
    const heard: ChangeEvent[] = [];
    reader.watch('deals', (change) => heard.push(change));

    const deal = await writer.create('deals', { title: 'Renewal', stageId: 'proposal' });
    const moved = await writer.update('deals', deal.id, { stageId: 'won' }, { expectedVersion: 1 });
    await writer.remove('deals', deal.id);
    await until(() => heard.length === 3, 'three changes arrive');

    expect(heard).to.deep.equal([
      { collection: 'deals', type: 'created', id: deal.id, record: deal },
      { collection: 'deals', type: 'updated', id: deal.id, record: moved },
      { collection: 'deals', type: 'removed', id: deal.id },
    ]);
  });

  it('lets two tabs flushing one outbox send each entry once, through a Web Lock', async () => {
    const name = databaseName('outbox');
    const server = createMemoryAdapter();
    const sent: string[] = [];
    const remote: StorageAdapter = {
      ...server,
      create: async (collection, data, options) => {
        sent.push(String(data.name));
        // Slow enough that, unlocked, the second tab would read the entries before the first removes them.
        await new Promise((resolve) => setTimeout(resolve, 20));
        return server.create(collection, data, options);
      },
    };
    const tabs = [1, 2].map(() => createOutbox({ store: createIndexedDbOutboxStore({ name }), adapter: remote }));
    for (const contact of ['A', 'B', 'C']) await tabs[0]?.enqueue({ op: 'create', collection: 'contacts', data: { name: contact } });

    await Promise.all(tabs.map((tab) => tab.flush()));

    expect(sent).to.deep.equal(['A', 'B', 'C']);
    expect((await server.list('contacts')).total).to.equal(3);
  });
});
