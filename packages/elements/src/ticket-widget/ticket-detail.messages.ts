import type { MessagePack } from '../base/locale/message-pack.js';

/**
 * The strings of the open ticket's extras (reply attachments, send and set status, tags, custom
 * fields, who else is on the ticket, canned replies): they travel with the reply box and the
 * agent's detail, not with the widget's first load.
 */
export interface TicketDetailMessages {
  readonly attach: string;
  /** The split button's menu: send (or add the note) and set the status in one step. */
  readonly sendAndSet: string;
  readonly sendAndMark: (action: string, status: string) => string;
  readonly tags: {
    readonly label: string;
    readonly add: string;
    readonly remove: (tag: string) => string;
    readonly none: string;
  };
  readonly fields: {
    readonly label: string;
    readonly save: string;
  };
  readonly presence: {
    /** Other agents with this ticket open, by name. */
    readonly viewing: (names: string) => string;
    /** Other agents writing a reply to it now. */
    readonly typing: (names: string) => string;
  };
  readonly canned: {
    readonly insert: string;
    readonly manage: string;
    readonly close: string;
    readonly create: string;
    readonly edit: (title: string) => string;
    readonly remove: (title: string) => string;
    readonly title: string;
    readonly body: string;
    readonly bodyHint: string;
    readonly save: string;
    readonly cancel: string;
    readonly none: string;
    /** Placeholders the reply could not fill, left in the text for the agent to replace. */
    readonly unfilled: (placeholders: string) => string;
  };
}

const en: TicketDetailMessages = {
  attach: 'Attach files',
  sendAndSet: 'Send and set status',
  sendAndMark: (action, status) => `${action} and mark ${status}`,
  tags: { label: 'Tags', add: 'Add a tag', remove: (tag) => `Remove tag ${tag}`, none: 'No tags' },
  fields: { label: 'Ticket fields', save: 'Save fields' },
  presence: {
    viewing: (names) => `${names} also has this ticket open.`,
    typing: (names) => `${names} is writing a reply.`,
  },
  canned: {
    insert: 'Insert a canned reply',
    manage: 'Manage canned replies',
    close: 'Close',
    create: 'New canned reply',
    edit: (title) => `Edit ${title}`,
    remove: (title) => `Delete ${title}`,
    title: 'Title',
    body: 'Text',
    bodyHint: 'Placeholders: {{requester.firstName}}, {{requester.name}}, {{ticket.number}}, {{ticket.subject}}, {{agent.name}}',
    save: 'Save',
    cancel: 'Cancel',
    none: 'No canned replies yet.',
    unfilled: (placeholders) => `Replace before sending: ${placeholders}`,
  },
};

/** English with the chunk; each translation its own chunk, fetched the first time it is shown. */
export const ticketDetailMessages: MessagePack<TicketDetailMessages> = {
  en,
  translations: {
    'zh-Hans': () => import('./ticket-detail.messages.zh-hans.js').then((m) => m.zhHans),
    'zh-Hant': () => import('./ticket-detail.messages.zh-hant.js').then((m) => m.zhHant),
  },
};
