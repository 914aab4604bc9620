import { isCrmError, type DomainEventMap } from '@rapport/core';
import { replyClockPatch, slaPausePatch, slaPolicyFor } from '@rapport/core/domain';
import {
  createRulesEngine,
  detractorFollowUp,
  idleDealReminder,
  slaBreachEscalation,
  slaMonitor,
  type Rule,
  type RulesSnapshot,
} from '@rapport/core/rules';
import { createEventBus } from '@rapport/core';
import type { Account, Deal, SlaPolicy, SurveyResponse, Ticket, TicketMessage } from '@rapport/core/schema';
import type { Database } from '../database/database.js';
import type { AutomationSettings } from './automation-settings.js';
import { allCustomerMeasuresJob, customerMeasuresJob } from './customer-measure-jobs.js';
import type { ClaimedJob } from './job-queue.js';
import { RuleWriter } from './rule-writer.js';
import { nextSlaDeadline, slaFieldsOf, withWarningStep } from './sla-deadline.js';

/** What a handler gets: the job, the tenant's settings, the worker's clock and its log. */
export interface JobContext {
  readonly db: Database;
  readonly job: ClaimedJob;
  readonly settings: AutomationSettings;
  readonly now: Date;
  log(ruleId: string, outcome: 'event' | 'notification', detail: unknown): Promise<void>;
}

/** A handler's answer: when to run this job again (a later deadline), or nothing when it is done. */
export type JobHandler = (context: JobContext) => Promise<Date | undefined>;

const HOUR_MS = 3_600_000;

function writerFor(context: JobContext, ruleId: string): RuleWriter {
  const { db, job, now } = context;
  return new RuleWriter({
    db,
    tenantId: job.tenantId,
    ruleId,
    // A re-armed job runs again under a new deadline: its creates are new records.
    jobKey: `${job.key}@${job.dueAt.getTime()}`,
    now: () => now,
    record: (outcome, detail) => context.log(ruleId, outcome, detail),
  });
}

/**
 * Runs `@rapport/core/rules` rules (the browser's engine, not a copy) for one job: on a bus of
 * its own, with the writer's actions; what they announce goes to the log. Rejects with the
 * first error a rule threw, so the job is retried and the error logged.
 */
async function runRules(context: JobContext, writer: RuleWriter, rules: readonly Rule[], drive: (engine: ReturnType<typeof createRulesEngine>, bus: ReturnType<typeof createEventBus<DomainEventMap>>) => Promise<void>): Promise<void> {
  const errors: unknown[] = [];
  const bus = createEventBus<DomainEventMap>({ onHandlerError: (error) => errors.push(error) });
  bus.on('ticket.escalated', ({ ticket, level, previousLevel }) => context.log('sla-breach-escalation', 'event', { type: 'ticket.escalated', ticketId: ticket.id, level, previousLevel }));
  const engine = createRulesEngine({ bus, actions: writer.actions(), rules, now: () => context.now, onError: (error) => errors.push(error) });
  try {
    await drive(engine, bus);
    await engine.settled();
  } finally {
    engine.dispose();
  }
  if (errors.length > 0) throw errors[0];
}

async function orUndefined<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (isCrmError(error) && error.kind === 'not-found') return undefined;
    throw error;
  }
}

/** The SLA policy a ticket is worked under, by its requester's tier, and the account that says the tier. */
async function policyOf(writer: RuleWriter, ticket: Ticket): Promise<{ policy: SlaPolicy | undefined; account: Account | undefined }> {
  const policies = (await writer.list('slaPolicies')) as unknown as SlaPolicy[];
  const account = ticket.accountId === undefined ? undefined : ((await orUndefined(writer.get('accounts', ticket.accountId))) as Account | undefined);
  return { policy: slaPolicyFor(ticket, account?.tier, policies), account };
}

/** Ticket created or changed: its SLA policy by the requester's tier, its deadlines stored on it, and the escalations that are due. */
const ticketSla: JobHandler = async (context) => {
  const { settings, now } = context;
  const policyWriter = writerFor(context, 'sla-policy');
  let ticket = (await orUndefined(policyWriter.get('tickets', String(context.job.payload.ticketId)))) as Ticket | undefined;
  if (!ticket || ticket.status === 'resolved' || ticket.status === 'closed') return undefined;
  const { policy: chosen, account } = await policyOf(policyWriter, ticket);
  if (!chosen) return undefined;
  const fields = slaFieldsOf(ticket, chosen, now);
  const changed = Object.fromEntries(Object.entries(fields).filter(([key, value]) => (ticket as Record<string, unknown>)[key] !== (value ?? undefined)));
  if (Object.keys(changed).length > 0) {
    try {
      ticket = (await policyWriter.update('tickets', ticket.id, changed, ticket.version)) as unknown as Ticket;
    } catch (error) {
      // Someone changed the ticket meanwhile: that change queues this job again.
      if (isCrmError(error) && error.kind === 'conflict') return undefined;
      throw error;
    }
  }
  if (!settings.slaEscalation.enabled) return undefined;
  const policy = withWarningStep(chosen, settings.slaEscalation.warningPercent);
  const snapshot: RulesSnapshot = { tickets: [ticket], slaPolicies: [policy], accounts: account ? [account] : [] };
  const escalationWriter = writerFor(context, 'sla-breach-escalation');
  await runRules(context, escalationWriter, [slaMonitor(), slaBreachEscalation()], (engine) => engine.tick(now, snapshot));
  // The escalation's own write is the ticket as it stands (anyone else's change queues this job again).
  const current = (escalationWriter.lastWritten('tickets', ticket.id) ?? ticket) as unknown as Ticket;
  return nextSlaDeadline(current, policy, now);
};

