import type { ActivityKind, CallDirection, CallOutcome, ChannelKind, TicketStatus } from '@rapport/core';
import type { ChurnFactor, ChurnKind, LifecycleStage, LoyaltyLevel, ProfitabilityTier, RfmSegment } from '@rapport/core/domain';
import type { MessagePack } from '../base/locale/message-pack.js';

/** The timeline's kind filter: everything, or one kind. */
export type TimelineFilterKey = 'all' | 'note' | 'call' | 'email' | 'meeting' | 'task';

/** Where an open ticket stands against its SLA. */
export type SlaState = 'on-track' | 'due-soon' | 'breached' | 'paused';

/** Every string of `<crm-contact-card>`, per locale; shared words (save, cancel, errors) come from the base messages. */
export interface ContactCardMessages {
  /** Accessible name of the card. */
  readonly label: (name: string) => string;
  readonly noClient: string;
  /** What the edit button edits ("Edit details"). */
  readonly details: string;
  readonly yes: string;
  readonly no: string;
  /** Both versions side by side after someone else saved first. */
  readonly conflict: {
    readonly title: string;
    readonly explanation: string;
    readonly theirs: string;
    readonly yours: string;
    readonly reload: string;
    readonly reapply: string;
  };
  readonly fields: Readonly<Record<'name' | 'title' | 'region' | 'industry' | 'account' | 'owner' | 'channels' | 'tags' | 'customFields', string>>;
  readonly channelKinds: Readonly<Record<ChannelKind, string>>;
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
  readonly tags: {
    readonly add: string;
    readonly inputLabel: string;
    readonly remove: (tag: string) => string;
  };
  readonly timeline: {
    readonly heading: string;
    readonly empty: string;
    /** Accessible name of the list, with the count already formatted. */
    readonly count: (count: string) => string;
    readonly kinds: Readonly<Record<ActivityKind, string>>;
    readonly due: (date: string) => string;
    readonly done: string;
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
  readonly quickActions: Readonly<Record<'heading' | 'call' | 'note' | 'meeting' | 'task', string>>;
  readonly composer: {
    readonly defaultSubject: (kind: string, name: string) => string;
    readonly fields: Readonly<Record<'subject' | 'body' | 'start' | 'end' | 'due' | 'direction' | 'outcome' | 'duration', string>>;
    /** Accessible name of the form that edits an existing activity. */
    readonly editing: (subject: string) => string;
    /** 有冲突时，系统会提示: shown above the owner's meetings that overlap. */
    readonly overlap: string;
    readonly saveAnyway: string;
  };
  readonly relationship: {
    readonly heading: string;
    readonly lifecycle: string;
    readonly tier: string;
    readonly loyalty: string;
    readonly segment: string;
    readonly churn: string;
    readonly stages: Readonly<Record<LifecycleStage, string>>;
    readonly churnKinds: Readonly<Record<ChurnKind, string>>;
    readonly tiers: Readonly<Record<ProfitabilityTier, string>>;
    readonly loyaltyLevels: Readonly<Record<LoyaltyLevel, string>>;
    readonly segments: Readonly<Record<RfmSegment, string>>;
    readonly churnLevels: Readonly<Record<'low' | 'medium' | 'high', string>>;
    /** Why churn risk is raised; each gets the formatted day count or number. */
    readonly churnReasons: Readonly<Record<ChurnFactor, (value: string) => string>>;
  };
}

const en: ContactCardMessages = {
  label: (name) => `Contact: ${name}`,
  noClient: 'No data source is configured for this card.',
  details: 'details',
  yes: 'Yes',
  no: 'No',
  conflict: {
    title: 'Changed by someone else',
    explanation: 'Your change was not saved. Compare the two versions, then reload theirs or apply yours on top.',
    theirs: 'Their version',
    yours: 'Your version',
    reload: 'Reload theirs',
    reapply: 'Apply mine again',
  },
  fields: {
    name: 'Name',
    title: 'Title',
    region: 'Region',
    industry: 'Industry',
    account: 'Account',
    owner: 'Owner',
    channels: 'Contact channels',
    tags: 'Tags',
    customFields: 'Custom fields',
  },
  channelKinds: { email: 'Email', web: 'Web', phone: 'Phone', mobile: 'Mobile', fax: 'Fax', address: 'Address' },
  expected: {
    name: 'Enter a name.',
    email: 'Enter an email like name@example.com.',
    phone: 'Enter a phone number like +86 138 0013 8000.',
    web: 'Enter a web address like https://example.com.',
    number: 'Enter a number like 1200.',
    lifecycle: (allowed) => `Move one stage at a time: ${allowed}.`,
  },
  tags: { add: 'Add tag', inputLabel: 'New tag', remove: (tag) => `Remove tag ${tag}` },
  timeline: {
    heading: 'Activities',
    empty: 'No activities yet.',
    count: (count) => `Activities (${count})`,
    kinds: { call: 'Call', email: 'Email', meeting: 'Meeting', note: 'Note', task: 'Task', letter: 'Letter' },
    due: (date) => `due ${date}`,
    done: 'done',
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
  quickActions: { heading: 'Quick actions', call: 'Log a call', note: 'Add a note', meeting: 'Schedule a meeting', task: 'Add a task' },
  composer: {
    defaultSubject: (kind, name) => `${kind} with ${name}`,
    fields: { subject: 'Subject', body: 'Notes', start: 'Starts', end: 'Ends', due: 'Due', direction: 'Direction', outcome: 'Outcome', duration: 'Duration (minutes)' },
    editing: (subject) => `Edit ${subject}`,
    overlap: 'The owner already has a meeting at this time:',
    saveAnyway: 'Save anyway',
  },
  relationship: {
    heading: 'Relationship',
    lifecycle: 'Lifecycle stage',
    tier: 'Value tier',
    loyalty: 'Loyalty',
    segment: 'RFM segment',
    churn: 'Churn risk',
    stages: { exploration: 'Exploration', formation: 'Formation', stability: 'Stability', decline: 'Decline', churned: 'Churned' },
    churnKinds: { active: 'left for a competitor', passive: 'ended by us' },
    tiers: { green: 'Green (profitable)', yellow: 'Yellow (break-even)', red: 'Red (loss-making)' },
    loyaltyLevels: {
      none: 'Not yet satisfied',
      satisfaction: 'Satisfied',
      trust: 'Trusting',
      behavioural: 'Loyal in behaviour',
      emotional: 'Loyal at heart',
      sustainable: 'Lastingly loyal',
    },
    segments: { champions: 'Champions', loyal: 'Loyal', new: 'New', potential: 'Potential', 'at-risk': 'At risk', hibernating: 'Hibernating', lost: 'Lost' },
    churnLevels: { low: 'Low', medium: 'Medium', high: 'High' },
    churnReasons: {
      recency: (days) => (days === '1' ? 'No order for a day longer than usual' : `No order for ${days} days longer than usual`),
      complaints: (count) => (count === '1' ? '1 service request in the last 6 months' : `${count} service requests in the last 6 months`),
      detractors: (count) => (count === '1' ? '1 detractor survey answer' : `${count} detractor survey answers`),
      'sla-breaches': (count) => (count === '1' ? '1 escalated service request' : `${count} escalated service requests`),
    },
  },
};

/** English in the bundle; each translation is its own chunk, fetched the first time a card shows it. */
export const contactCardMessages: MessagePack<ContactCardMessages> = {
  en,
  translations: {
    'zh-Hans': () => import('./contact-card.messages.zh-hans.js').then((m) => m.zhHans),
    'zh-Hant': () => import('./contact-card.messages.zh-hant.js').then((m) => m.zhHant),
  },
};
