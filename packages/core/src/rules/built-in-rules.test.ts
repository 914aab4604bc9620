import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../adapter/memory-adapter.js';
import { createCrmClient, type CrmClient } from '../client/create-crm-client.js';
import type { DomainEventMap, Notification } from '../events/domain-events.js';
import { builtInRules, type BuiltInRulesOptions } from './built-in-rules.js';
import { ruleActionsFromClient } from './client-rule-actions.js';
import { createRulesEngine, type RulesEngine } from './rules-engine.js';

// 2025-09-15 is a Monday; the service desk works 09:00–18:00 Shanghai time on weekdays.
const at = (localTime: string) => new Date(`2025-09-15T${localTime}:00+08:00`);
const weekdays = [1, 2, 3, 4, 5];

const seed = {
  accounts: [
    { id: 'acme', name: 'Acme', tier: 'gold', ownerId: 'owner-li' },
    { id: 'solo', name: 'Solo', tier: 'standard' },
  ],
  contacts: [
    { id: 'ada', name: 'Ada', accountId: 'acme' },
    { id: 'bo', name: 'Bo', accountId: 'solo' },
  ],
  slaPolicies: [
    {
      id: 'gold',
      name: 'Gold',
      tier: 'gold',
      targets: [{ priority: 'normal', firstResponseMinutes: 60, resolutionMinutes: 480 }],
      calendar: { timeZone: 'Asia/Shanghai', weeklyHours: weekdays.map((day) => ({ day, start: '09:00', end: '18:00' })), holidays: [] },
      escalation: [
        { level: 1, atPercent: 75 },
        { level: 2, atPercent: 100 },
      ],
    },
  ],
  tickets: [
    {
      id: 't1',
      subject: 'Printer on fire',
      description: 'Smoke',
      channel: 'phone',
      requesterId: 'ada',
      accountId: 'acme',
      assigneeId: 'agent-zhao',
      createdAt: at('09:00').toISOString(),
    },
    {
      id: 't2',
      subject: 'Done already',
      description: 'Fixed',
      channel: 'email',
      requesterId: 'ada',
      accountId: 'acme',
      status: 'resolved',
      createdAt: at('09:00').toISOString(),
      resolvedAt: at('09:05').toISOString(),
    },
  ],
  surveys: [
    {
      id: 'nps-survey',
      title: 'How did we do?',
      questions: [
        { id: 'recommend', type: 'nps', label: 'Would you recommend us?' },
        { id: 'support', type: 'csat', label: 'How was support?' },
      ],
    },
  ],
  pipelines: [{ id: 'sales', name: 'Sales', currency: 'CNY', stages: [{ id: 'propose', name: 'Propose', probability: 0.5 }] }],
  deals: [
    {
      id: 'quiet',
      name: 'Forty printers',
      pipelineId: 'sales',
      stageId: 'propose',
      amount: 40_000,
      currency: 'CNY',
      ownerId: 'owner-wang',
      accountId: 'acme',
      stageHistory: [{ stageId: 'propose', enteredAt: '2025-08-20T00:00:00Z' }],
      createdAt: '2025-08-01T00:00:00Z',
    },
    {
      id: 'orphan',
      name: 'Toner contract',
      pipelineId: 'sales',
      stageId: 'propose',
      amount: 900,
      currency: 'CNY',
      stageHistory: [{ stageId: 'propose', enteredAt: '2025-08-20T00:00:00Z' }],
      createdAt: '2025-08-01T00:00:00Z',
    },
    {
      id: 'busy',
      name: 'Paper',
      pipelineId: 'sales',
      stageId: 'propose',
      amount: 100,
      currency: 'CNY',
      ownerId: 'owner-wang',
      stageHistory: [{ stageId: 'propose', enteredAt: '2025-09-14T00:00:00Z' }],
      createdAt: '2025-08-01T00:00:00Z',
    },
  ],
};

const running: Array<{ client: CrmClient; engine: RulesEngine }> = [];

afterEach(() => {
  for (const { client, engine } of running.splice(0)) {
    engine.dispose();
    client.dispose();
  }
});

