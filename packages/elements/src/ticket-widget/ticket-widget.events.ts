import type { KbArticle, SlaTargetKind, SurveyResponse, SurveyResponseCreate, Ticket, TicketCreate, TicketMessage, TicketMessageCreate, TicketStatus, TicketUpdate } from '@rapport/core';
import { CrmEvent } from '../base/crm-event.js';

/** Before a customer's new ticket is stored; cancel it to keep the form as it is. */
export class CrmTicketSubmitEvent extends CrmEvent<{ readonly ticket: TicketCreate }> {
  static readonly eventName = 'crm-ticket-submit';
  constructor(detail: CrmTicketSubmitEvent['detail']) {
    super(CrmTicketSubmitEvent.eventName, detail, { cancelable: true });
  }
}

/** After a customer's new ticket was stored. */
export class CrmTicketSubmittedEvent extends CrmEvent<{ readonly ticket: Ticket }> {
  static readonly eventName = 'crm-ticket-submitted';
  constructor(detail: CrmTicketSubmittedEvent['detail']) {
    super(CrmTicketSubmittedEvent.eventName, detail);
  }
}

/** A suggested article answered the customer's question, so no ticket was sent (a deflection to count). */
export class CrmTicketDeflectEvent extends CrmEvent<{ readonly article: KbArticle; readonly subject: string }> {
  static readonly eventName = 'crm-ticket-deflect';
  constructor(detail: CrmTicketDeflectEvent['detail']) {
    super(CrmTicketDeflectEvent.eventName, detail);
  }
}

/** A ticket was opened to read its thread, from the customer's list or the agent queue. */
export class CrmTicketOpenEvent extends CrmEvent<{ readonly ticketId: string }> {
  static readonly eventName = 'crm-ticket-open';
  constructor(detail: CrmTicketOpenEvent['detail']) {
    super(CrmTicketOpenEvent.eventName, detail);
  }
}

/** Before a reply or internal note is stored; cancel it to keep the draft. */
/** `status`: the status the reply sets in the same step ("send and mark solved"), if any. */
export class CrmTicketReplyEvent extends CrmEvent<{ readonly ticket: Ticket; readonly message: TicketMessageCreate; readonly status?: TicketStatus | undefined }> {
  static readonly eventName = 'crm-ticket-reply';
  constructor(detail: CrmTicketReplyEvent['detail']) {
    super(CrmTicketReplyEvent.eventName, detail, { cancelable: true });
  }
}

/** After a reply or internal note was stored. */
export class CrmTicketRepliedEvent extends CrmEvent<{ readonly ticket: Ticket; readonly message: TicketMessage }> {
  static readonly eventName = 'crm-ticket-replied';
  constructor(detail: CrmTicketRepliedEvent['detail']) {
    super(CrmTicketRepliedEvent.eventName, detail);
  }
}

/** Before a ticket's status changes (an agent's choice, or a customer reopening); cancel it to keep the status. */
export class CrmTicketStatusChangeEvent extends CrmEvent<{ readonly ticket: Ticket; readonly status: TicketStatus }> {
  static readonly eventName = 'crm-ticket-status-change';
  constructor(detail: CrmTicketStatusChangeEvent['detail']) {
    super(CrmTicketStatusChangeEvent.eventName, detail, { cancelable: true });
  }
}

/** After a ticket's status changed. */
export class CrmTicketStatusChangedEvent extends CrmEvent<{ readonly ticket: Ticket; readonly previous: TicketStatus }> {
  static readonly eventName = 'crm-ticket-status-changed';
  constructor(detail: CrmTicketStatusChangedEvent['detail']) {
    super(CrmTicketStatusChangedEvent.eventName, detail);
  }
}

/** Before an agent changes a ticket's priority or assignee; cancel it to keep the ticket as it is. */
export class CrmTicketUpdateEvent extends CrmEvent<{ readonly ticket: Ticket; readonly patch: TicketUpdate }> {
  static readonly eventName = 'crm-ticket-update';
  constructor(detail: CrmTicketUpdateEvent['detail']) {
    super(CrmTicketUpdateEvent.eventName, detail, { cancelable: true });
  }
}

/** After a ticket's priority or assignee changed. */
export class CrmTicketUpdatedEvent extends CrmEvent<{ readonly ticket: Ticket; readonly previous: Ticket }> {
  static readonly eventName = 'crm-ticket-updated';
  constructor(detail: CrmTicketUpdatedEvent['detail']) {
    super(CrmTicketUpdatedEvent.eventName, detail);
  }
}

/** Before a customer's satisfaction rating is stored; cancel it to keep the form. */
export class CrmCsatSubmitEvent extends CrmEvent<{ readonly ticket: Ticket; readonly response: SurveyResponseCreate }> {
  static readonly eventName = 'crm-csat-submit';
  constructor(detail: CrmCsatSubmitEvent['detail']) {
    super(CrmCsatSubmitEvent.eventName, detail, { cancelable: true });
  }
}

/** After a customer's satisfaction rating was stored as a survey response linked to the ticket. */
export class CrmCsatSubmittedEvent extends CrmEvent<{ readonly ticket: Ticket; readonly response: SurveyResponse }> {
  static readonly eventName = 'crm-csat-submitted';
  constructor(detail: CrmCsatSubmittedEvent['detail']) {
    super(CrmCsatSubmittedEvent.eventName, detail);
  }
}

/**
 * An SLA clock of a ticket in the queue passed an escalation step or its target; sent once per
 * ticket, clock and level, by the rules engine the desk runs: the host's (`rules`) or its own
 * (`local-escalation`, for local storage). A desk over a Rapport server runs none: the server
 * escalates, and the desk shows the new level as it arrives.
 */
export class CrmSlaBreachEvent extends CrmEvent<{ readonly ticket: Ticket; readonly target: SlaTargetKind; readonly level: number }> {
  static readonly eventName = 'crm-sla-breach';
  constructor(detail: CrmSlaBreachEvent['detail']) {
    super(CrmSlaBreachEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'crm-ticket-submit': CrmTicketSubmitEvent;
    'crm-ticket-submitted': CrmTicketSubmittedEvent;
    'crm-ticket-deflect': CrmTicketDeflectEvent;
    'crm-ticket-open': CrmTicketOpenEvent;
    'crm-ticket-reply': CrmTicketReplyEvent;
    'crm-ticket-replied': CrmTicketRepliedEvent;
    'crm-ticket-status-change': CrmTicketStatusChangeEvent;
    'crm-ticket-status-changed': CrmTicketStatusChangedEvent;
    'crm-ticket-update': CrmTicketUpdateEvent;
    'crm-ticket-updated': CrmTicketUpdatedEvent;
    'crm-csat-submit': CrmCsatSubmitEvent;
    'crm-csat-submitted': CrmCsatSubmittedEvent;
    'crm-sla-breach': CrmSlaBreachEvent;
  }
}
