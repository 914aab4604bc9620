import { describe, expect, it, vi } from 'vitest';
import { createEventBus } from './event-bus.js';

interface TestEvents {
  'deal.won': { dealId: string };
  'ticket.created': { ticketId: string; priority: string };
}

function quietBus() {
  const errors: Array<{ error: unknown; type: string }> = [];
  const bus = createEventBus<TestEvents>({ onHandlerError: (error, type) => errors.push({ error, type }) });
  return { bus, errors };
}

describe('createEventBus', () => {
  it('delivers the detail to the handlers of that type only', () => {
    const { bus } = quietBus();
    const won = vi.fn();
    const created = vi.fn();
    bus.on('deal.won', won);
    bus.on('ticket.created', created);
    bus.emit('deal.won', { dealId: 'd1' });
    expect(won).toHaveBeenCalledExactlyOnceWith({ dealId: 'd1' });
    expect(created).not.toHaveBeenCalled();
  });

  it('gives wildcard subscribers the type with the detail, after the specific handlers', () => {
    const { bus } = quietBus();
    const seen: string[] = [];
    bus.on('*', (event) => {
      seen.push(`* ${event.type}`);
    });
    bus.on('ticket.created', (detail) => {
      seen.push(`ticket ${detail.ticketId}`);
    });
    bus.emit('ticket.created', { ticketId: 't1', priority: 'high' });
    bus.emit('deal.won', { dealId: 'd1' });
    expect(seen).toEqual(['ticket t1', '* ticket.created', '* deal.won']);
  });

  it('stops delivering after unsubscribe, and unsubscribing twice is harmless', () => {
    const { bus } = quietBus();
    const handler = vi.fn();
    const unsubscribe = bus.on('deal.won', handler);
    bus.emit('deal.won', { dealId: 'd1' });
    unsubscribe();
    unsubscribe();
    bus.emit('deal.won', { dealId: 'd2' });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('keeps two subscriptions of the same function apart', () => {
    const { bus } = quietBus();
    const handler = vi.fn();
    const first = bus.on('deal.won', handler);
    bus.on('deal.won', handler);
    first();
    bus.emit('deal.won', { dealId: 'd1' });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('runs a once handler for the next event only, and it can be cancelled before', () => {
    const { bus } = quietBus();
    const once = vi.fn();
    const cancelled = vi.fn();
    bus.once('deal.won', once);
    bus.once('deal.won', cancelled)();
    bus.emit('deal.won', { dealId: 'd1' });
    bus.emit('deal.won', { dealId: 'd2' });
    expect(once).toHaveBeenCalledExactlyOnceWith({ dealId: 'd1' });
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('reports a throwing handler and still calls the others', () => {
    const { bus, errors } = quietBus();
    const after = vi.fn();
    const failure = new Error('handler failed');
    bus.on('deal.won', () => {
      throw failure;
    });
    bus.on('deal.won', after);
    expect(() => bus.emit('deal.won', { dealId: 'd1' })).not.toThrow();
    expect(after).toHaveBeenCalledOnce();
    expect(errors).toEqual([{ error: failure, type: 'deal.won' }]);
  });

  it('reports a rejected async handler', async () => {
    const { bus, errors } = quietBus();
    const failure = new Error('async failure');
    bus.on('deal.won', async () => {
      throw failure;
    });
    bus.emit('deal.won', { dealId: 'd1' });
    await Promise.resolve();
    await Promise.resolve();
    expect(errors).toEqual([{ error: failure, type: 'deal.won' }]);
  });

  it('lets a handler unsubscribe another during an emit without skipping anyone in that emit', () => {
    const { bus } = quietBus();
    const second = vi.fn();
    let unsubscribeSecond = () => {};
    bus.on('deal.won', () => unsubscribeSecond());
    unsubscribeSecond = bus.on('deal.won', second);
    bus.emit('deal.won', { dealId: 'd1' });
    bus.emit('deal.won', { dealId: 'd2' });
    expect(second).toHaveBeenCalledExactlyOnceWith({ dealId: 'd1' });
  });
});
