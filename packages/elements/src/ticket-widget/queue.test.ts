import { expect } from '@open-wc/testing';
import type { SlaPolicy, Ticket } from '@rapport/core';
import { statusCondition } from './first-reads.js';
import { filterQueue, queueEntries } from './queue.js';

// Monday 3 March 2025, 12:00 in Shanghai.
const NOW = new Date('2025-03-03T04:00:00Z');

const policy = {
  id: 'sla-standard',
  tier: 'standard',
  targets: [
    { priority: 'normal', firstResponseMinutes: 60, resolutionMinutes: 480 },
    { priority: 'urgent', firstResponseMinutes: 30, resolutionMinutes: 240 },
  ],
  calendar: { timeZone: 'Asia/Shanghai', weeklyHours: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' })), holidays: [] },
  escalation: [],
} as unknown as SlaPolicy;

function ticket(id: string, fields: Partial<Ticket>): Ticket {
  return {
    id,
    tenantId: 't',
    version: 1,
    createdAt: '2025-03-03T03:00:00.000Z',
    updatedAt: '2025-03-03T03:00:00.000Z',
    subject: id,
    description: id,
    status: 'open',
    priority: 'normal',
    channel: 'web',
    requesterId: 'c1',
    escalationLevel: 0,
    attachments: [],
    tags: [],
    customFields: {},
    ...fields,
  };
}

const tickets = [
  ticket('on-track-urgent', { priority: 'urgent', createdAt: '2025-03-03T03:50:00.000Z', assigneeId: 'u1' }),
  ticket('no-target', { priority: 'low', createdAt: '2025-03-01T03:00:00.000Z' }),
  ticket('breached', { createdAt: '2025-03-03T02:30:00.000Z', assigneeId: 'u1' }),
  ticket('paused', { status: 'pending', firstRespondedAt: '2025-03-03T03:05:00.000Z', pausedAt: '2025-03-03T03:30:00.000Z' }),
  ticket('at-risk', { createdAt: '2025-03-03T03:10:00.000Z' }),
  ticket('resolved', { status: 'resolved', createdAt: '2025-03-02T03:00:00.000Z', firstRespondedAt: '2025-03-03T01:10:00.000Z', resolvedAt: '2025-03-03T02:00:00.000Z' }),
];

const entries = queueEntries(tickets, (t) => (t.priority === 'low' ? undefined : policy), NOW);
const ids = (list: readonly { ticket: Ticket }[]) => list.map((entry) => entry.ticket.id);

describe('agent queue', () => {
  it('works the SLA due soonest first, overdue tickets leading, those without a running clock last', () => {
    expect(ids(entries)).to.deep.equal(['breached', 'at-risk', 'on-track-urgent', 'resolved', 'paused', 'no-target']);
  });

  it('tells each ticket’s SLA state', () => {
    expect(entries.map((entry) => entry.sla.state)).to.deep.equal(['breached', 'at-risk', 'on-track', 'none', 'paused', 'none']);
    expect(new Date(entries[0]?.sla.dueAt ?? 0).toISOString()).to.equal('2025-03-03T03:30:00.000Z');
  });

  it('filters by priority, assignee (or none) and SLA state together', () => {
    expect(ids(filterQueue(entries, { priority: 'urgent' }))).to.deep.equal(['on-track-urgent']);
    expect(ids(filterQueue(entries, { assignee: 'u1' }))).to.deep.equal(['breached', 'on-track-urgent']);
    expect(ids(filterQueue(entries, { assignee: null, sla: 'none' }))).to.deep.equal(['resolved', 'no-target']);
    expect(ids(filterQueue(entries, { sla: 'paused', priority: 'urgent' }))).to.deep.equal([]);
    expect(filterQueue(entries, {})).to.equal(entries);
  });

  it('asks the adapter for unresolved tickets as one condition', () => {
    expect(statusCondition('unresolved')).to.deep.equal({ status: { in: ['new', 'open', 'pending'] } });
    expect(statusCondition('closed')).to.deep.equal({ status: 'closed' });
    expect(statusCondition('')).to.equal(undefined);
  });
});
