import type { Activity, ActivityCreate, Contact, ContactUpdate } from '@rapport/core';
import { CrmEvent } from '../base/crm-event.js';

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

declare global {
  interface HTMLElementEventMap {
    'crm-contact-update': CrmContactUpdateEvent;
    'crm-contact-updated': CrmContactUpdatedEvent;
    'crm-activity-create': CrmActivityCreateEvent;
    'crm-activity-created': CrmActivityCreatedEvent;
    'crm-tag-add': CrmTagAddEvent;
    'crm-tag-remove': CrmTagRemoveEvent;
  }
}
