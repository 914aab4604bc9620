import { describe, expect, it } from 'vitest';
import { replyClockPatch } from './reply-clocks.js';

const at = (time: string) => `2025-09-15T${time}:00.000Z`;
const message = (authorKind: 'agent' | 'customer' | 'system', time: string, visibility: 'public' | 'internal' = 'public') => ({ authorKind, visibility, createdAt: at(time) });

describe('replyClockPatch', () => {
  it('stops the first-response clock with the first public agent reply, and not with a note', () => {
    expect(replyClockPatch({}, message('agent', '09:10'))).toEqual({ firstRespondedAt: at('09:10') });
    expect(replyClockPatch({}, message('agent', '09:10', 'internal'))).toBeNull();
    expect(replyClockPatch({ firstRespondedAt: at('09:10') }, message('agent', '09:30'))).toBeNull();
  });

  it('starts the next-reply clock with the first customer message after a reply, and keeps it there when they write again', () => {
    expect(replyClockPatch({}, message('customer', '09:05'))).toBeNull();
    expect(replyClockPatch({ firstRespondedAt: at('09:10') }, message('customer', '09:40'))).toEqual({ awaitingReplySince: at('09:40') });
    expect(replyClockPatch({ firstRespondedAt: at('09:10'), awaitingReplySince: at('09:40') }, message('customer', '10:00'))).toBeNull();
  });

  it('answers the waiting customer message with the next public agent reply', () => {
    const patch = replyClockPatch({ firstRespondedAt: at('09:10'), awaitingReplySince: at('09:40') }, message('agent', '10:15'));
    expect(patch).toEqual({ awaitingReplySince: undefined });
    expect(patch).toHaveProperty('awaitingReplySince');
  });
});
