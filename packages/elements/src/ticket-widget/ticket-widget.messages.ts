import type { TicketPriority, TicketStatus } from '@rapport/core';
import type { SlaPauseReason } from '@rapport/core/domain';
import type { MessagePack } from '../base/locale/message-pack.js';
import type { FileKind } from './attachment-kinds.js';
import type { SlaState } from './ticket-sla.js';

/** The categories a customer picks from when no `categories` are given. */
export const defaultCategories = ['order', 'billing', 'product', 'technical', 'account', 'other'] as const;
export type DefaultCategory = (typeof defaultCategories)[number];

/** Every string of `<crm-ticket-widget>`; shared words (save, retry, errors) come from the base messages. */
export interface TicketWidgetMessages {
  readonly noClient: string;
  readonly noContact: string;
  readonly label: string;
  readonly newRequest: string;
  readonly myTickets: string;
  readonly status: Readonly<Record<TicketStatus, string>>;
  readonly priority: Readonly<Record<TicketPriority, string>>;
  readonly categories: Readonly<Record<DefaultCategory, string>>;
  readonly form: {
    readonly subject: string;
    readonly description: string;
    readonly category: string;
    readonly chooseCategory: string;
    readonly attachments: string;
    /** The button that opens the system's file picker. */
    readonly chooseFiles: string;
    /** Beside it: files can also be dropped on the area. */
    readonly dropFiles: string;
    /** The accepted kinds of file (already a localized list) and the largest size. */
    readonly attachmentHint: (types: string, size: string) => string;
    readonly fileKinds: Readonly<Record<FileKind, string>>;
    /** A file of a kind not accepted, and the kinds that are. */
    readonly wrongType: (name: string, types: string) => string;
    readonly tooLarge: (name: string, size: string) => string;
    readonly unreadable: (name: string) => string;
    readonly send: string;
    readonly sent: string;
    /** The new ticket's number, as `#1042`. */
    readonly number: (number: string) => string;
    /** Where the new request can be followed in the widget. */
    readonly followHere: string;
    /** The host's page for the new request. */
    readonly follow: string;
  };
  readonly kb: {
    readonly heading: string;
    readonly found: (count: number) => string;
    readonly solved: string;
    readonly deflected: string;
  };
  readonly tickets: {
    readonly empty: string;
    readonly back: string;
    readonly updated: (date: string) => string;
  };
  readonly thread: {
    readonly label: string;
    readonly you: string;
    readonly customer: string;
    readonly agent: string;
    readonly system: string;
    readonly internal: string;
    readonly reply: string;
    readonly note: string;
    readonly send: string;
    readonly addNote: string;
    readonly reopen: string;
  };
  readonly csat: {
    readonly question: string;
    readonly scale: readonly [string, string, string, string, string];
    readonly comment: string;
    readonly send: string;
    readonly thanks: string;
    /** A rating given before (the rating and its label). */
    readonly ratedBefore: (rating: string) => string;
    /** A second rating the server refused; the first one stands. */
    readonly refusedAsSecond: (rating: string) => string;
  };
  readonly queue: {
    readonly label: string;
    readonly filters: string;
    readonly status: string;
    readonly priority: string;
    readonly assignee: string;
    readonly sla: string;
    readonly any: string;
    readonly unresolved: string;
    readonly me: string;
    readonly unassigned: string;
    /** The number of tickets shown, and the same number formatted for the locale. */
    readonly count: (count: number, formatted: string) => string;
    readonly empty: string;
    readonly pick: string;
    readonly requester: string;
    /** Beside the name and email a visitor gave on a public page, which nobody checked. */
    readonly unverifiedRequester: string;
  };
  readonly sla: {
    readonly states: Readonly<Record<SlaState, string>>;
    readonly firstResponse: string;
    readonly nextReply: string;
    /** Why a clock does not count now. */
    readonly pausedBecause: Readonly<Record<SlaPauseReason, string>>;
    readonly resolution: string;
    readonly left: (time: string) => string;
    readonly overdue: (time: string) => string;
    readonly met: string;
    readonly missed: string;
    readonly escalated: (level: number) => string;
  };
}

