import type { Deal, DealCreate } from '@rapport/core';
import { CrmEvent } from '../base/crm-event.js';

// Apart from the board's other events: only the parts loaded on use send these, so the board's
// first load does not carry them.

/** Before a new deal is saved (from the quick-add or the drawer); cancel it to keep it unsaved. */
export class CrmDealCreateEvent extends CrmEvent<{ readonly input: DealCreate }> {
  static readonly eventName = 'crm-deal-create';
  constructor(detail: CrmDealCreateEvent['detail']) {
    super(CrmDealCreateEvent.eventName, detail, { cancelable: true });
  }
}

/** After a new deal was saved. */
export class CrmDealCreatedEvent extends CrmEvent<{ readonly deal: Deal }> {
  static readonly eventName = 'crm-deal-created';
  constructor(detail: CrmDealCreatedEvent['detail']) {
    super(CrmDealCreatedEvent.eventName, detail);
  }
}

/** After the drawer saved changes to a deal. */
export class CrmDealUpdatedEvent extends CrmEvent<{ readonly deal: Deal; readonly previous: Deal }> {
  static readonly eventName = 'crm-deal-updated';
  constructor(detail: CrmDealUpdatedEvent['detail']) {
    super(CrmDealUpdatedEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'crm-deal-create': CrmDealCreateEvent;
    'crm-deal-created': CrmDealCreatedEvent;
    'crm-deal-updated': CrmDealUpdatedEvent;
  }
}
