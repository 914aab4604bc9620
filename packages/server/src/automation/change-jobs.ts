import type { StoredChange } from '../live/change-feed.js';
import { measureJobsForChange } from './customer-measure-jobs.js';
import type { JobRequest } from './job-queue.js';

/** The tenant's schedule that looks for idle deals; queued once, then re-armed by each run. */
export const IDLE_DEALS_KEY = 'schedule:idle-deals';

interface StageVisitLike {
  readonly stageId?: unknown;
}

/** A deal whose current stage is not the open stay of its history: the history has to catch up. */
function stageHistoryBehind(deal: Readonly<Record<string, unknown>>): boolean {
  const history = Array.isArray(deal.stageHistory) ? (deal.stageHistory as StageVisitLike[]) : [];
  return history.at(-1)?.stageId !== deal.stageId;
}

/** Rules whose ticket writes re-plan the ticket's deadlines themselves: their changes need no new SLA job. */
const SLA_RULES = new Set(['rule:sla-policy', 'rule:sla-breach-escalation']);

/**
 * The work a change calls for. Pure: the worker queues what this returns in the same transaction
 * that moves its place in the change feed, so no change is lost or read twice.
 */
export function jobsForChange(change: StoredChange, changedBy: string | null = null): JobRequest[] {
  return [...ruleJobsForChange(change, changedBy), ...measureJobsForChange(change)];
}

function ruleJobsForChange(change: StoredChange, changedBy: string | null): JobRequest[] {
  const { tenantId, collection, type, id, record } = change;
  if (type === 'removed') return [];
  switch (collection) {
    case 'tickets':
      return changedBy !== null && SLA_RULES.has(changedBy) ? [] : [{ tenantId, key: `sla:${id}`, kind: 'ticket-sla', payload: { ticketId: id } }];
    case 'ticketMessages':
      return type === 'created' ? [{ tenantId, key: `reply:${id}`, kind: 'ticket-reply', payload: { messageId: id } }] : [];
    case 'surveyResponses':
      return type === 'created' ? [{ tenantId, key: `response:${id}`, kind: 'survey-response', payload: { responseId: id } }] : [];
    case 'deals': {
      const jobs: JobRequest[] = [{ tenantId, key: IDLE_DEALS_KEY, kind: 'idle-deals', payload: {}, keepExisting: true }];
      if (stageHistoryBehind(record)) jobs.push({ tenantId, key: `stage:${id}:${String(record.stageId)}`, kind: 'deal-stage', payload: { dealId: id } });
      return jobs;
    }
    default:
      return [];
  }
}
