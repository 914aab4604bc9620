import type { DomainEventBus, DomainEventMap, DomainEventType, Notification } from '../events/domain-events.js';
import type { Account } from '../schema/account.js';
import type { Activity, ActivityCreate } from '../schema/activity.js';
import type { Contact } from '../schema/contact.js';
import type { Deal } from '../schema/deal.js';
import type { SlaPolicy } from '../schema/sla-policy.js';
import type { Survey } from '../schema/survey.js';
import type { Ticket, TicketUpdate } from '../schema/ticket.js';

/**
 * What rules may read and do, modelled on the client (`client.tickets.update(id, patch,
 * { expectedVersion })`, `client.activities.create(input)`); `ruleActionsFromClient` builds it
 * from a `CrmClient`, tests pass fakes.
 */
export interface RuleActions {
  getTicket(id: string): Promise<Ticket>;
  updateTicket(id: string, patch: TicketUpdate, options: { readonly expectedVersion: number }): Promise<Ticket>;
  createActivity(input: ActivityCreate): Promise<Activity>;
  getContact(id: string): Promise<Contact>;
  getAccount(id: string): Promise<Account>;
  getSurvey(id: string): Promise<Survey>;
  notify(notification: Notification): void | Promise<void>;
}

/** The records time-driven rules look at on a tick; the host passes what it has loaded. */
export interface RulesSnapshot {
  readonly tickets?: readonly Ticket[];
  readonly slaPolicies?: readonly SlaPolicy[];
  /** For the customer tier that picks a ticket's SLA policy. */
  readonly accounts?: readonly Pick<Account, 'id' | 'tier'>[];
  readonly deals?: readonly Deal[];
  /** Activities on deals: logging one ends a deal's idleness. */
  readonly activities?: readonly Pick<Activity, 'dealId' | 'at'>[];
}

export interface RuleContext {
  /** The engine's clock at the event or tick: rules never read the system clock. */
  readonly now: Date;
  readonly actions: RuleActions;
  /** Announces on the engine's bus (e.g. `ticket.escalated`). */
  readonly emit: DomainEventBus['emit'];
  /** True the first time a rule claims `key` in this engine, false ever after: fire once per subject and level. */
  firstTime(key: string): boolean;
}

/** When an event (and a condition) holds, then act. */
export interface EventRule<K extends DomainEventType = DomainEventType> {
  readonly id: string;
  readonly on: K;
  /** Off rules stay registered and can be switched on with `engine.setEnabled`. Default on. */
  readonly enabled?: boolean;
  readonly when?: (detail: DomainEventMap[K], context: RuleContext) => boolean;
  /** The subject (and level) of a firing: the rule never fires twice for the same key. Without it, it fires on every event. */
  readonly key?: (detail: DomainEventMap[K]) => string;
  readonly then: (detail: DomainEventMap[K], context: RuleContext) => void | Promise<void>;
}

/** A time-driven rule: checks the snapshot on every `engine.tick`. */
export interface ScheduledRule {
  readonly id: string;
  readonly enabled?: boolean;
  readonly tick: (snapshot: RulesSnapshot, context: RuleContext) => void | Promise<void>;
}

export type AnyEventRule = { [K in DomainEventType]: EventRule<K> }[DomainEventType];
export type Rule = AnyEventRule | ScheduledRule;

/** Types an event rule from its `on`, so `when` and `then` see the right detail. */
export function defineEventRule<K extends DomainEventType>(rule: EventRule<K>): EventRule<K> {
  return rule;
}
