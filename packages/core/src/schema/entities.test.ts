import { describe, expect, it } from 'vitest';
import { entityNames, type EntityCreate, type EntityName } from '@rapport/core';
import { entities, parseOrThrow } from '@rapport/core/schema';

const stored = { id: 'r-1', tenantId: 't-1', version: 3, createdAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-02-03T04:05:06.000Z' };

/** A minimal valid create input per entity: the fields without defaults. */
const minimal: { [N in EntityName]: EntityCreate<N> } = {
  accounts: { name: '华为技术有限公司' },
  contacts: { name: '王小明' },
  activities: { kind: 'call', subject: 'Intro call', at: '2025-03-01T09:30:00Z', ownerId: 'u-1' },
  leads: { name: 'Ada Lovelace' },
  pipelines: { name: 'Sales', currency: 'CNY', stages: [{ id: 'lead', name: '线索', probability: 0.1 }] },
  deals: { name: 'ERP rollout', pipelineId: 'p-1', stageId: 'lead', amount: 120000, currency: 'CNY' },
  tickets: { subject: 'Cannot log in', description: 'The password reset mail never arrives.', channel: 'email', requesterId: 'c-1' },
  ticketMessages: { ticketId: 't-1', authorKind: 'agent', body: 'Could you check your spam folder?' },
  slaPolicies: {
    name: 'Gold',
    tier: 'gold',
    targets: [{ priority: 'urgent', firstResponseMinutes: 30, resolutionMinutes: 240 }],
    calendar: { timeZone: 'Asia/Shanghai', weeklyHours: [{ day: 1, start: '09:00', end: '18:00' }] },
  },
  kbArticles: { title: 'How do I reset my password?', body: 'Use the link on the sign-in page.' },
  surveys: { title: 'How did we do?', questions: [{ type: 'nps', id: 'nps', label: 'Would you recommend us?' }] },
  surveyResponses: { surveyId: 's-1', answers: { nps: 9 }, submittedAt: '2025-03-01T10:00:00Z' },
  orders: { orderedAt: '2025-03-01T10:00:00Z', amount: 99.5, currency: 'EUR' },
  users: { name: '林静', email: 'lin.jing@example.com', role: 'sales' },
  fieldDefinitions: { entity: 'contacts', key: 'wechatId', label: { en: 'WeChat ID' }, type: 'text' },
  savedViews: { name: 'My urgent tickets', collection: 'tickets', filter: { status: 'unresolved', priority: 'urgent' } },
  cannedReplies: { title: 'Looking into it', body: 'Hello {{requester.firstName}}' },
  ticketCategories: { key: 'order', label: { en: 'Orders and delivery', 'zh-Hans': '订单与配送' } },
};

describe('entity registry', () => {
  it('lists the collections adapters store', () => {
    expect(entityNames).toEqual([
      'accounts', 'contacts', 'activities', 'leads', 'pipelines', 'deals', 'tickets',
      'ticketMessages', 'slaPolicies', 'kbArticles', 'surveys', 'surveyResponses', 'orders',
      'users', 'fieldDefinitions', 'savedViews', 'cannedReplies', 'ticketCategories',
    ]);
  });

  describe.each(entityNames)('%s', (name) => {
    const { schema, create, update } = entities[name];

    it('round-trips a created record through the stored schema unchanged', () => {
      const created = parseOrThrow(create, minimal[name]);
      const record = { ...created, ...stored };
      expect(parseOrThrow(schema, record)).toEqual(record);
      expect(parseOrThrow(schema, JSON.parse(JSON.stringify(record)))).toEqual(record);
    });

    it('rejects a stored record without its stored fields', () => {
      const created = parseOrThrow(create, minimal[name]);
      expect(() => parseOrThrow(schema, created)).toThrow(/id, tenantId, version, createdAt, updatedAt/);
    });

    it('accepts an empty patch and adds no defaults to it', () => {
      expect(parseOrThrow(update, {})).toEqual({});
    });

    it('strips stored fields a caller tries to send on create', () => {
      const created = parseOrThrow(create, { ...minimal[name], ...stored });
      expect(Object.keys(created)).not.toContain('version');
      expect(Object.keys(created)).not.toContain('id');
    });
  });

  it('fills defaults on create so callers can leave them out', () => {
    expect(parseOrThrow(entities.accounts.create, minimal.accounts)).toEqual({ name: '华为技术有限公司', tier: 'standard', tags: [], customFields: {} });
    const contact = parseOrThrow(entities.contacts.create, minimal.contacts);
    expect(contact.consent).toEqual({ email: false, phone: false, marketing: false });
    expect(contact.channels).toEqual([]);
    const deal = parseOrThrow(entities.deals.create, minimal.deals);
    expect([deal.status, deal.stageHistory]).toEqual(['open', []]);
    const ticket = parseOrThrow(entities.tickets.create, minimal.tickets);
    expect([ticket.status, ticket.priority, ticket.escalationLevel]).toEqual(['new', 'normal', 0]);
    expect(parseOrThrow(entities.kbArticles.create, minimal.kbArticles).published).toBe(true);
    expect(parseOrThrow(entities.ticketMessages.create, minimal.ticketMessages).visibility).toBe('public');
    expect(parseOrThrow(entities.surveys.create, minimal.surveys).questions[0]?.required).toBe(false);
  });

  it('keeps a patch to one field from touching the others', () => {
    expect(parseOrThrow(entities.deals.update, { stageId: 'won' })).toEqual({ stageId: 'won' });
    expect(parseOrThrow(entities.contacts.update, { tags: ['vip'] })).toEqual({ tags: ['vip'] });
  });

  it('still validates the fields a patch does carry', () => {
    expect(() => parseOrThrow(entities.deals.update, { amount: -5 })).toThrow(/amount/);
  });
});
