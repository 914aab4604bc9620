import { rmSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { keptMeasuresAmong, purchaseFigures, rfmAnalysis, rfmCuts, rfmFromCuts, summarizeOrders, type CustomerKind, type StoreRecords } from '@rapport/core/domain';
import { AutomationWorker, createApiKey, createRapportApp, ensureTenant, openDatabase, type Database, type RapportApp } from '@rapport/server';
import { migratedDataDir } from './data-dir.js';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

// Customer measures kept by the automation worker, over embedded PostgreSQL with a controlled
// clock: orders, tickets and answers arrive through the API, the worker runs, and the measures
// endpoint hands out what it stored.

let dataDir: string;
let db: Database;
let rapport: RapportApp;
let worker: AutomationWorker;
let adminKey: string;
let clock: Date;
let TENANT = 'shop';
let tenants = 0;
const DAY = 86_400_000;

async function api<T = Record<string, any>>(method: string, path: string, body?: unknown, key = adminKey): Promise<{ status: number; body: T }> {
  const response = await rapport.app.request(`/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

async function create(collection: string, body: unknown): Promise<Record<string, any>> {
  const { status, body: created } = await api('POST', `/${collection}`, body);
  expect(status, JSON.stringify(created)).toBe(201);
  return created;
}

const ago = (days: number) => new Date(clock.getTime() - days * DAY).toISOString();

beforeAll(async () => {
  dataDir = await migratedDataDir();
  db = await openDatabase({ dataDir });
  rapport = await createRapportApp({ database: db, now: () => clock });
  worker = new AutomationWorker({ db, now: () => clock });
});

beforeEach(async () => {
  clock = new Date('2026-03-06T10:00:00Z');
  TENANT = `shop-${++tenants}`;
  await ensureTenant(db, { id: TENANT, name: 'Shop' });
  adminKey = (await createApiKey(db, { tenantId: TENANT, role: 'admin' })).key;
  await worker.runOnce();
});

afterAll(async () => {
  await rapport.close();
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Three customers of one account and one of another, with a year of orders. */
async function customers() {
  const globex = await create('accounts', { name: 'Globex' });
  const initech = await create('accounts', { name: 'Initech' });
  const ada = await create('contacts', { name: 'Ada', accountId: globex.id });
  const bo = await create('contacts', { name: 'Bo', accountId: globex.id });
  const cy = await create('contacts', { name: 'Cy', accountId: initech.id });
  for (const [contact, account, days, amount] of [
    [ada, globex, 300, 5_000],
    [ada, globex, 200, 5_000],
    [ada, globex, 100, 5_000],
    [bo, globex, 40, 800],
    [cy, initech, 250, 200],
  ] as const) {
    await create('orders', { contactId: contact.id, accountId: account.id, orderedAt: ago(days), amount, currency: 'CNY', margin: amount * 0.3, status: 'paid' });
  }
  return { globex, initech, ada, bo, cy };
}

describe('customer measures', () => {
  it('stores every customer’s measures, ranked as rfmAnalysis ranks them, and scores a customer’s new order against that ranking', async () => {
    const { globex, ada, bo, cy } = await customers();
    await worker.runOnce();
    // The next day the schedule ranks everyone again, with nothing else to do.
    clock = new Date(clock.getTime() + DAY + 60_000);
    await worker.runOnce();
    const ranking = await api<{ items: any[] }>('GET', '/orders?limit=100');
    const rankedOrders = ranking.body.items;
    const rankedAt = clock;
    const expected = new Map(rfmAnalysis(summarizeOrders(rankedOrders, { now: rankedAt, by: 'contact' })).map((row) => [row.customerId, row]));
    for (const contact of [ada, bo, cy]) {
      const { body } = await api('GET', `/contacts/${contact.id}/measures`);
      const row = expected.get(contact.id)!;
      expect(body.rfm).toEqual({ r: row.r, f: row.f, m: row.m, segment: row.segment });
      expect(body.computedAt).toBe(rankedAt.toISOString());
    }
    const before = (await api('GET', `/contacts/${bo.id}/measures`)).body;
    expect(before.lifecycle.stage).toBe('exploration');

    // Bo orders again two hours later: the worker updates Bo (and Globex) without recomputing anyone else,
    // scoring Bo against the cuts of that ranking.
    clock = new Date(clock.getTime() + 2 * 3_600_000);
    await create('orders', { contactId: bo.id, accountId: globex.id, orderedAt: ago(0), amount: 900, currency: 'CNY', status: 'paid' });
    await worker.runOnce();
    const after = (await api('GET', `/contacts/${bo.id}/measures`)).body;
    expect(after.computedAt).toBe(clock.toISOString());
    expect(after.lifecycle.stage).toBe('formation');
    const bosOrders = (await api<{ items: any[] }>('GET', `/orders?limit=100&where=${encodeURIComponent(JSON.stringify({ contactId: bo.id }))}`)).body.items;
    expect(bosOrders).toHaveLength(2);
    const cuts = rfmCuts(summarizeOrders(rankedOrders, { now: rankedAt, by: 'contact' }));
    expect(after.rfm).toEqual(rfmFromCuts(purchaseFigures(bo.id, 'contact', bosOrders, clock)!, cuts));
    expect(after.rfm.f).toBeGreaterThan(before.rfm.f);
    expect((await api('GET', `/accounts/${globex.id}/measures`)).body.computedAt).toBe(clock.toISOString());
    expect((await api('GET', `/contacts/${cy.id}/measures`)).body.computedAt).not.toBe(clock.toISOString());
  });

  it('counts a detractor answer and an escalated ticket towards churn risk, for the contact and its account', async () => {
    const { globex, ada } = await customers();
    await worker.runOnce();
    const calm = (await api('GET', `/accounts/${globex.id}/measures`)).body;
    const survey = await create('surveys', { title: 'NPS', questions: [{ id: 'q1', type: 'nps', label: 'Recommend us?' }] });
    await create('surveyResponses', { surveyId: survey.id, contactId: ada.id, answers: { q1: 2 }, submittedAt: ago(1) });
    await create('tickets', { subject: 'Late again', description: 'Third time', channel: 'email', requesterId: ada.id, accountId: globex.id, escalationLevel: 2 });
    await worker.runOnce();
    const contact = (await api('GET', `/contacts/${ada.id}/measures`)).body;
    expect(contact.churn.reasons.map((reason: { factor: string }) => reason.factor).sort()).toEqual(['complaints', 'detractors', 'sla-breaches']);
    const account = (await api('GET', `/accounts/${globex.id}/measures`)).body;
    expect(account.churn.risk).toBeGreaterThan(calm.churn.risk);
  });

  it('counts the tickets of the churn window as the domain does, for one customer’s update and in the daily recompute', async () => {
    const { globex, ada, bo } = await customers();
    const today = clock;
    const ticketAt = async (daysAgo: number, requesterId: string, escalationLevel: number) => {
      clock = new Date(today.getTime() - daysAgo * DAY);
      await create('tickets', { subject: `${daysAgo} days ago`, description: 'Broken', channel: 'email', requesterId, accountId: globex.id, escalationLevel });
    };
    // Outside the 180-day window (escalated, so counting it would show), then inside it.
    await ticketAt(200, ada.id, 2);
    await ticketAt(181, bo.id, 1);
    await ticketAt(179, ada.id, 0);
    await ticketAt(10, ada.id, 1);
    await ticketAt(3, bo.id, 0);
    clock = today;
    const all = async (collection: string) => (await api<{ items: any[] }>('GET', `/${collection}?limit=100`)).body.items;
    const expectAsDomain = async () => {
      const records: StoreRecords = {
        contacts: await all('contacts'),
        orders: await all('orders'),
        activities: [],
        deals: [],
        tickets: await all('tickets'),
        surveyResponses: [],
        surveys: [],
      };
      for (const [kind, id] of [['contact', ada.id], ['contact', bo.id], ['account', globex.id]] as Array<[CustomerKind, string]>) {
        const stored = (await api('GET', `/${kind}s/${id}/measures`)).body;
        expect(stored.computedAt).toBe(clock.toISOString());
        expect(stored.churn, `${kind} ${id}`).toEqual(keptMeasuresAmong(records, kind, id, clock).churn);
      }
    };
    await worker.runOnce();
    const adaChurn = (await api('GET', `/contacts/${ada.id}/measures`)).body.churn;
    expect(adaChurn.reasons.find((reason: { factor: string }) => reason.factor === 'complaints')?.value).toBe(2);
    expect(adaChurn.reasons.find((reason: { factor: string }) => reason.factor === 'sla-breaches')?.value).toBe(1);
    await expectAsDomain();
    // A day later the schedule recomputes everyone at once, counting tickets per customer in the database.
    clock = new Date(today.getTime() + DAY + 60_000);
    await worker.runOnce();
    await expectAsDomain();
  });

  it('ranks in the daily recompute only a customer who bought in one currency', async () => {
    const { ada, bo, cy } = await customers();
    // Ada also paid in dollars; Bo's dollar order was cancelled, so he still bought in yuan only.
    await create('orders', { contactId: ada.id, orderedAt: ago(5), amount: 50, currency: 'USD', status: 'paid' });
    await create('orders', { contactId: bo.id, orderedAt: ago(5), amount: 50, currency: 'USD', status: 'cancelled' });
    await worker.runOnce();
    clock = new Date(clock.getTime() + DAY + 60_000);
    await worker.runOnce();
    const rfm = async (id: string) => (await api('GET', `/contacts/${id}/measures`)).body.rfm;
    expect(await rfm(ada.id)).toBeUndefined();
    expect(await rfm(bo.id)).toBeDefined();
    expect(await rfm(cy.id)).toBeDefined();
  });

  it('re-ranks everyone on its daily schedule, as recency ages', async () => {
    const { cy } = await customers();
    await worker.runOnce();
    const first = (await api('GET', `/contacts/${cy.id}/measures`)).body;
    clock = new Date(clock.getTime() + DAY + 60_000);
    await worker.runOnce();
    const next = (await api('GET', `/contacts/${cy.id}/measures`)).body;
    expect(next.computedAt).toBe(clock.toISOString());
    expect(next.churn.risk).toBeGreaterThanOrEqual(first.churn.risk);
  });

  it('answers for a customer the worker has not measured, without storing anything, and only to staff who may read them', async () => {
    const account = await create('accounts', { name: 'Hooli' });
    const contact = await create('contacts', { name: 'Dee', accountId: account.id });
    await create('orders', { contactId: contact.id, orderedAt: ago(3), amount: 100, currency: 'CNY', status: 'paid' });
    const { status, body } = await api('GET', `/contacts/${contact.id}/measures`);
    expect(status).toBe(200);
    expect(body.lifecycle.stage).toBe('exploration');
    expect(await db.query('SELECT 1 FROM customer_measures WHERE tenant_id = $1', [TENANT])).toEqual([]);
    expect((await api('GET', '/contacts/nobody/measures')).status).toBe(404);
    const sales = (await createApiKey(db, { tenantId: TENANT, role: 'sales' })).key;
    expect((await api('GET', `/contacts/${contact.id}/measures`, undefined, sales)).status).toBe(200);
    const otherTenant = `${TENANT}-other`;
    await ensureTenant(db, { id: otherTenant, name: 'Other' });
    const stranger = (await createApiKey(db, { tenantId: otherTenant, role: 'admin' })).key;
    expect((await api('GET', `/contacts/${contact.id}/measures`, undefined, stranger)).status).toBe(404);
  });
});
