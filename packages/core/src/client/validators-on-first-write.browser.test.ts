import { expect } from '@open-wc/testing';
import { createCrmClient, ValidationError, type AdapterRecord, type StorageAdapter } from '@rapport/core';

// In a real page: which modules the browser fetched shows whether the schemas were downloaded.
const schemaFetches = () => performance.getEntriesByType('resource').filter((entry) => /\/zod\/|\/core\/src\/schema\/(?!entity-names)/.test(entry.name)).length;

const stamps = { tenantId: 't1', version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
const stored: AdapterRecord = { ...stamps, id: 'c1', name: 'Ada Lovelace', tags: [], channels: [], customFields: {} };

/** An adapter of a few lines, so nothing but the client is under test. */
const adapter: StorageAdapter = {
  name: 'fixed',
  get: async () => stored,
  list: async () => ({ items: [stored], nextCursor: null, total: 1 }),
  create: async (_collection, data) => ({ ...data, ...stamps, id: 'c2' }),
  update: async (_collection, id, patch) => ({ ...stored, ...patch, id, version: 2 }),
  remove: async () => undefined,
};

describe('the client in a browser', () => {
  it('reads without downloading the schemas, and downloads them once, with the first write', async () => {
    const client = createCrmClient({ adapter });
    expect((await client.contacts.get('c1')).name).to.equal('Ada Lovelace');
    expect((await client.contacts.list()).items).to.have.length(1);
    expect(schemaFetches()).to.equal(0);

    const created = await client.contacts.create({ name: '  Grace Hopper  ' });
    expect(created).to.include({ id: 'c2', name: 'Grace Hopper' });
    expect(created.tags).to.deep.equal([]);
    const fetched = schemaFetches();
    expect(fetched).to.be.greaterThan(0);

    const refused = await client.contacts.create({ name: '' }).catch((error: unknown) => error);
    expect(refused).to.be.instanceOf(ValidationError);
    expect((refused as ValidationError).issuesAt('name')).to.have.length(1);
    await client.prepareWrites();
    expect(schemaFetches()).to.equal(fetched);
    client.dispose();
  });
});