function setup(options: BuiltInRulesOptions = {}, adapter = createMemoryAdapter({ seed, now: () => at('08:00') })) {
  let clock = at('09:00');
  const client = createCrmClient({ adapter, now: () => clock });
  const engine = createRulesEngine({ bus: client.events, actions: ruleActionsFromClient(client), rules: builtInRules(options), now: () => clock, onError: (error) => { throw error; } });
  running.push({ client, engine });
  const notifications: Notification[] = [];
  const breaches: Array<Pick<DomainEventMap['ticket.sla-breached'], 'target' | 'level' | 'breached'>> = [];
  const escalations: Array<[number, number]> = [];
  client.events.on('notification', (notification) => {
    notifications.push(notification);
  });
  client.events.on('ticket.sla-breached', ({ target, level, breached }) => {
    breaches.push({ target, level, breached });
  });
  client.events.on('ticket.escalated', ({ previousLevel, level }) => {
    escalations.push([previousLevel, level]);
  });
  const snapshot = async () => ({
    tickets: (await client.tickets.list()).items,
    slaPolicies: (await client.slaPolicies.list()).items,
    accounts: (await client.accounts.list()).items,
    deals: (await client.deals.list()).items,
    activities: (await client.activities.list()).items,
  });
  const tick = async (now: Date) => {
    clock = now;
    await engine.tick(now, await snapshot());
  };
  const setClock = (now: Date) => {
    clock = now;
  };
  return { adapter, client, engine, notifications, breaches, escalations, tick, setClock, snapshot };
}

