import type { SlaTargetKind } from '../domain/sla-clock.js';
import type { Activity } from '../schema/activity.js';
import type { Contact } from '../schema/contact.js';
import type { Deal } from '../schema/deal.js';
import type { Survey } from '../schema/survey.js';
import type { SurveyResponse } from '../schema/survey-response.js';
import type { Ticket } from '../schema/ticket.js';
import type { EventBus } from './event-bus.js';

export type { SlaTargetKind };

/** A message for a person (an owner, an agent, a team lead), shown by the host. */
export interface Notification {
  /** Plain text, safe to show to an end user. */
  readonly message: string;
  /** Stable code the host can localize from, e.g. `sla-breached`, `follow-up-created`. */
  readonly code: string;
  readonly severity: 'info' | 'warning' | 'critical';
  /** Who should see it; absent for whoever watches the queue. */
  readonly recipientId?: string;
  /** The record it is about, so the host can link to it. */
  readonly subject?: { readonly collection: string; readonly id: string };
}

/**
 * Everything the SDK announces after a change, by event type. The client emits the record events
 * after successful writes; the rules engine emits `ticket.sla-breached`, `ticket.escalated` and
 * `notification`.
 */
export interface DomainEventMap {
  'deal.created': { readonly deal: Deal };
  'deal.moved': { readonly deal: Deal; readonly fromStageId: string; readonly toStageId: string };
  'deal.won': { readonly deal: Deal };
  'deal.lost': { readonly deal: Deal; readonly reason?: string };
  'ticket.created': { readonly ticket: Ticket };
  'ticket.updated': { readonly ticket: Ticket; readonly previous: Ticket };
  /**
   * A target's clock reached an escalation step (`level`) or ran out; sent once per ticket, target
   * and level. `breached` is false for a warning step before the due time.
   */
  'ticket.sla-breached': { readonly ticket: Ticket; readonly target: SlaTargetKind; readonly level: number; readonly breached: boolean };
  'ticket.escalated': { readonly ticket: Ticket; readonly level: number; readonly previousLevel: number };
  'survey.response-received': { readonly response: SurveyResponse; readonly survey?: Survey };
  'contact.created': { readonly contact: Contact };
  'contact.updated': { readonly contact: Contact; readonly previous: Contact };
  'activity.created': { readonly activity: Activity };
  notification: Notification;
}

export type DomainEventType = keyof DomainEventMap;

/** The bus the client exposes as `client.events` and the rules engine listens to. */
export type DomainEventBus = EventBus<DomainEventMap>;
