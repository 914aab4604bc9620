import { describe, expect, it, vi } from 'vitest';
import { createEventBus } from '../events/event-bus.js';
import type { DomainEventMap } from '../events/domain-events.js';
import type { Deal } from '../schema/deal.js';
import { defineEventRule, type RuleActions, type ScheduledRule } from './rule.js';
import { createRulesEngine } from './rules-engine.js';

const unused = () => Promise.reject(new Error('not used in this test'));
const actions: RuleActions = {
  getTicket: unused,
  updateTicket: unused,
  createActivity: unused,
  getContact: unused,
  getAccount: unused,
  getSurvey: unused,
  notify: vi.fn(),
};

const deal = (id: string, amount: number) => ({ id, amount }) as Deal;
const now = new Date('2025-07-01T00:00:00Z');

function setup(rules: Parameters<typeof createRulesEngine>[0]['rules']) {
  const bus = createEventBus<DomainEventMap>();
  const errors: Array<[unknown, string]> = [];
  const engine = createRulesEngine({ bus, actions, rules, now: () => now, onError: (error, ruleId) => errors.push([error, ruleId]) });
  return { bus, engine, errors };
}

describe('createRulesEngine', () => {
  it('runs a rule when its event comes and its condition holds, with the injected clock', () => {
    const seen: string[] = [];
    const bigWins = defineEventRule({
      id: 'big-wins',
      on: 'deal.won',
      when: ({ deal }) => deal.amount >= 1000,
      then: ({ deal }, { now: at }) => {
        seen.push(`${deal.id}@${at.toISOString()}`);
      },
    });
    const { bus } = setup([bigWins]);
    bus.emit('deal.won', { deal: deal('small', 10) });
    bus.emit('deal.won', { deal: deal('big', 5000) });
    expect(seen).toEqual(['big@2025-07-01T00:00:00.000Z']);
  });

  it('never fires a rule twice for the same key', () => {
    const then = vi.fn();
    const { bus } = setup([defineEventRule({ id: 'once-per-deal', on: 'deal.won', key: ({ deal }) => deal.id, then })]);
    bus.emit('deal.won', { deal: deal('a', 1) });
    bus.emit('deal.won', { deal: deal('a', 1) });
    bus.emit('deal.won', { deal: deal('b', 1) });
    expect(then).toHaveBeenCalledTimes(2);
  });

  it('can switch a rule off and on again, and starts rules switched off when asked', () => {
    const then = vi.fn();
    const { bus, engine } = setup([defineEventRule({ id: 'r', on: 'deal.won', enabled: false, then })]);
    bus.emit('deal.won', { deal: deal('a', 1) });
    expect(engine.isEnabled('r')).toBe(false);
    engine.setEnabled('r', true);
    bus.emit('deal.won', { deal: deal('b', 1) });
    engine.setEnabled('r', false);
    bus.emit('deal.won', { deal: deal('c', 1) });
    expect(then).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ deal: expect.objectContaining({ id: 'b' }) }), expect.anything());
  });

  it('reports a failing rule by id and keeps the others running', async () => {
    const after = vi.fn();
    const { bus, engine, errors } = setup([
      defineEventRule({
        id: 'broken',
        on: 'deal.won',
        then: async () => {
          throw new Error('boom');
        },
      }),
      defineEventRule({ id: 'fine', on: 'deal.won', then: after }),
    ]);
    bus.emit('deal.won', { deal: deal('a', 1) });
    await engine.settled();
    expect(after).toHaveBeenCalledOnce();
    expect(errors.map(([error, id]) => [(error as Error).message, id])).toEqual([['boom', 'broken']]);
  });

  it('runs time-driven rules on tick at the given instant and waits for what they trigger', async () => {
    const log: string[] = [];
    const scheduled: ScheduledRule = {
      id: 'ticker',
      tick: (_snapshot, { now: at, emit }) => {
        log.push(`tick ${at.toISOString()}`);
        emit('deal.won', { deal: deal('a', 1) });
      },
    };
    const follower = defineEventRule({
      id: 'follower',
      on: 'deal.won',
      then: async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        log.push('follower done');
      },
    });
    const { engine } = setup([scheduled, follower]);
    await engine.tick(new Date('2025-07-02T00:00:00Z'), {});
    expect(log).toEqual(['tick 2025-07-02T00:00:00.000Z', 'follower done']);
  });

  it('stops listening after dispose', () => {
    const then = vi.fn();
    const { bus, engine } = setup([defineEventRule({ id: 'r', on: 'deal.won', then })]);
    engine.dispose();
    bus.emit('deal.won', { deal: deal('a', 1) });
    expect(then).not.toHaveBeenCalled();
  });
});
