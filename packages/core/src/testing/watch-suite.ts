import type { ChangeEvent } from '../adapter/storage-adapter.js';
import { check, checkEqual, eventually } from './assert.js';
import type { SuiteContext } from './suite-context.js';

/** Change events, for adapters that implement `watch`. */
export function watchSuite({ describe, test }: SuiteContext): void {
  describe('watch', () => {
    test('reports created, updated and removed, in order, with the record after the change', async ({ adapter, contact }) => {
      check(adapter.watch, 'the adapter implements watch (pass { watch: false } if it does not)');
      const events: ChangeEvent[] = [];
      const stop = adapter.watch('contacts', (event) => events.push(event));
      const created = await adapter.create('contacts', contact({ name: 'Watched' }));
      const updated = await adapter.update('contacts', created.id, { title: 'Now titled' }, { expectedVersion: 1 });
      await adapter.remove('contacts', created.id);
      const mine = () => events.filter((event) => event.id === created.id);
      await eventually(() => mine().length === 3, 'three events arrive');
      stop();
      checkEqual(mine().map((event) => [event.collection, event.type]), [['contacts', 'created'], ['contacts', 'updated'], ['contacts', 'removed']], 'event order');
      checkEqual(mine()[0]?.record, created, 'created carries the new record');
      checkEqual(mine()[1]?.record, updated, 'updated carries the record after the change');
      checkEqual(mine()[2]?.record, undefined, 'removed carries no record');
    });

    test('never calls a listener inside the write call', async ({ adapter, contact }) => {
      check(adapter.watch, 'the adapter implements watch');
      let heard = 0;
      const stop = adapter.watch('contacts', () => (heard += 1));
      const pending = adapter.create('contacts', contact({ name: 'Async' }));
      checkEqual(heard, 0, 'no event before the write call returns');
      await pending;
      await eventually(() => heard === 1, 'the event arrives afterwards');
      stop();
    });

    test('"*" hears every collection; a collection listener hears only its own', async ({ adapter, contact, run }) => {
      check(adapter.watch, 'the adapter implements watch');
      const everything: ChangeEvent[] = [];
      const contactsOnly: ChangeEvent[] = [];
      const stopAll = adapter.watch('*', (event) => everything.push(event));
      const stopContacts = adapter.watch('contacts', (event) => contactsOnly.push(event));
      const account = await adapter.create('accounts', { name: `Account ${run}`, customFields: { conformanceRun: run } });
      const person = await adapter.create('contacts', contact({ name: 'Both' }));
      await eventually(() => everything.some((event) => event.id === person.id) && everything.some((event) => event.id === account.id), '"*" hears both');
      await eventually(() => contactsOnly.some((event) => event.id === person.id), 'the contacts listener hears the contact');
      check(!contactsOnly.some((event) => event.id === account.id), 'the contacts listener never hears the account');
      checkEqual(everything.find((event) => event.id === account.id)?.collection, 'accounts', 'events name their collection');
      stopAll();
      stopContacts();
    });

    test('unsubscribing stops the events', async ({ adapter, contact }) => {
      check(adapter.watch, 'the adapter implements watch');
      const events: ChangeEvent[] = [];
      const stop = adapter.watch('contacts', (event) => events.push(event));
      const first = await adapter.create('contacts', contact({ name: 'Before' }));
      await eventually(() => events.some((event) => event.id === first.id), 'the first event arrives');
      stop();
      const second = await adapter.create('contacts', contact({ name: 'After' }));
      const marker = await adapter.create('contacts', contact({ name: 'Marker' }));
      const probe: ChangeEvent[] = [];
      const stopProbe = adapter.watch('contacts', (event) => probe.push(event));
      await adapter.update('contacts', marker.id, { title: 'probe' }, { expectedVersion: 1 });
      await eventually(() => probe.length > 0, 'a fresh listener still hears changes');
      stopProbe();
      check(!events.some((event) => event.id === second.id), 'no event after unsubscribing');
    });
  });
}
