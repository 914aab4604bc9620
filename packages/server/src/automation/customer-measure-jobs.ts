import type { CustomerKind } from '@rapport/core/domain';
import type { StoredChange } from '../live/change-feed.js';
import { recomputeTenantMeasures, updateCustomerMeasures } from './customer-measures-store.js';
import type { JobHandler } from './job-handlers.js';
import type { JobRequest } from './job-queue.js';

/** The tenant's schedule that re-ranks every customer; queued once, then re-armed by each run. */
export const MEASURES_SCHEDULE_KEY = 'schedule:customer-measures';
/** Recency and churn risk age by the day: everyone is worked out again this often. */
const RECOMPUTE_EVERY_MS = 24 * 3_600_000;

/** Which customers a record of each collection bears on, by the fields that name them. */
const customersNamedBy: Readonly<Record<string, ReadonlyArray<readonly [CustomerKind, string]>>> = {
  orders: [
    ['contact', 'contactId'],
    ['account', 'accountId'],
  ],
  tickets: [
    ['contact', 'requesterId'],
    ['account', 'accountId'],
  ],
  // A response names its contact only: the contact's job updates the contact's account too.
  surveyResponses: [['contact', 'contactId']],
  activities: [
    ['contact', 'contactId'],
    ['account', 'accountId'],
  ],
  deals: [
    ['contact', 'contactId'],
    ['account', 'accountId'],
  ],
};

/**
 * The measures a change calls for: one job per customer the record names (a burst of changes to
 * one customer is one job, by its key), and the tenant's daily recompute, queued once.
 */
export function measureJobsForChange(change: StoredChange): JobRequest[] {
  const named = customersNamedBy[change.collection];
  if (!named) return [];
  const { tenantId, record } = change;
  const jobs: JobRequest[] = [];
  for (const [kind, field] of named) {
    const customerId = (record as Record<string, unknown>)[field];
    if (typeof customerId !== 'string') continue;
    const withAccount = change.collection === 'surveyResponses';
    jobs.push({ tenantId, key: `measures:${kind}:${customerId}`, kind: 'customer-measures', payload: { kind, customerId, ...(withAccount ? { withAccount } : {}) } });
  }
  if (jobs.length > 0) jobs.push({ tenantId, key: MEASURES_SCHEDULE_KEY, kind: 'customer-measures-all', payload: {}, keepExisting: true });
  return jobs;
}

/** One customer's records changed: its measures are worked out again and stored. */
export const customerMeasuresJob: JobHandler = async ({ db, job, now }) => {
  const kind = job.payload.kind === 'account' ? 'account' : 'contact';
  const customerId = String(job.payload.customerId);
  await updateCustomerMeasures(db, job.tenantId, kind, customerId, now);
  if (job.payload.withAccount) {
    const [contact] = await db.query<{ account_id: string | null }>(
      `SELECT data->>'accountId' AS account_id FROM records WHERE tenant_id = $1 AND collection = 'contacts' AND id = $2`,
      [job.tenantId, customerId],
    );
    if (contact?.account_id) await updateCustomerMeasures(db, job.tenantId, 'account', contact.account_id, now);
  }
  return undefined;
};

/** The tenant's schedule: every customer worked out and ranked again, then again a day later. */
export const allCustomerMeasuresJob: JobHandler = async ({ db, job, now }) => {
  await db.transaction((tx) => recomputeTenantMeasures(tx, job.tenantId, now));
  return new Date(now.getTime() + RECOMPUTE_EVERY_MS);
};
