import { demoTicketCategories } from './demo-ticket-categories.js';
import { demoCannedReplies } from './demo-canned-replies.js';
import type { EntityName, EntityRecord } from '../schema/entities.js';
import { demoAccounts, demoContacts } from './demo-customers.js';
import { demoSurvey, demoSurveyResponses, demoTicketSurvey } from './demo-feedback.js';
import { demoOrders } from './demo-orders.js';
import { demoActivities, demoDeals, demoLeads, demoPipeline } from './demo-sales.js';
import { demoKbArticles, demoSlaPolicies, demoTickets } from './demo-service.js';
import { demoFieldDefinitions, demoTeam } from './demo-team.js';
import { SeededRandom } from './prng.js';

export interface DemoDataOptions {
  /** Same seed and `now`, same data. Default 1. */
  readonly seed?: number;
  /** The moment the data is "as of": activities fill the year before it, deals close after it. Default: the current time. */
  readonly now?: Date;
  /** How many contacts; deals, tickets and the rest scale with it. Default 48. */
  readonly size?: number;
}

/** Every collection's stored records, ready to seed an adapter. */
export type DemoData = { [N in EntityName]: Array<EntityRecord<N>> };

/**
 * Ids that never change, for links from the demo page and the docs:
 * - `a-001` 上海云杉科技有限公司 (gold tier), `c-001` 王芳, its buyer, with a full set of channels
 * - `p-sales` the sales pipeline (线索 Lead … 赢单 Won), `d-001` 王芳's open deal at the proposal stage
 * - `t-001` 王芳's open high-priority ticket, with a public reply and an internal note
 * - `s-nps` the satisfaction survey (NPS, CSAT, "what could we do better?" for NPS ≤ 6, comments)
 * - `s-ticket` the rating of a resolved ticket (CSAT and a comment), apart from the NPS survey
 * - `sla-standard`, `sla-silver`, `sla-gold`, `sla-platinum` the SLA policy of each tier
 * - staff `u-lin`, `u-zhang`, `u-chen`, `u-emma` own the records (the `users` collection, see
 *   `demoUsers`); `u-former` has left (inactive)
 */
export const DEMO_IDS = {
  account: 'a-001',
  contact: 'c-001',
  pipeline: 'p-sales',
  deal: 'd-001',
  ticket: 't-001',
  survey: 's-nps',
} as const;

/**
 * A believable CRM for demos, stories and tests: Chinese and Western customers (simplified and
 * traditional characters), a year of activities, a sales pipeline with deals in every stage,
 * tickets with threads, SLA policies, a knowledge base, a satisfaction survey with responses and
 * orders for RFM. Deterministic: it draws only from its own seeded random source.
 */
export function createDemoData({ seed = 1, now = new Date(), size = 48 }: DemoDataOptions = {}): DemoData {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('size must be a whole number of contacts, at least 1');
  const context = { random: new SeededRandom(seed), nowMs: now.getTime() };
  const accounts = demoAccounts(context);
  const contacts = demoContacts(context, accounts, size);
  const pipeline = demoPipeline(context);
  const deals = demoDeals(context, pipeline, accounts, contacts, Math.max(1, Math.round(size * 0.6)));
  const activities = demoActivities(context, contacts, deals);
  const leads = demoLeads(context, contacts, deals, Math.max(1, Math.round(size / 4)));
  const slaPolicies = demoSlaPolicies(context);
  const { tickets, messages } = demoTickets(context, accounts, contacts, Math.max(1, Math.round(size / 2)));
  const kbArticles = demoKbArticles(context, tickets);
  const orders = demoOrders(context, contacts);
  const survey = demoSurvey(context);
  const surveyResponses = demoSurveyResponses(context, contacts, tickets, orders, Math.max(1, Math.round(size / 2)));
  return {
    accounts,
    contacts,
    activities,
    leads,
    pipelines: [pipeline],
    deals,
    tickets,
    ticketMessages: messages,
    slaPolicies,
    kbArticles,
    surveys: [survey, demoTicketSurvey(context)],
    surveyResponses,
    orders,
    users: demoTeam(context),
    fieldDefinitions: demoFieldDefinitions(context),
    // Each user saves their own views of the queue.
    savedViews: [],
    cannedReplies: demoCannedReplies(context),
    ticketCategories: demoTicketCategories(context),
  };
}
