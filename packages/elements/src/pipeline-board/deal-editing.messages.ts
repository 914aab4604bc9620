import type { MessagePack } from '../base/locale/message-pack.js';
import type { DealOutcome } from './deal-move.js';
import type { Place } from './pipeline-board.messages.js';
import type { BoardSwimlanes } from './lane-grouping.js';

/** Fields of a deal the quick-add and the drawer check, each with its own message. */
export type DealField = 'name' | 'amount' | 'currency' | 'expectedCloseDate' | 'probability' | 'stageId' | 'ownerId';

/** Why a field's value was refused: what the user should enter instead. */
export type DealFieldProblem = 'required' | 'amount' | 'currency' | 'date' | 'probability';

/**
 * The strings of creating and editing deals (quick-add, the drawer, the quick log): loaded with
 * those parts, not with the board, so a board that is only looked at does not carry them.
 */
export interface DealEditingMessages {
  readonly fields: Readonly<Record<DealField | 'tags' | 'customFields', string>>;
  readonly problems: Readonly<Record<DealFieldProblem, string>>;
  readonly quickAdd: {
    readonly label: (stage: string) => string;
    readonly save: string;
    readonly hint: string;
    readonly added: (deal: string, stage: string) => string;
    readonly failed: (deal: string, reason: string) => string;
  };
  readonly drawer: {
    readonly newTitle: string;
    readonly editTitle: (deal: string) => string;
    readonly close: string;
    readonly save: string;
    readonly create: string;
    readonly saved: (deal: string) => string;
    readonly failed: (deal: string, reason: string) => string;
    readonly conflict: string;
    readonly tagsHint: string;
    readonly noOwner: string;
    readonly activities: string;
    readonly noActivities: string;
    readonly logLabel: string;
    readonly logKind: string;
    readonly log: string;
    readonly logged: string;
    readonly logFailed: (reason: string) => string;
    readonly loggingNeedsOwner: string;
  };
  /** What moving a deal says, step by step, in the board's live region. */
  readonly moving: {
    readonly lifted: (deal: string, place: Place) => string;
    readonly over: (deal: string, place: Place) => string;
    readonly overOutcome: (deal: string, outcome: string) => string;
    readonly dropped: (deal: string, place: Place) => string;
    readonly cancelled: (deal: string, place: Place) => string;
    readonly sortedColumn: (sort: string) => string;
    readonly wipRefused: (stage: string, limit: string) => string;
    readonly busy: (deal: string) => string;
    readonly vetoed: (deal: string) => string;
  };
  /** Why a move or a close was not saved (the board's notice and live region). */
  readonly failure: {
    readonly move: (deal: string, reason: string) => string;
    readonly close: (deal: string, reason: string) => string;
    readonly reopen: (deal: string, reason: string) => string;
  };
  /** The Undo offered for a few seconds after a deal closed. */
  readonly undo: {
    /** What a screen reader calls the toast. */
    readonly label: string;
    readonly button: string;
    /** Said after a close: the Undo is there. */
    readonly offered: string;
    readonly reopened: (deal: string, stage: string) => string;
  };
  /** The dialog that asks why a deal was won or lost, and what closing it says. */
  readonly close: {
    readonly title: (outcome: DealOutcome, deal: string) => string;
    readonly wonReason: string;
    readonly lostReason: string;
    readonly reasonRequired: string;
    /** The blank choice of the pipeline's list of lost reasons. */
    readonly chooseReason: string;
    /** The free text beside a reason from the list. */
    readonly reasonDetails: string;
    readonly confirm: (outcome: DealOutcome) => string;
    readonly closed: (deal: string, outcome: string) => string;
  };
  /** The won and lost views: a pipeline's closed deals, newest first, each offered for reopening. */
  readonly closedView: {
    /** What a screen reader calls the choice of open, won and lost deals. */
    readonly label: string;
    readonly open: string;
    /** The list's name, by the outcome's own word ("Won"). */
    readonly list: (outcome: string) => string;
    readonly empty: Readonly<Record<DealOutcome, string>>;
    readonly closedOn: (outcome: DealOutcome, date: string) => string;
    readonly reopen: string;
    readonly reopenLabel: (deal: string) => string;
    readonly more: string;
    /** How many of the closed deals are listed. */
    readonly shown: (shown: string, total: string) => string;
    /** Which of the board's filters the view applies. */
    readonly filters: string;
  };
  /** Collapsing a stage's column, and the choice of stage where one column shows at a time. */
  readonly stageColumns: {
    readonly collapse: (stage: string) => string;
    readonly expand: (stage: string) => string;
    readonly picker: string;
  };
  readonly activityKinds: Readonly<Record<'note' | 'call' | 'email' | 'meeting' | 'task' | 'letter', string>>;
  /** The label of the pipeline switcher, shown when the tenant has several pipelines. */
  readonly pipelineSwitcher: string;
  /** Swimlanes: the choice of rows, and the lanes' own words (their counts and totals are the board's). */
  readonly lanes: {
    readonly label: string;
    readonly choices: Readonly<Record<BoardSwimlanes, string>>;
    readonly noOwner: string;
    readonly noAccount: string;
    /** The name of a lane's cell of a stage, as a screen reader hears its list of cards. */
    readonly cell: (lane: string, stage: string) => string;
  };
}

const enPlace = (p: Place) => `${p.stage}, position ${p.position} of ${p.size}`;

