import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '@rapport/core/adapter';

const ticket = (subject: string) => ({ subject, description: 'The till will not start', channel: 'web', status: 'new', priority: 'normal', escalationLevel: 0, attachments: [], tags: [], customFields: {} });

describe('ticket numbers in the memory adapter', () => {
  it('numbers new tickets after the highest seeded one, whatever number the caller sends', async () => {
    const adapter = createMemoryAdapter({ seed: { tickets: [{ id: 't-1', ...ticket('Seeded'), number: 1041 }] } });
    const [first, second] = await Promise.all([adapter.create('tickets', { ...ticket('New'), number: 7 }), adapter.create('tickets', ticket('Newer'))]);
    expect([first?.number, second?.number]).toEqual([1042, 1043]);
  });

  it('starts at 1 and numbers only tickets', async () => {
    const adapter = createMemoryAdapter();
    expect((await adapter.create('tickets', ticket('First'))).number).toBe(1);
    expect(await adapter.create('contacts', { name: 'Ada' })).not.toHaveProperty('number');
  });
});
