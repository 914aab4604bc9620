import { afterEach, describe, expect, it, vi } from 'vitest';
import { entityNames } from '@rapport/core';
import { entities, parseOrThrow } from '@rapport/core/schema';
import { DEMO_IDS, createDemoAdapter, createDemoData, type DemoData } from '@rapport/core/demo';

const now = new Date('2025-06-30T08:00:00.000Z');
const data = createDemoData({ seed: 1, now });

const byId = <T extends { id: string }>(records: readonly T[], id: string) => records.find((record) => record.id === id);

describe('createDemoData', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives the same data for the same seed and now, and other data for another seed', () => {
    expect(createDemoData({ seed: 1, now })).toEqual(data);
    const other = createDemoData({ seed: 2, now });
    expect(other.contacts.map((contact) => contact.name)).not.toEqual(data.contacts.map((contact) => contact.name));
  });

  it('never draws from Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    createDemoData({ seed: 5, now });
    expect(random).not.toHaveBeenCalled();
  });

  // The demo adapter stores the data unchecked, so a page showing it does not load every schema.
  it('holds only records their entity schemas accept, unchanged by parsing, at any seed and size', () => {
    for (const demo of [data, createDemoData({ seed: 3, now, size: 200 }), createDemoData({ seed: 4, now, size: 10 })]) {
      for (const name of entityNames) {
        for (const record of demo[name]) expect(parseOrThrow(entities[name].schema, record)).toEqual(record);
      }
    }
  });

  it('uses unique ids within each collection', () => {
    for (const name of entityNames) {
      const ids = data[name].map((record) => record.id);
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });

  it('keeps the well-known records the demo page links to', () => {
    expect(byId(data.contacts, DEMO_IDS.contact)).toMatchObject({ name: '王芳', accountId: DEMO_IDS.account });
    expect(byId(data.accounts, DEMO_IDS.account)?.name).toBe('上海云杉科技有限公司');
    expect(byId(data.deals, DEMO_IDS.deal)).toMatchObject({ contactId: DEMO_IDS.contact, pipelineId: DEMO_IDS.pipeline, stageId: 'proposal', status: 'open' });
    expect(byId(data.tickets, DEMO_IDS.ticket)).toMatchObject({ requesterId: DEMO_IDS.contact, status: 'open' });
    expect(byId(data.surveys, DEMO_IDS.survey)?.questions.map((question) => question.type)).toEqual(['nps', 'csat', 'text', 'text']);
    expect(data.slaPolicies.map((policy) => policy.id)).toEqual(['sla-standard', 'sla-silver', 'sla-gold', 'sla-platinum']);
  });

  it('mixes Latin, simplified and traditional Chinese names', () => {
    const names = data.contacts.map((contact) => contact.name);
    expect(names.some((name) => /^[A-Za-zÀ-ÿ' ]+$/.test(name))).toBe(true);
    expect(names.some((name) => /[王李张刘陈杨赵黄周吴林徐]/.test(name))).toBe(true);
    expect(names.some((name) => /[陳張黃劉蔡]/.test(name))).toBe(true);
  });

  it('links records only to records that exist', () => {
    const ids = (name: keyof DemoData) => new Set(data[name].map((record) => record.id));
    const accounts = ids('accounts');
    const contacts = ids('contacts');
    const deals = ids('deals');
    const tickets = ids('tickets');
    const pipeline = data.pipelines[0];
    expect(data.contacts.every((contact) => contact.accountId === undefined || accounts.has(contact.accountId))).toBe(true);
    expect(data.deals.every((deal) => pipeline?.stages.some((stage) => stage.id === deal.stageId) && (deal.contactId === undefined || contacts.has(deal.contactId)))).toBe(true);
    expect(data.activities.every((activity) => (activity.contactId === undefined || contacts.has(activity.contactId)) && (activity.dealId === undefined || deals.has(activity.dealId)))).toBe(true);
    expect(data.ticketMessages.every((message) => tickets.has(message.ticketId))).toBe(true);
    expect(data.tickets.every((ticket) => contacts.has(ticket.requesterId ?? "") && data.slaPolicies.some((policy) => policy.id === ticket.slaPolicyId))).toBe(true);
    expect(data.surveyResponses.every((response) => contacts.has(response.contactId ?? '') && (response.ticketId === undefined || tickets.has(response.ticketId)))).toBe(true);
    expect(data.orders.every((order) => contacts.has(order.contactId ?? ''))).toBe(true);
  });

  it('names every owner, assignee and agent author after an active team member, and defines every custom field it uses', () => {
    const members = new Map(data.users.map((user) => [user.id, user]));
    const named = [
      ...[...data.accounts, ...data.contacts, ...data.deals, ...data.activities].map((record) => record.ownerId),
      ...data.tickets.map((ticket) => ticket.assigneeId),
      ...data.ticketMessages.filter((message) => message.authorKind === 'agent').map((message) => message.authorId),
    ].filter((id): id is string => id !== undefined);
    expect(named.length).toBeGreaterThan(0);
    for (const id of new Set(named)) expect(members.get(id)?.active, id).toBe(true);
    expect(data.users.some((user) => !user.active)).toBe(true);
    for (const [entity, records] of [['accounts', data.accounts], ['contacts', data.contacts], ['deals', data.deals], ['tickets', data.tickets]] as const) {
      const keys = new Set(records.flatMap((record) => Object.keys(record.customFields)));
      const defined = new Set(data.fieldDefinitions.filter((definition) => definition.entity === entity).map((definition) => definition.key));
      for (const key of keys) expect(defined.has(key), `${entity}.${key}`).toBe(true);
    }
  });

  it('puts deals in every stage, with stage history ending in the current stage', () => {
    const big = createDemoData({ seed: 3, now, size: 200 });
    const stages = new Set(big.deals.map((deal) => deal.stageId));
    expect([...stages].sort()).toEqual(big.pipelines[0]?.stages.map((stage) => stage.id).sort());
    for (const deal of big.deals) {
      expect(deal.stageHistory.at(-1)?.stageId).toBe(deal.stageId);
      const entered = deal.stageHistory.map((visit) => visit.enteredAt);
      expect(entered).toEqual([...entered].sort());
    }
    expect(big.deals.some((deal) => deal.status === 'won')).toBe(true);
    expect(big.deals.some((deal) => deal.status === 'lost' && deal.lostReason)).toBe(true);
  });

  it('threads tickets with public replies and internal notes', () => {
    const thread = data.ticketMessages.filter((message) => message.ticketId === DEMO_IDS.ticket);
    expect(thread.map((message) => [message.authorKind, message.visibility])).toEqual([
      ['customer', 'public'],
      ['agent', 'public'],
      ['agent', 'internal'],
      ['customer', 'public'],
    ]);
  });

  it('asks "what could we do better?" only of detractors', () => {
    expect(data.surveyResponses.some((response) => response.answers.better !== undefined)).toBe(true);
    for (const response of data.surveyResponses) {
      if (response.answers.better !== undefined) expect(response.answers.nps).toBeLessThanOrEqual(6);
    }
  });

  it('dates history before now: activities within the past year, orders and responses before now', () => {
    const nowIso = now.toISOString();
    const yearAgo = new Date(now.getTime() - 366 * 86_400_000).toISOString();
    expect(data.activities.every((activity) => activity.at <= nowIso && activity.at >= yearAgo)).toBe(true);
    expect(data.orders.every((order) => order.orderedAt <= nowIso)).toBe(true);
    expect(data.surveyResponses.every((response) => response.submittedAt <= nowIso)).toBe(true);
    expect(entityNames.every((name) => data[name].every((record) => record.createdAt <= record.updatedAt && record.updatedAt <= nowIso))).toBe(true);
  });

  it('scales with size', () => {
    const small = createDemoData({ seed: 1, now, size: 10 });
    expect(small.contacts).toHaveLength(10);
    expect(small.deals.length).toBeLessThan(data.deals.length);
  });
});

describe('createDemoAdapter', () => {
  it('serves the demo data, and stamps new writes after it', async () => {
    const adapter = createDemoAdapter({ seed: 1, now });
    const contact = await adapter.get('contacts', DEMO_IDS.contact);
    expect(contact.name).toBe('王芳');
    expect((await adapter.list('deals', { where: { pipelineId: DEMO_IDS.pipeline } })).total).toBe(data.deals.length);
    const created = await adapter.create('activities', { kind: 'note', subject: 'x', at: now.toISOString(), ownerId: 'u-lin' });
    expect(created.tenantId).toBe('demo');
    expect(created.createdAt >= now.toISOString()).toBe(true);
  });
});
