import type { CallDirection, CallOutcome, TicketStatus } from '@rapport/core';
import type { MessagePack } from '../base/locale/message-pack.js';
import type { ContactCardMessages } from './contact-card.messages.js';

/** The timeline's kind filter: everything, or one kind. */
export type TimelineFilterKey = 'all' | 'note' | 'call' | 'email' | 'meeting' | 'task';

/** Where an open ticket stands against its SLA. */
export type SlaState = 'on-track' | 'due-soon' | 'breached' | 'paused';

/**
 * The strings of the card's parts fetched on use (timeline actions, related records, search, new
 * contact, what a refused field expects): a pack of their own, fetched with the first of them, so
 * the card's first load carries only the strings of its first render.
 */
export interface ContactCardViewMessages {
  readonly activity: {
    /** The kind filter: its group's name, and each choice (plural: "Calls"). */
    readonly filter: string;
    readonly filters: Readonly<Record<TimelineFilterKey, string>>;
    /** When the chosen kind has no activities. */
    readonly emptyKind: string;
    readonly overdue: string;
    readonly pinned: string;
    readonly pin: string;
    readonly unpin: string;
    /** Accessible name of a task's checkbox. */
    readonly markDone: (subject: string) => string;
    /** What the edit and delete buttons of one activity act on. */
    readonly activity: string;
    readonly directions: Readonly<Record<CallDirection, string>>;
    readonly outcomes: Readonly<Record<CallOutcome, string>>;
    /** A call's length, with the minutes already formatted. */
    readonly minutes: (minutes: string) => string;
    /** After a delete, with the undo next to it. */
    readonly deleted: (subject: string) => string;
    readonly undo: string;
  };
  /** The quick actions' form. */
  readonly composerForm: {
    readonly fields: Readonly<Record<'subject' | 'body' | 'start' | 'end' | 'due' | 'direction' | 'outcome' | 'duration', string>>;
    /** Accessible name of the form that edits an existing activity. */
    readonly editing: (subject: string) => string;
    /** 有冲突时，系统会提示: shown above the owner's meetings that overlap. */
    readonly overlap: string;
    readonly saveAnyway: string;
  };
  /** Both versions side by side after someone else saved first. */
  readonly conflict: {
    readonly title: string;
    readonly explanation: string;
    readonly theirs: string;
    readonly yours: string;
    readonly reload: string;
    readonly reapply: string;
  };
  /** The search box of a card without a contact, and the form of a new one. */
  readonly finder: {
    readonly label: string;
    readonly placeholder: string;
    readonly hint: string;
    readonly suggestions: string;
    readonly searching: string;
    readonly none: string;
    readonly count: (count: number) => string;
    readonly create: string;
    readonly save: string;
  };
  readonly related: {
    readonly heading: string;
    readonly account: string;
    readonly deals: string;
    readonly tickets: string;
    readonly none: string;
    /** More than the card lists, with the count already formatted. */
    readonly more: (count: string) => string;
    readonly ticketStatuses: Readonly<Record<TicketStatus, string>>;
    readonly sla: Readonly<Record<SlaState, string>>;
  };
  /** What a field expects, said under it when the input was refused. */
  readonly expected: {
    readonly name: string;
    readonly email: string;
    readonly phone: string;
    readonly web: string;
    readonly number: string;
    /** The stages the relationship may move to, already joined. */
    readonly lifecycle: (allowed: string) => string;
  };
}

/** What the card's fetched parts read: the card's strings and their own. */
export type ViewMessages = ContactCardMessages & ContactCardViewMessages;

const en: ContactCardViewMessages = {
  activity: {
    filter: 'Show',
    filters: { all: 'All', note: 'Notes', call: 'Calls', email: 'Emails', meeting: 'Meetings', task: 'Tasks' },
    emptyKind: 'No activities of this kind.',
    overdue: 'Overdue',
    pinned: 'Pinned',
    pin: 'Pin',
    unpin: 'Unpin',
    markDone: (subject) => `Done: ${subject}`,
    activity: 'activity',
    directions: { inbound: 'Inbound', outbound: 'Outbound' },
    outcomes: { connected: 'Connected', 'left-voicemail': 'Left voicemail', 'no-answer': 'No answer', busy: 'Busy', 'wrong-number': 'Wrong number' },
    minutes: (minutes) => `${minutes} min`,
    deleted: (subject) => `Deleted “${subject}”.`,
    undo: 'Undo',
  },
  composerForm: {
    fields: { subject: 'Subject', body: 'Notes', start: 'Starts', end: 'Ends', due: 'Due', direction: 'Direction', outcome: 'Outcome', duration: 'Duration (minutes)' },
    editing: (subject) => `Edit ${subject}`,
    overlap: 'The owner already has a meeting at this time:',
    saveAnyway: 'Save anyway',
  },
  conflict: {
    title: 'Changed by someone else',
    explanation: 'Your change was not saved. Compare the two versions, then reload theirs or apply yours on top.',
    theirs: 'Their version',
    yours: 'Your version',
    reload: 'Reload theirs',
    reapply: 'Apply mine again',
  },
  finder: {
    label: 'Find a contact',
    placeholder: 'Name, email, phone or company',
    hint: 'Suggestions appear as you type; choose one with the arrow keys and Enter.',
    suggestions: 'Contacts found',
    searching: 'Searching…',
    none: 'No contact matches.',
    count: (count) => (count === 1 ? '1 contact found' : `${count} contacts found`),
    create: 'New contact',
    save: 'Create contact',
  },
  related: {
    heading: 'Related',
    account: 'Account',
    deals: 'Open deals',
    tickets: 'Open tickets',
    none: 'None',
    more: (count) => `and ${count} more`,
    ticketStatuses: { new: 'New', open: 'Open', pending: 'Waiting on customer', resolved: 'Resolved', closed: 'Closed' },
    sla: { 'on-track': 'On track', 'due-soon': 'Due soon', breached: 'Overdue', paused: 'Paused' },
  },
  expected: {
    name: 'Enter a name.',
    email: 'Enter an email like name@example.com.',
    phone: 'Enter a phone number like +86 138 0013 8000.',
    web: 'Enter a web address like https://example.com.',
    number: 'Enter a number like 1200.',
    lifecycle: (allowed) => `Move one stage at a time: ${allowed}.`,
  },
};

/** English with the parts that use it; each translation is its own chunk, fetched when a card shows it. */
export const contactCardViewMessages: MessagePack<ContactCardViewMessages> = {
  en,
  translations: {
    'zh-Hans': () => import('./contact-card-views.messages.zh-hans.js').then((m) => m.zhHans),
    'zh-Hant': () => import('./contact-card-views.messages.zh-hant.js').then((m) => m.zhHant),
  },
};