const en: DealEditingMessages = {
  fields: {
    name: 'Deal name',
    amount: 'Amount',
    currency: 'Currency',
    expectedCloseDate: 'Expected close date',
    probability: 'Probability (%)',
    stageId: 'Stage',
    ownerId: 'Owner',
    tags: 'Tags',
    customFields: 'Custom fields',
  },
  problems: {
    required: 'Enter the deal’s name.',
    amount: 'Enter an amount of 0 or more, like 12000 or 12,000.50.',
    currency: 'Enter a three-letter currency code, like CNY or USD.',
    date: 'Enter a date like 2025-03-31.',
    probability: 'Enter a whole percentage from 0 to 100, or leave it empty for the stage’s own.',
  },
  quickAdd: {
    label: (stage) => `Add a deal to ${stage}`,
    save: 'Add',
    hint: 'Enter adds the deal, Escape closes.',
    added: (deal, stage) => `Added ${deal} to ${stage}.`,
    failed: (deal, reason) => `${deal} could not be added; what you typed is back in the form. ${reason}`,
  },
  drawer: {
    newTitle: 'New deal',
    editTitle: (deal) => `Deal: ${deal}`,
    close: 'Close',
    save: 'Save',
    create: 'Create deal',
    saved: (deal) => `Saved ${deal}.`,
    failed: (deal, reason) => `${deal} could not be saved; your changes are still here. ${reason}`,
    conflict: 'Someone else changed this deal meanwhile. Their version is shown; make your change again.',
    tagsHint: 'Separate tags with commas.',
    noOwner: 'No owner',
    activities: 'Activities',
    noActivities: 'Nothing logged on this deal yet.',
    logLabel: 'Log an activity',
    logKind: 'Kind',
    log: 'Log',
    logged: 'Logged.',
    logFailed: (reason) => `The activity could not be logged. ${reason}`,
    loggingNeedsOwner: 'Give the deal an owner (or the board a user-id) to log activities on it.',
  },
  moving: {
    lifted: (deal, p) => `Picked up ${deal}, in ${enPlace(p)}.`,
    over: (deal, p) => `${deal}: ${enPlace(p)}.`,
    overOutcome: (deal, outcome) => `${deal}: over ${outcome}. Drop to close the deal.`,
    dropped: (deal, p) => `Moved ${deal} to ${enPlace(p)}.`,
    cancelled: (deal, p) => `Move cancelled. ${deal} is back in ${enPlace(p)}.`,
    sortedColumn: (sort) => `This board is ordered by ${sort}: a deal's place in a stage follows that order.`,
    wipRefused: (stage, limit) => `${stage} already holds its limit of ${limit} deals. The deal stays where it was.`,
    busy: (deal) => `${deal} is still being saved.`,
    vetoed: (deal) => `${deal} was not moved.`,
  },
  failure: {
    move: (deal, reason) => `${deal} could not be moved and is back where it was. ${reason}`,
    close: (deal, reason) => `${deal} could not be closed. ${reason}`,
    reopen: (deal, reason) => `${deal} could not be reopened and stays closed. ${reason}`,
  },
  undo: {
    label: 'Deal closed',
    button: 'Undo',
    offered: 'Undo is offered for a few seconds.',
    reopened: (deal, stage) => `${deal} is open again, in ${stage}.`,
  },
  close: {
    title: (outcome, deal) => (outcome === 'won' ? `Mark ${deal} as won` : `Mark ${deal} as lost`),
    wonReason: 'Why did we win? (optional)',
    lostReason: 'Why did we lose it?',
    reasonRequired: 'Give the reason: it is what the lost-deal analysis reads.',
    chooseReason: 'Choose a reason, or describe it below',
    reasonDetails: 'Details',
    confirm: (outcome) => (outcome === 'won' ? 'Mark as won' : 'Mark as lost'),
    closed: (deal, outcome) => `${deal} closed: ${outcome}.`,
  },
  closedView: {
    label: 'Show',
    open: 'Open deals',
    list: (outcome) => `${outcome} deals`,
    empty: { won: 'No deal of this pipeline has been won yet.', lost: 'No deal of this pipeline has been lost yet.' },
    closedOn: (outcome, date) => (outcome === 'won' ? `Won ${date}` : `Lost ${date}`),
    reopen: 'Reopen',
    reopenLabel: (deal) => `Reopen ${deal}`,
    more: 'Show more',
    shown: (shown, total) => `${shown} of ${total}`,
    filters: 'The owner and search filters apply here; the amount, date and idle filters are for open deals.',
  },
  stageColumns: {
    collapse: (stage) => `Collapse ${stage}`,
    expand: (stage) => `Expand ${stage}`,
    picker: 'Stage',
  },
  activityKinds: { note: 'Note', call: 'Call', email: 'Email', meeting: 'Meeting', task: 'Task', letter: 'Letter' },
  pipelineSwitcher: 'Pipeline',
  lanes: {
    label: 'Swimlanes',
    choices: { none: 'None', owner: 'By owner', account: 'By account' },
    noOwner: 'No owner',
    noAccount: 'No account',
    cell: (lane, stage) => `${stage}, ${lane}`,
  },
};

export const dealEditingMessages: MessagePack<DealEditingMessages> = {
  en,
  translations: {
    'zh-Hans': () => import('./deal-editing.messages.zh-hans.js').then((m) => m.zhHans),
    'zh-Hant': () => import('./deal-editing.messages.zh-hant.js').then((m) => m.zhHant),
  },
};
