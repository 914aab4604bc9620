import * as z from 'zod/mini';
import { contactSchema } from '../schema/contact.js';
import { check, checkEqual, checkRejects } from './assert.js';
import type { SuiteContext } from './suite-context.js';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Create, read, update, remove: stamping, merging, versions, not-found and copies. */
export function crudSuite({ describe, test }: SuiteContext): void {
  describe('create, get, update, remove', () => {
    test('create stamps id, tenant, version 1 and timestamps, and keeps the fields', async ({ adapter, contact }) => {
      const input = contact({ name: '王芳', region: 'south', tags: ['vip'] });
      const created = await adapter.create('contacts', input);
      check(typeof created.id === 'string' && created.id !== '', 'the record gets an id');
      check(typeof created.tenantId === 'string' && created.tenantId !== '', 'the record gets a tenant');
      checkEqual(created.version, 1, 'a new record is version 1');
      check(ISO_DATE_TIME.test(created.createdAt), `createdAt is an ISO date-time: ${created.createdAt}`);
      checkEqual(created.updatedAt, created.createdAt, 'a new record was updated when it was created');
      for (const [field, value] of Object.entries(input)) checkEqual(created[field], value, `field ${field} is stored as sent`);
    });

    test('get returns the record as create returned it', async ({ adapter, contact }) => {
      const created = await adapter.create('contacts', contact({ name: 'Ada Lovelace', title: 'Analyst' }));
      checkEqual(await adapter.get('contacts', created.id), created, 'get after create');
    });

    test('create uses a client-chosen id, and refuses one already taken', async ({ adapter, contact, run }) => {
      const id = `${run}-chosen`;
      const created = await adapter.create('contacts', contact({ name: 'Offline' }), { id });
      checkEqual(created.id, id, 'the chosen id is kept');
      const conflict = await checkRejects(() => adapter.create('contacts', contact({ name: 'Twin' }), { id }), 'conflict', 'a second create with that id');
      checkEqual((conflict.current as { name?: unknown } | undefined)?.name, 'Offline', 'the conflict carries the record holding the id');
    });

    test('create ignores stored fields sent by the caller', async ({ adapter, contact }) => {
      const forged = { ...contact({ name: 'Forger' }), version: 99, createdAt: '2000-01-01T00:00:00.000Z', updatedAt: '2000-01-01T00:00:00.000Z' };
      const created = await adapter.create('contacts', forged);
      checkEqual(created.version, 1, 'version comes from the adapter');
      check(created.createdAt !== forged.createdAt, 'createdAt comes from the adapter');
    });

    test('update merges the patch shallowly and bumps the version', async ({ adapter, contact }) => {
      const created = await adapter.create('contacts', contact({ name: '陈伟', region: 'north', tags: ['vip'] }));
      const updated = await adapter.update('contacts', created.id, { region: 'east', title: '销售总监' }, { expectedVersion: 1 });
      checkEqual(updated.version, 2, 'the version grows by one');
      checkEqual([updated.region, updated.title, updated.name, updated.tags], ['east', '销售总监', '陈伟', ['vip']], 'patched fields change, others stay');
      checkEqual(updated.createdAt, created.createdAt, 'createdAt never changes');
      check(updated.updatedAt >= created.updatedAt, 'updatedAt moves forward');
      checkEqual(await adapter.get('contacts', created.id), updated, 'get returns the update');
    });

    test('a patch replaces a nested object as a whole', async ({ adapter, contact }) => {
      const created = await adapter.create('contacts', contact({ name: 'Nested', emailConsent: true }));
      const updated = await adapter.update('contacts', created.id, { consent: { email: false, phone: true, marketing: false } }, { expectedVersion: 1 });
      checkEqual(updated.consent, { email: false, phone: true, marketing: false }, 'the new object replaces the old');
    });

    test('update never changes id, tenant, version or createdAt', async ({ adapter, contact }) => {
      const created = await adapter.create('contacts', contact({ name: 'Immutable' }));
      const patch = { id: 'other', tenantId: 'other-tenant', version: 42, createdAt: '2000-01-01T00:00:00.000Z', title: 'Changed' };
      const updated = await adapter.update('contacts', created.id, patch, { expectedVersion: 1 });
      checkEqual(
        [updated.id, updated.tenantId, updated.version, updated.createdAt, updated.title],
        [created.id, created.tenantId, 2, created.createdAt, 'Changed'],
        'stored fields stay the adapter’s',
      );
      await checkRejects(() => adapter.get('contacts', 'other'), 'not-found', 'no record appears under the patched id');
    });

    test('a patch member set to undefined clears the field', async ({ adapter, contact }) => {
      const created = await adapter.create('contacts', contact({ name: 'Clear me', title: 'Temp' }));
      const updated = await adapter.update('contacts', created.id, { title: undefined }, { expectedVersion: 1 });
      check(!('title' in updated), 'the field is gone from the update result');
      check(!('title' in (await adapter.get('contacts', created.id))), 'the field is gone from the store');
    });

    test('one patch can clear a field and change another, leaving a valid record', async ({ adapter, contact }) => {
      // As a ticket leaving its SLA pause does: `pausedAt: undefined` beside the new `pausedMinutes`.
      const created = await adapter.create('contacts', contact({ name: 'On leave', title: 'Buyer', region: 'north' }));
      const updated = await adapter.update('contacts', created.id, { title: undefined, region: 'west' }, { expectedVersion: 1 });
      checkEqual([updated.version, updated.region, 'title' in updated], [2, 'west', false], 'the field is cleared and the other changed');
      check(z.safeParse(contactSchema, updated).success, 'the record without the field is still a valid contact');
      checkEqual(await adapter.get('contacts', created.id), updated, 'get returns the record as the update did');
    });

    test('a stale update is a conflict carrying the current record, and changes nothing', async ({ adapter, contact }) => {
      const created = await adapter.create('contacts', contact({ name: 'Contested' }));
      const current = await adapter.update('contacts', created.id, { title: 'First' }, { expectedVersion: 1 });
      const conflict = await checkRejects(
        () => adapter.update('contacts', created.id, { title: 'Second' }, { expectedVersion: 1 }),
        'conflict',
        'updating from version 1 after version 2 exists',
      );
      checkEqual(conflict.current, current, 'the conflict carries the current record');
      checkEqual(await adapter.get('contacts', created.id), current, 'the stale write changed nothing');
    });

    test('get, update and remove of a missing id are not-found', async ({ adapter, run }) => {
      const missing = `${run}-missing`;
      await checkRejects(() => adapter.get('contacts', missing), 'not-found', 'get');
      await checkRejects(() => adapter.update('contacts', missing, { title: 'x' }, { expectedVersion: 1 }), 'not-found', 'update');
      await checkRejects(() => adapter.remove('contacts', missing), 'not-found', 'remove');
    });

    test('remove deletes; a stale remove is a conflict and keeps the record', async ({ adapter, contact, scoped }) => {
      const kept = await adapter.create('contacts', contact({ name: 'Kept' }));
      await adapter.update('contacts', kept.id, { title: 'v2' }, { expectedVersion: 1 });
      await checkRejects(() => adapter.remove('contacts', kept.id, { expectedVersion: 1 }), 'conflict', 'removing a stale version');
      checkEqual((await adapter.get('contacts', kept.id)).version, 2, 'the record survives a stale remove');
      const gone = await adapter.create('contacts', contact({ name: 'Gone' }));
      await adapter.remove('contacts', gone.id, { expectedVersion: 1 });
      await checkRejects(() => adapter.get('contacts', gone.id), 'not-found', 'get after remove');
      const page = await adapter.list('contacts', { where: scoped() });
      checkEqual(page.items.map((item) => item.id), [kept.id], 'list after remove');
      checkEqual(page.total, 1, 'total after remove');
    });

    test('records handed out are copies: mutating them never changes the store', async ({ adapter, contact, scoped }) => {
      const input = contact({ name: 'Copy', tags: ['vip'] });
      const created = await adapter.create('contacts', input);
      (input.tags as string[]).push('mutated-input');
      (created.tags as string[]).push('mutated-result');
      const fetched = await adapter.get('contacts', created.id);
      (fetched.tags as string[]).push('mutated-get');
      const [listed] = (await adapter.list('contacts', { where: scoped() })).items;
      check(listed, 'the record is listed');
      (listed.tags as string[]).push('mutated-list');
      (listed.consent as Record<string, unknown>).email = true;
      const stored = await adapter.get('contacts', created.id);
      checkEqual(stored.tags, ['vip'], 'tags as created');
      checkEqual((stored.consent as Record<string, unknown>).email, false, 'nested object as created');
    });

    test('creates with the same idempotency key make one record', async ({ adapter, contact, run, scoped }) => {
      const key = `${run}-key`;
      const first = await adapter.create('contacts', contact({ name: 'Once' }), { idempotencyKey: key });
      const replay = await adapter.create('contacts', contact({ name: 'Once' }), { idempotencyKey: key });
      checkEqual(replay, first, 'a replay returns the first result');
      const concurrentKey = `${run}-concurrent`;
      const [a, b] = await Promise.all([
        adapter.create('contacts', contact({ name: 'Racing' }), { idempotencyKey: concurrentKey }),
        adapter.create('contacts', contact({ name: 'Racing' }), { idempotencyKey: concurrentKey }),
      ]);
      checkEqual(a.id, b.id, 'two creates in flight with one key make one record');
      checkEqual((await adapter.list('contacts', { where: scoped() })).total, 2, 'no duplicates stored');
    });

    test('of concurrent updates from the same version, exactly one wins', async ({ adapter, contact }) => {
      const created = await adapter.create('contacts', contact({ name: 'Race' }));
      const titles = ['a', 'b', 'c', 'd', 'e'];
      const outcomes = await Promise.allSettled(titles.map((title) => adapter.update('contacts', created.id, { title }, { expectedVersion: 1 })));
      const winners = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      const losers = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
      checkEqual(winners.length, 1, 'one update succeeds');
      check(losers.every((outcome) => (outcome.reason as { kind?: unknown }).kind === 'conflict'), 'the others are conflicts');
      const stored = await adapter.get('contacts', created.id);
      checkEqual(stored.version, 2, 'one new version');
      checkEqual(stored.title, (winners[0] as PromiseFulfilledResult<{ title?: unknown }>).value.title, 'the winner’s patch is what is stored');
    });
  });
}
