import { describe, expect, it } from 'vitest';
import type { Ticket } from '@rapport/core';
import { fillPlaceholders, firstNameOf, placeholderValues, unfilledPlaceholders, withCannedReply } from './canned-reply.js';

const ticket = { id: 't-1', subject: 'Parcel arrived damaged', number: 1042, requesterName: 'Carol Visitor' } as unknown as Ticket;

describe('canned reply placeholders', () => {
  it('fills what it knows and leaves the rest as written, each listed once', () => {
    const values = placeholderValues(ticket, { name: 'Ada Lovelace' }, 'Emma Clarke');
    const text = fillPlaceholders('Hi {{requester.firstName}}, about #{{ ticket.number }} ({{ticket.subject}}): {{order.id}} {{order.id}} — {{agent.name}}', values);
    expect(text).toBe('Hi Ada, about #1042 (Parcel arrived damaged): {{order.id}} {{order.id}} — Emma Clarke');
    expect(unfilledPlaceholders(text)).toEqual(['{{order.id}}']);
  });

  it('greets by given name, by the first word of a spaced name, or by a name without spaces whole', () => {
    expect(firstNameOf({ name: 'Wang Fang', givenName: 'Fang' })).toBe('Fang');
    expect(firstNameOf({ name: ' Emma  Clarke ' })).toBe('Emma');
    expect(firstNameOf({ name: '王小明' })).toBe('王小明');
  });

  it('names a public page’s requester by what they gave, and leaves a missing agent or number unfilled', () => {
    const values = placeholderValues({ ...ticket, number: undefined } as unknown as Ticket, undefined, undefined);
    expect(fillPlaceholders('{{requester.firstName}} {{ticket.number}} {{agent.name}}', values)).toBe('Carol {{ticket.number}} {{agent.name}}');
  });

  it('adds a reply after what the agent wrote, as a new paragraph', () => {
    expect(withCannedReply('Thanks!  \n', 'More text')).toBe('Thanks!\n\nMore text');
    expect(withCannedReply('', 'More text')).toBe('More text');
  });
});
