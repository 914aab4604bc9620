import { expect } from '@open-wc/testing';
import type { Activity } from '@rapport/core';
import { overlappingMeetings } from './meeting-overlap.js';

function meeting(id: string, at: string, endAt?: string, kind: Activity['kind'] = 'meeting'): Activity {
  return { id, tenantId: 't', version: 1, createdAt: at, updatedAt: at, kind, subject: id, at, ...(endAt ? { endAt } : {}), ownerId: 'u', attachments: [] };
}

describe('overlappingMeetings', () => {
  const start = new Date('2025-03-03T10:00:00Z');
  const end = new Date('2025-03-03T11:00:00Z');

  it('finds meetings that share any time with the span', () => {
    const found = overlappingMeetings(
      [
        meeting('inside', '2025-03-03T10:15:00Z', '2025-03-03T10:45:00Z'),
        meeting('around', '2025-03-03T09:00:00Z', '2025-03-03T12:00:00Z'),
        meeting('tail', '2025-03-03T10:30:00Z', '2025-03-03T11:30:00Z'),
        meeting('moment', '2025-03-03T10:00:00Z'),
      ],
      start,
      end,
    );
    expect(found.map((m) => m.id)).to.deep.equal(['inside', 'around', 'tail', 'moment']);
  });

  it('lets meetings touch end to start, and ignores other activities', () => {
    const found = overlappingMeetings(
      [
        meeting('before', '2025-03-03T09:00:00Z', '2025-03-03T10:00:00Z'),
        meeting('after', '2025-03-03T11:00:00Z', '2025-03-03T12:00:00Z'),
        meeting('call', '2025-03-03T10:30:00Z', '2025-03-03T10:40:00Z', 'call'),
      ],
      start,
      end,
    );
    expect(found).to.deep.equal([]);
  });
});
