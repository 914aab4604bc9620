import { expect } from '@open-wc/testing';
import type { ChangeEvent, StorageAdapter } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { lazyAdapter } from './lazy-adapter.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('lazyAdapter', () => {
  it('loads the real adapter once, on first use, and holds reads until it is there', async () => {
    const real = createMemoryAdapter({ seed: { contacts: [{ id: 'c1', name: 'Ada' }] } });
    const gate = deferred<StorageAdapter>();
    let loads = 0;
    const adapter = lazyAdapter('test', () => {
      loads += 1;
      return gate.promise;
    });
    expect(loads).to.equal(0);

    let settled = false;
    const read = adapter.get('contacts', 'c1').then((record) => ((settled = true), record));
    const list = adapter.list('contacts');
    await Promise.resolve();
    expect(settled).to.equal(false);

    gate.resolve(real);
    expect((await read).name).to.equal('Ada');
    expect((await list).total).to.equal(1);
    expect(loads).to.equal(1);
  });

  it('delivers changes to watchers that subscribed before the adapter loaded, until they unsubscribe', async () => {
    const real = createMemoryAdapter();
    const adapter = lazyAdapter('test', async () => real);
    const seen: ChangeEvent[] = [];
    const stop = adapter.watch!('contacts', (change) => seen.push(change));
    const created = await adapter.create('contacts', { name: 'Grace' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(seen.map((change) => [change.type, change.id])).to.deep.equal([['created', created.id]]);

    stop();
    await adapter.create('contacts', { name: 'Linus' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(seen).to.have.length(1);
  });
});
