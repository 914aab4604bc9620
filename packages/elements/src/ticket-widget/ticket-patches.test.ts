import { expect } from '@open-wc/testing';
import type { SlaPolicy, Ticket } from '@rapport/core';
import { replyPatch, statusPatch } from './ticket-patches.js';

// Monday 3 March 2025, 12:00 in Shanghai.
const NOW = new Date('2025-03-03T04:00:00Z');
// Resolution due in one business day, so every pause below starts before the due minute.
const policy = {
  targets: [{ priority: 'normal', firstResponseMinutes: 60, resolutionMinutes: 540 }],
  calendar: { timeZone: 'Asia/Shanghai', weeklyHours: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' })), holidays: [] },
  escalation: [],
} as unknown as SlaPolicy;

const base = { id: 't1', version: 3, status: 'open', priority: 'normal', createdAt: '2025-03-03T01:00:00.000Z', escalationLevel: 0 } as Ticket;

describe('ticket patches', () => {
  it('stamps the resolution, and clears it when the ticket reopens', () => {
    expect(statusPatch(base, 'resolved', NOW, policy)).to.deep.equal({ status: 'resolved', resolvedAt: NOW.toISOString() });
    const reopened = statusPatch({ ...base, status: 'resolved', resolvedAt: '2025-03-03T03:00:00.000Z' }, 'open', NOW, policy);
    expect(reopened).to.deep.equal({ status: 'open', resolvedAt: undefined });
    expect('resolvedAt' in reopened).to.equal(true);
  });

  it('pauses the SLA while waiting on the customer and adds the paused business minutes when it ends', () => {
    expect(statusPatch(base, 'pending', NOW, policy)).to.deep.equal({ status: 'pending', pausedAt: NOW.toISOString() });
    const waiting = { ...base, status: 'pending', pausedAt: '2025-03-03T03:00:00.000Z', pausedMinutes: 5 } as Ticket;
    expect(statusPatch(waiting, 'open', NOW, policy)).to.deep.equal({ status: 'open', pausedAt: undefined, pausedMinutes: 65 });
    expect(statusPatch(waiting, 'open', NOW, undefined)).to.deep.equal({ status: 'open', pausedAt: undefined });
  });

  it('stops the first-response clock with the first public reply of an agent, opening a new ticket', () => {
    expect(replyPatch({ ...base, status: 'new' }, 'agent', 'public', NOW, policy)).to.deep.equal({ firstRespondedAt: NOW.toISOString(), status: 'open' });
    expect(replyPatch(base, 'agent', 'public', NOW, policy)).to.deep.equal({ firstRespondedAt: NOW.toISOString() });
    expect(replyPatch(base, 'agent', 'internal', NOW, policy)).to.equal(null);
    expect(replyPatch({ ...base, firstRespondedAt: '2025-03-03T02:00:00.000Z' }, 'agent', 'public', NOW, policy)).to.equal(null);
  });

  it('stops the next-reply clock with an agent’s public answer to the waiting customer message', () => {
    const waiting = { ...base, firstRespondedAt: '2025-03-03T02:00:00.000Z', awaitingReplySince: '2025-03-03T03:00:00.000Z' } as Ticket;
    const patch = replyPatch(waiting, 'agent', 'public', NOW, policy);
    expect(patch).to.have.property('awaitingReplySince', undefined);
    expect(replyPatch(waiting, 'agent', 'internal', NOW, policy)).to.equal(null);
  });

  it('reopens a ticket waiting on the customer when they reply', () => {
    const waiting = { ...base, status: 'pending', pausedAt: '2025-03-03T03:30:00.000Z' } as Ticket;
    expect(replyPatch(waiting, 'customer', 'public', NOW, policy)).to.deep.equal({ status: 'open', pausedAt: undefined, pausedMinutes: 30 });
    expect(replyPatch(base, 'customer', 'public', NOW, policy)).to.equal(null);
  });
});