const en: TicketWidgetMessages = {
  noClient: 'No data source is configured for this widget.',
  noContact: 'Sign in to ask for help and see your requests.',
  label: 'Customer service',
  newRequest: 'New request',
  myTickets: 'My requests',
  status: { new: 'New', open: 'Open', pending: 'Waiting on customer', resolved: 'Resolved', closed: 'Closed' },
  priority: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
  categories: {
    order: 'Orders and delivery',
    billing: 'Billing and payment',
    product: 'Product question',
    technical: 'Technical problem',
    account: 'Account and sign-in',
    other: 'Something else',
  },
  form: {
    subject: 'Subject',
    description: 'What happened?',
    category: 'Category',
    chooseCategory: 'Choose a category',
    attachments: 'Attachments',
    chooseFiles: 'Add files',
    dropFiles: 'or drop them here',
    attachmentHint: (types, size) => `${types.charAt(0).toUpperCase()}${types.slice(1)}, up to ${size} each.`,
    fileKinds: { image: 'images', pdf: 'PDF', text: 'text files', spreadsheet: 'spreadsheets', document: 'documents', archive: 'archives', audio: 'audio', video: 'videos' },
    wrongType: (name, types) => `${name}: this kind of file is not accepted (accepted: ${types}).`,
    tooLarge: (name, size) => `${name} is larger than ${size}, the most a file may be.`,
    unreadable: (name) => `${name} could not be read. Try choosing it again.`,
    send: 'Send request',
    sent: 'Thank you. Your request was received and we will reply here.',
    number: (number) => `Your request number is ${number}.`,
    followHere: 'You can follow it under “My requests”.',
    follow: 'Follow your request',
  },
  kb: {
    heading: 'These articles might answer your question',
    found: (count) => (count === 1 ? '1 suggested article' : `${count} suggested articles`),
    solved: 'This solved it',
    deflected: 'Glad that helped. No request was needed.',
  },
  tickets: {
    empty: 'You have not asked for help yet.',
    back: 'All my requests',
    updated: (date) => `Updated ${date}`,
  },
  thread: {
    label: 'Conversation',
    you: 'You',
    customer: 'Customer',
    agent: 'Support',
    system: 'System',
    internal: 'Internal note',
    reply: 'Reply',
    note: 'Internal note (agents only)',
    send: 'Send reply',
    addNote: 'Add note',
    reopen: 'Reopen request',
  },
  csat: {
    question: 'How satisfied are you with how we handled this?',
    scale: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
    comment: 'Anything else you would like to tell us? (optional)',
    send: 'Send feedback',
    thanks: 'Thank you for your feedback.',
    ratedBefore: (rating) => `You rated this ticket: ${rating}. Thank you for your feedback.`,
    refusedAsSecond: (rating) => `This ticket was already rated (${rating}), perhaps in another window. Your new answer was not saved.`,
  },
  queue: {
    label: 'Ticket queue',
    filters: 'Filter tickets',
    status: 'Status',
    priority: 'Priority',
    assignee: 'Assignee',
    sla: 'SLA',
    any: 'Any',
    unresolved: 'Unresolved',
    me: 'Me',
    unassigned: 'Unassigned',
    count: (count, formatted) => (count === 1 ? '1 ticket' : `${formatted} tickets`),
    empty: 'No tickets match these filters.',
    pick: 'Choose a ticket from the queue.',
    requester: 'Requester',
    unverifiedRequester: 'Not verified: given on a public page',
  },
  sla: {
    states: { breached: 'Breached', 'at-risk': 'Due soon', 'on-track': 'On track', paused: 'Paused', none: 'No running SLA' },
    firstResponse: 'First response',
    nextReply: 'Next reply',
    pausedBecause: { 'waiting-on-customer': 'Paused: waiting on the customer', 'outside-business-hours': 'Not counting: outside business hours' },
    resolution: 'Resolution',
    left: (time) => `${time} left`,
    overdue: (time) => `${time} overdue`,
    met: 'Met',
    missed: 'Missed',
    escalated: (level) => `Escalated, level ${level}`,
  },
};

/** English in the bundle; each translation is its own chunk, fetched the first time a widget shows it. */
export const ticketWidgetMessages: MessagePack<TicketWidgetMessages> = {
  en,
  translations: {
    'zh-Hans': () => import('./ticket-widget.messages.zh-hans.js').then((m) => m.zhHans),
    'zh-Hant': () => import('./ticket-widget.messages.zh-hant.js').then((m) => m.zhHant),
  },
};
