import { DAY_MS } from '../domain/dates.js';
import { idleDeals } from '../domain/idle-deals.js';
import type { Deal } from '../schema/deal.js';
import type { ScheduledRule } from './rule.js';

export interface IdleDealReminderOptions {
  readonly enabled?: boolean;
  /** Days without a stage move or a logged activity that make a deal idle. Default 14. */
  readonly idleDays?: number;
  /** A stage's own rotting days, by stage id, instead of `idleDays` for deals in it. */
  readonly idleDaysByStage?: Readonly<Record<string, number>>;
  /** How long the owner has for the reminder task. Default 2 days. */
  readonly dueInDays?: number;
  /** The task's subject, in the host's language. */
  readonly subject?: (deal: Deal, idleDays: number) => string;
}

/**
 * Deal idle N days → reminder task for its owner (unowned deals notify the queue). Once per idle
 * spell: the task is logged on the deal with the tick's time, which itself ends the idleness, so
 * the next reminder comes only after another `idleDays` of silence.
 */
export function idleDealReminder(options: IdleDealReminderOptions = {}): ScheduledRule {
  const { idleDays = 14, idleDaysByStage, dueInDays = 2, subject = (deal: Deal, days: number) => `Follow up on “${deal.name}”: nothing happened for ${days} days` } = options;
  return {
    id: 'idle-deal-reminder',
    enabled: options.enabled,
    async tick({ deals = [], activities = [] }, { actions, now, firstTime }) {
      for (const { deal, idleSince, idleDays: days } of idleDeals(deals, { now, idleDays, idleDaysByStage, activities })) {
        if (!firstTime(`${deal.id}:${idleSince.toISOString()}`)) continue;
        const wholeDays = Math.floor(days);
        if (deal.ownerId === undefined) {
          await actions.notify({
            code: 'deal-idle-unowned',
            severity: 'info',
            message: `Deal “${deal.name}” has had no activity for ${wholeDays} days and has no owner`,
            subject: { collection: 'deals', id: deal.id },
          });
          continue;
        }
        await actions.createActivity({
          kind: 'task',
          subject: subject(deal, wholeDays),
          at: now.toISOString(),
          dueAt: new Date(now.getTime() + dueInDays * DAY_MS).toISOString(),
          done: false,
          ownerId: deal.ownerId,
          dealId: deal.id,
          accountId: deal.accountId,
          contactId: deal.contactId,
        });
      }
    },
  };
}