describe('SLA breach → escalate and notify', () => {
  it('warns at the first step, escalates again at the breach, once each', async () => {
    const { client, tick, breaches, escalations, notifications } = setup({ idleDealReminder: { enabled: false } });
    await tick(at('09:30'));
    expect(breaches).toEqual([]);

    await tick(at('09:50'));
    await tick(at('09:55'));
    expect(breaches).toEqual([{ target: 'first-response', level: 1, breached: false }]);
    expect((await client.tickets.get('t1')).escalationLevel).toBe(1);

    await tick(at('10:05'));
    await tick(at('10:30'));
    expect(breaches.map((b) => [b.level, b.breached])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(escalations).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(notifications.map((n) => [n.code, n.severity, n.recipientId])).toEqual([
      ['sla-at-risk', 'warning', 'agent-zhao'],
      ['sla-breached', 'critical', 'agent-zhao'],
    ]);
    expect(notifications[1]?.message).toBe('Ticket “Printer on fire” missed its first response target and was escalated to level 2');
  });

  it('raises a ticket whose two clocks both ran out in one write, for the more urgent one', async () => {
    const { adapter, tick, breaches, escalations } = setup({ idleDealReminder: { enabled: false } });
    const updates: number[] = [];
    const update = adapter.update.bind(adapter);
    adapter.update = (collection, id, patch, options) => {
      if (collection === 'tickets') updates.push(options.expectedVersion);
      return update(collection, id, patch, options);
    };
    // By the next afternoon the first response (1 h) and the resolution (8 business hours) have both run out.
    await tick(new Date('2025-09-16T15:00:00+08:00'));
    expect(breaches).toEqual([{ target: 'first-response', level: 2, breached: true }]);
    expect(escalations).toEqual([[0, 2]]);
    expect(updates).toEqual([1]);
  });

  it('does not announce again after a restart, since the level is stored on the ticket', async () => {
    const first = setup({ idleDealReminder: { enabled: false } });
    await first.tick(at('10:05'));
    expect((await first.client.tickets.get('t1')).escalationLevel).toBe(2);

    const restarted = setup({ idleDealReminder: { enabled: false } }, first.adapter);
    await restarted.tick(at('10:10'));
    expect(restarted.breaches).toEqual([]);
  });

  it('still escalates when someone edited the ticket since the snapshot', async () => {
    const { client, engine, snapshot, breaches } = setup({ idleDealReminder: { enabled: false } });
    const stale = await snapshot();
    await client.tickets.update('t1', { subject: 'Printer on fire (2nd floor)' }, { expectedVersion: 1 });
    await engine.tick(at('10:05'), stale);
    expect(breaches).toHaveLength(1);
    const ticket = await client.tickets.get('t1');
    expect([ticket.escalationLevel, ticket.subject]).toEqual([2, 'Printer on fire (2nd floor)']);
  });

  it('can be switched off', async () => {
    const { client, tick, breaches, engine } = setup({ slaEscalation: { enabled: false }, idleDealReminder: { enabled: false } });
    await tick(at('10:05'));
    expect(breaches).toEqual([]);
    engine.setEnabled('sla-monitor', true);
    await tick(at('10:06'));
    expect(breaches).toHaveLength(1);
    expect((await client.tickets.get('t1')).escalationLevel).toBe(0);
  });
});

describe('detractor response → follow-up task for the account owner', () => {
  const respond = (client: CrmClient, contactId: string, answers: Record<string, number>) =>
    client.surveyResponses.create({ surveyId: 'nps-survey', contactId, answers, submittedAt: at('09:00').toISOString() });

  it('creates a task for the owner of the respondent’s account and notifies them', async () => {
    const { client, engine, notifications } = setup();
    const response = await respond(client, 'ada', { recommend: 3, support: 4 });
    await engine.settled();
    const [task, ...others] = (await client.activities.list()).items;
    expect(others).toEqual([]);
    expect(task).toMatchObject({
      kind: 'task',
      subject: 'Follow up on an NPS score of 3',
      ownerId: 'owner-li',
      contactId: 'ada',
      accountId: 'acme',
      at: at('09:00').toISOString(),
      dueAt: new Date(at('09:00').getTime() + 48 * 3_600_000).toISOString(),
    });
    expect(notifications).toEqual([expect.objectContaining({ code: 'detractor-follow-up', recipientId: 'owner-li', subject: { collection: 'activities', id: task?.id } })]);
    expect(response.id).toBeTruthy();
  });

  it('ignores promoters and low scores on questions that are not NPS', async () => {
    const { client, engine } = setup();
    await respond(client, 'ada', { recommend: 9, support: 2 });
    await engine.settled();
    expect((await client.activities.list()).total).toBe(0);
  });

  it('notifies the queue when nobody owns the account or the contact', async () => {
    const { client, engine, notifications } = setup();
    await respond(client, 'bo', { recommend: 0 });
    await engine.settled();
    expect((await client.activities.list()).total).toBe(0);
    expect(notifications).toEqual([expect.objectContaining({ code: 'detractor-unassigned', message: 'Bo gave an NPS score of 0; nobody owns the follow-up' })]);
  });

  it('gives the task to the fallback owner, in the host’s words', async () => {
    const { client, engine } = setup({ detractorFollowUp: { fallbackOwnerId: 'team-lead', subject: (score) => `回访：NPS ${score} 分` } });
    await respond(client, 'bo', { recommend: 5 });
    await engine.settled();
    expect((await client.activities.list()).items.map((a) => [a.ownerId, a.subject])).toEqual([['team-lead', '回访：NPS 5 分']]);
  });

  it('follows a stricter detractor cut-off: only answers at or below it get a task', async () => {
    const { client, engine } = setup({ detractorFollowUp: { maxScore: 3 } });
    await respond(client, 'ada', { recommend: 5 });
    await respond(client, 'ada', { recommend: 3 });
    await engine.settled();
    expect((await client.activities.list()).items.map((a) => a.subject)).toEqual(['Follow up on an NPS score of 3']);
  });

  it('can be switched off', async () => {
    const { client, engine } = setup({ detractorFollowUp: { enabled: false } });
    await respond(client, 'ada', { recommend: 1 });
    await engine.settled();
    expect((await client.activities.list()).total).toBe(0);
  });
});

describe('deal idle N days → reminder task', () => {
  it('reminds the owner of each idle deal once, and the queue of unowned ones', async () => {
    const { client, tick, notifications } = setup({ slaEscalation: { enabled: false }, idleDealReminder: { idleDays: 14 } });
    await tick(at('10:00'));
    await tick(at('11:00'));
    const tasks = (await client.activities.list()).items;
    expect(tasks.map((t) => [t.dealId, t.ownerId, t.kind, t.accountId])).toEqual([['quiet', 'owner-wang', 'task', 'acme']]);
    expect(tasks[0]?.subject).toBe('Follow up on “Forty printers”: nothing happened for 26 days');
    expect(notifications.map((n) => [n.code, n.subject?.id])).toEqual([['deal-idle-unowned', 'orphan']]);
  });

  it('reminds again only after another idle spell', async () => {
    const { client, tick } = setup({ slaEscalation: { enabled: false }, idleDealReminder: { idleDays: 14 } });
    await tick(at('10:00'));
    await tick(new Date('2025-09-25T10:00:00+08:00'));
    expect((await client.activities.list()).total).toBe(1);
    await tick(new Date('2025-09-30T10:00:00+08:00'));
    expect((await client.activities.list()).items.filter((a) => a.dealId === 'quiet')).toHaveLength(2);
  });
});
