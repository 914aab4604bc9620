import type { Account, Activity, ActivityCreate, ActivityUpdate, Contact, ContactCreate, ContactUpdate } from '@rapport/core';
import { CrmEvent } from '../base/crm-event.js';
// The card opens a deal with the board's event, so a host routes both with one listener.
import { CrmDealOpenEvent } from '../pipeline-board/pipeline-board.events.js';

export { CrmDealOpenEvent };

/** Before a change to the contact is saved; cancel it to keep the contact as it is. */
export class CrmContactUpdateEvent extends CrmEvent<{ readonly contact: Contact; readonly patch: ContactUpdate }> {
  static readonly eventName = 'crm-contact-update';
  constructor(detail: CrmContactUpdateEvent['detail']) {
    super(CrmContactUpdateEvent.eventName, detail, { cancelable: true });
  }
}

/** After a change to the contact was saved. */
export class CrmContactUpdatedEvent extends CrmEvent<{ readonly contact: Contact; readonly previous: Contact }> {
  static readonly eventName = 'crm-contact-updated';
  constructor(detail: CrmContactUpdatedEvent['detail']) {
    super(CrmContactUpdatedEvent.eventName, detail);
  }
}

/** Before a new activity (call, note, meeting, task) is saved; cancel it to drop the activity. */
export class CrmActivityCreateEvent extends CrmEvent<{ readonly activity: ActivityCreate }> {
  static readonly eventName = 'crm-activity-create';
  constructor(detail: CrmActivityCreateEvent['detail']) {
    super(CrmActivityCreateEvent.eventName, detail, { cancelable: true });
  }
}

/** After a new activity was saved. */
export class CrmActivityCreatedEvent extends CrmEvent<{ readonly activity: Activity }> {
  static readonly eventName = 'crm-activity-created';
  constructor(detail: CrmActivityCreatedEvent['detail']) {
    super(CrmActivityCreatedEvent.eventName, detail);
  }
}

/** Before a tag is added to the contact; cancel it to refuse the tag. */
export class CrmTagAddEvent extends CrmEvent<{ readonly contact: Contact; readonly tag: string }> {
  static readonly eventName = 'crm-tag-add';
  constructor(detail: CrmTagAddEvent['detail']) {
    super(CrmTagAddEvent.eventName, detail, { cancelable: true });
  }
}

/** Before a tag is removed from the contact; cancel it to keep the tag. */
export class CrmTagRemoveEvent extends CrmEvent<{ readonly contact: Contact; readonly tag: string }> {
  static readonly eventName = 'crm-tag-remove';
  constructor(detail: CrmTagRemoveEvent['detail']) {
    super(CrmTagRemoveEvent.eventName, detail, { cancelable: true });
  }
}

/** Before a change to an activity (done, pinned, edited) is saved; cancel it to keep the activity as it is. */
export class CrmActivityUpdateEvent extends CrmEvent<{ readonly activity: Activity; readonly patch: ActivityUpdate }> {
  static readonly eventName = 'crm-activity-update';
  constructor(detail: CrmActivityUpdateEvent['detail']) {
    super(CrmActivityUpdateEvent.eventName, detail, { cancelable: true });
  }
}

/** Before an activity is deleted (when the user deletes it, before the undo runs out); cancel it to keep it. */
export class CrmActivityDeleteEvent extends CrmEvent<{ readonly activity: Activity }> {
  static readonly eventName = 'crm-activity-delete';
  constructor(detail: CrmActivityDeleteEvent['detail']) {
    super(CrmActivityDeleteEvent.eventName, detail, { cancelable: true });
  }
}

/** The user opened the contact's account; the card has no view of its own for it, so the host routes it. */
export class CrmAccountOpenEvent extends CrmEvent<{ readonly account: Account }> {
  static readonly eventName = 'crm-account-open';
  constructor(detail: CrmAccountOpenEvent['detail']) {
    super(CrmAccountOpenEvent.eventName, detail);
  }
}

/** Before a new contact is saved from `mode="new"`; cancel it to keep the form. */
export class CrmContactCreateEvent extends CrmEvent<{ readonly input: ContactCreate }> {
  static readonly eventName = 'crm-contact-create';
  constructor(detail: CrmContactCreateEvent['detail']) {
    super(CrmContactCreateEvent.eventName, detail, { cancelable: true });
  }
}

/** After a new contact was saved; the card then shows it. */
export class CrmContactCreatedEvent extends CrmEvent<{ readonly contact: Contact }> {
  static readonly eventName = 'crm-contact-created';
  constructor(detail: CrmContactCreatedEvent['detail']) {
    super(CrmContactCreatedEvent.eventName, detail);
  }
}

/** The user picked a contact from the search box; the card shows it unless the host cancels this. */
export class CrmContactSelectEvent extends CrmEvent<{ readonly contact: Contact }> {
  static readonly eventName = 'crm-contact-select';
  constructor(detail: CrmContactSelectEvent['detail']) {
    super(CrmContactSelectEvent.eventName, detail, { cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'crm-contact-update': CrmContactUpdateEvent;
    'crm-contact-updated': CrmContactUpdatedEvent;
    'crm-activity-create': CrmActivityCreateEvent;
    'crm-activity-created': CrmActivityCreatedEvent;
    'crm-tag-add': CrmTagAddEvent;
    'crm-tag-remove': CrmTagRemoveEvent;
    'crm-activity-update': CrmActivityUpdateEvent;
    'crm-activity-delete': CrmActivityDeleteEvent;
    'crm-account-open': CrmAccountOpenEvent;
    'crm-contact-create': CrmContactCreateEvent;
    'crm-contact-created': CrmContactCreatedEvent;
    'crm-contact-select': CrmContactSelectEvent;
  }
}
