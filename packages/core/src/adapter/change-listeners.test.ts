import { describe, expect, it } from 'vitest';
import { createChangeListeners } from './change-listeners.js';
import type { AdapterRecord, ChangeEvent } from './storage-adapter.js';

const record: AdapterRecord = { id: 'c1', tenantId: 't', version: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', name: 'Ada' };
const created: ChangeEvent = { collection: 'contacts', type: 'created', id: 'c1', record };

/** Lets every microtask queued so far run. */
const settled = () => new Promise((resolve) => setTimeout(resolve));

describe('createChangeListeners', () => {
  it('tells the listeners of the change’s collection and of "*", not those of other collections', async () => {
    const listeners = createChangeListeners();
    const heard: string[] = [];
    listeners.watch('contacts', (change) => heard.push(`contacts:${change.id}`));
    listeners.watch('deals', (change) => heard.push(`deals:${change.id}`));
    listeners.watch('*', (change) => heard.push(`*:${change.collection}/${change.id}`));
    listeners.deliver(created);
    listeners.deliver({ collection: 'deals', type: 'removed', id: 'd1' });
    await settled();
    expect(heard.sort()).toEqual(['*:contacts/c1', '*:deals/d1', 'contacts:c1', 'deals:d1']);
  });

  it('delivers after the caller resumes, never inside the deliver call', async () => {
    const listeners = createChangeListeners();
    const order: string[] = [];
    listeners.watch('contacts', () => order.push('listener'));
    listeners.deliver(created);
    order.push('caller');
    await Promise.resolve();
    expect(order).toEqual(['caller', 'listener']);
  });

  it('gives each listener its own copy, so one that edits what it got cannot change what others hear', async () => {
    const listeners = createChangeListeners();
    const heard: ChangeEvent[] = [];
    listeners.watch('contacts', (change) => {
      (change.record as Record<string, unknown>).name = 'Changed';
      heard.push(change);
    });
    listeners.watch('*', (change) => heard.push(change));
    listeners.deliver(created);
    await settled();
    expect(heard.map((change) => change.record?.name)).toEqual(['Changed', 'Ada']);
    expect(record.name).toBe('Ada');
  });

  it('says nothing to a listener removed between the change and its delivery', async () => {
    const listeners = createChangeListeners();
    const heard: string[] = [];
    const stop = listeners.watch('contacts', (change) => heard.push(change.id));
    listeners.watch('*', (change) => heard.push(`*:${change.id}`));
    listeners.deliver(created);
    stop();
    await settled();
    expect(heard).toEqual(['*:c1']);
  });

  it('stops a listener for good on unsubscribe, twice being harmless, and leaves the others subscribed', async () => {
    const listeners = createChangeListeners();
    const heard: string[] = [];
    const stop = listeners.watch('contacts', () => heard.push('first'));
    listeners.watch('contacts', () => heard.push('second'));
    stop();
    stop();
    listeners.deliver(created);
    await settled();
    expect(heard).toEqual(['second']);
  });
});
