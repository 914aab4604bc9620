import type { MessagePack } from '../base/locale/message-pack.js';
import type { QueueSortKey } from './queue.js';

/**
 * What the agent's desk says about search, columns, sorting, selection and bulk changes. Only the
 * desk shows these, so they travel with the agent view (see `desk-messages.ts`), not with the
 * widget's first load.
 */
export interface DeskMessages {
  readonly search: {
    readonly label: string;
    readonly placeholder: string;
    /** How many tickets a search found (the count formatted for the locale) and what was searched for. */
    readonly found: (count: number, formatted: string, query: string) => string;
  };
  readonly columns: Readonly<Record<QueueSortKey, string>>;
  readonly sortBy: string;
  /** The ticket's age since it came in (a humanized duration). */
  readonly age: (duration: string) => string;
  readonly unknownRequester: string;
  /** Why an SLA clock does not count now. */
  readonly due: (dateTime: string) => string;
  readonly selection: {
    readonly label: string;
    /** How many tickets are selected (the count formatted for the locale). */
    readonly count: (count: number, formatted: string) => string;
    readonly selectAll: string;
    readonly clear: string;
    readonly hint: string;
  };
  readonly views: {
    readonly label: string;
    readonly none: string;
    readonly save: string;
    readonly name: string;
    readonly confirm: string;
    readonly cancel: string;
    readonly remove: string;
    readonly saved: (name: string) => string;
    readonly removed: (name: string) => string;
  };
  readonly bulk: {
    readonly label: string;
    readonly assign: string;
    readonly status: string;
    readonly priority: string;
    readonly tag: string;
    readonly addTag: string;
    readonly unchanged: string;
    readonly apply: string;
    readonly working: (count: number, formatted: string) => string;
    readonly done: (count: number, formatted: string) => string;
    /** How many changes failed, and which tickets (their numbers or subjects). */
    readonly failed: (count: number, formatted: string, tickets: string) => string;
  };
}

const en: DeskMessages = {
  search: {
    label: 'Search tickets',
    placeholder: 'Number, subject, message or requester',
    found: (count, formatted, query) => (count === 1 ? `1 ticket found for “${query}”` : `${formatted} tickets found for “${query}”`),
  },
  columns: { number: 'Number', subject: 'Subject', requester: 'Requester', status: 'Status', priority: 'Priority', assignee: 'Assignee', age: 'Age', sla: 'SLA' },
  sortBy: 'Sort the queue',
  age: (duration) => `${duration} old`,
  unknownRequester: 'Unknown requester',
  due: (dateTime) => `Due ${dateTime}`,
  selection: {
    label: 'Select',
    count: (count, formatted) => (count === 0 ? 'No tickets selected' : count === 1 ? '1 ticket selected' : `${formatted} tickets selected`),
    selectAll: 'Select all',
    clear: 'Clear selection',
    hint: 'Space selects a ticket, Shift with an arrow key extends the selection, Ctrl+A selects all, Escape clears.',
  },
  views: {
    label: 'Saved views',
    none: 'No saved view',
    save: 'Save view',
    name: 'Name of the view',
    confirm: 'Save',
    cancel: 'Cancel',
    remove: 'Delete view',
    saved: (name) => `View “${name}” saved.`,
    removed: (name) => `View “${name}” deleted.`,
  },
  bulk: {
    label: 'Change the selected tickets',
    assign: 'Assign to',
    status: 'Status',
    priority: 'Priority',
    tag: 'Tag',
    addTag: 'Tag to add',
    unchanged: 'Keep as is',
    apply: 'Apply',
    working: (count, formatted) => (count === 1 ? 'Updating 1 ticket…' : `Updating ${formatted} tickets…`),
    done: (count, formatted) => (count === 1 ? '1 ticket updated.' : `${formatted} tickets updated.`),
    failed: (count, formatted, tickets) => `${count === 1 ? '1 ticket' : `${formatted} tickets`} could not be updated: ${tickets}.`,
  },
};

/** English with the agent view; each translation its own chunk. */
export const deskMessages: MessagePack<DeskMessages> = {
  en,
  translations: {
    'zh-Hans': () => import('./desk.messages.zh-hans.js').then((m) => m.zhHans),
    'zh-Hant': () => import('./desk.messages.zh-hant.js').then((m) => m.zhHant),
  },
};