/**
 * A message on the public thread moves the reply clocks: an agent's reply stops the first-response
 * clock and answers the waiting customer message; a customer's message after a reply starts the
 * next-reply clock. The ticket's deadlines follow through the SLA job its change queues.
 */
const ticketReply: JobHandler = async (context) => {
  const writer = writerFor(context, 'sla-clocks');
  const message = (await orUndefined(writer.get('ticketMessages', String(context.job.payload.messageId)))) as TicketMessage | undefined;
  if (!message) return undefined;
  const ticket = (await orUndefined(writer.get('tickets', message.ticketId))) as Ticket | undefined;
  if (!ticket || ticket.status === 'resolved' || ticket.status === 'closed') return undefined;
  const clocks = replyClockPatch(ticket, message);
  const opens = message.authorKind === 'agent' && clocks?.firstRespondedAt !== undefined && ticket.status === 'new';
  // The customer answered what the desk waited for: the ticket is open again, and its pause ends.
  const reopens = message.authorKind === 'customer' && message.visibility === 'public' && ticket.status === 'pending';
  if (!clocks && !opens && !reopens) return undefined;
  const { policy } = reopens ? await policyOf(writer, ticket) : { policy: undefined };
  const pause = reopens ? (policy ? slaPausePatch(ticket, 'open', context.now, policy) : { pausedAt: undefined }) : null;
  // Over the API a field is removed with null (JSON Merge Patch).
  const patch = Object.fromEntries(Object.entries({ ...clocks, ...pause }).map(([key, value]) => [key, value ?? null]));
  try {
    await writer.update('tickets', ticket.id, { ...patch, ...(opens || reopens ? { status: 'open' } : {}) }, ticket.version);
  } catch (error) {
    // Someone changed the ticket meanwhile: run again on its new version.
    if (isCrmError(error) && error.kind === 'conflict') return context.now;
    throw error;
  }
  return undefined;
};

/** A survey response: the detractor follow-up rule. */
const surveyResponse: JobHandler = async (context) => {
  const { settings } = context;
  if (!settings.detractorFollowUp.enabled) return undefined;
  const writer = writerFor(context, 'detractor-follow-up');
  const response = (await orUndefined(writer.get('surveyResponses', String(context.job.payload.responseId)))) as SurveyResponse | undefined;
  if (!response) return undefined;
  await runRules(context, writer, [detractorFollowUp({ dueInHours: settings.detractorFollowUp.dueInHours, maxScore: settings.detractorFollowUp.maxScore })], async (_engine, bus) => {
    bus.emit('survey.response-received', { response });
  });
  return undefined;
};

/** A deal in a stage its history does not show yet: close the last stay, open the new one. */
const dealStage: JobHandler = async (context) => {
  if (!context.settings.stageHistory.enabled) return undefined;
  const writer = writerFor(context, 'stage-history');
  const deal = (await orUndefined(writer.get('deals', String(context.job.payload.dealId)))) as Deal | undefined;
  if (!deal) return undefined;
  const history = deal.stageHistory;
  const last = history.at(-1);
  if (last?.stageId === deal.stageId) return undefined;
  const at = deal.updatedAt;
  const stageHistory = [...history.slice(0, -1), ...(last ? [{ ...last, exitedAt: last.exitedAt ?? at }] : []), { stageId: deal.stageId, enteredAt: at }];
  try {
    await writer.update('deals', deal.id, { stageHistory }, deal.version);
  } catch (error) {
    if (isCrmError(error) && error.kind === 'conflict') return context.now;
    throw error;
  }
  return undefined;
};

/** The tenant's idle-deal schedule: the reminder rule over its open deals, every hour. */
const idleDeals: JobHandler = async (context) => {
  const { settings, now } = context;
  const next = new Date(now.getTime() + HOUR_MS);
  if (!settings.idleDealReminder.enabled) return next;
  const writer = writerFor(context, 'idle-deal-reminder');
  const { idleDays, stageIdleDays } = settings.idleDealReminder;
  // Deals untouched for the shortest rotting time of any stage are the candidates.
  const cutoff = new Date(now.getTime() - Math.min(idleDays, ...Object.values(stageIdleDays)) * 24 * HOUR_MS).toISOString();
  const deals = (await writer.list('deals', { status: 'open', updatedAt: { lt: cutoff } })) as unknown as Deal[];
  if (deals.length === 0) return next;
  const activities = (await writer.list('activities', { dealId: { in: deals.map((deal) => deal.id) } })) as unknown as Array<{ dealId?: string; at: string }>;
  await runRules(context, writer, [idleDealReminder({ idleDays, idleDaysByStage: stageIdleDays })], (engine) => engine.tick(now, { deals, activities }));
  return next;
};

export const jobHandlers: Readonly<Record<string, JobHandler>> = {
  'ticket-sla': ticketSla,
  'ticket-reply': ticketReply,
  'survey-response': surveyResponse,
  'deal-stage': dealStage,
  'idle-deals': idleDeals,
  'customer-measures': customerMeasuresJob,
  'customer-measures-all': allCustomerMeasuresJob,
};
