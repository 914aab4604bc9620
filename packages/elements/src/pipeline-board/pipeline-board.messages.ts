import type { MessagePack } from '../base/locale/message-pack.js';
import type { DealSortKey } from './deal-order.js';
import type { DealOutcome } from './deal-move.js';

/** Where a card is, as announced: `stage` is the column's name, `position`/`size` are formatted numbers. */
export interface Place {
  readonly stage: string;
  readonly position: string;
  readonly size: string;
}

/** Every string of `<crm-pipeline-board>`, per locale. */
export interface PipelineBoardMessages {
  readonly boardLabel: (pipeline: string) => string;
  readonly noClient: string;
  readonly noPipeline: string;
  readonly stages: string;
  readonly emptyColumn: string;
  readonly noMatches: string;
  /** `count` chooses the plural form (Intl.PluralRules); `formatted` is shown. */
  readonly deals: (count: number, formatted: string) => string;
  readonly total: string;
  readonly weighted: string;
  readonly allStages: string;
  readonly filtered: string;
  readonly wipOver: (count: string, limit: string) => string;
  readonly wipLimit: (limit: string) => string;
  /** How many deals of a stage are idle (rotting). */
  readonly idleCount: (count: number, formatted: string) => string;
  /** The button at the top of a column that opens its quick-add. */
  readonly addDeal: (stage: string) => string;
  /** The button that opens the full form for a new deal. */
  readonly newDeal: string;
  readonly card: {
    /** What a screen reader calls a card instead of "button". */
    readonly roleDescription: string;
    readonly closes: (date: string) => string;
    readonly noCloseDate: string;
    readonly probability: (percent: string) => string;
    readonly daysInStage: (days: number, formatted: string) => string;
    readonly saving: string;
    /** Said of a card idle past its stage's rotting days. */
    readonly idle: string;
  };
  readonly toolbar: {
    readonly label: string;
    readonly search: string;
    readonly owner: string;
    readonly anyOwner: string;
    readonly minAmount: string;
    readonly maxAmount: string;
    readonly closesFrom: string;
    readonly closesTo: string;
    readonly clear: string;
    readonly idleOnly: string;
    readonly sort: string;
    readonly sorts: Readonly<Record<DealSortKey, string>>;
  };
  readonly outcomes: Readonly<Record<DealOutcome, string>>;
  readonly outcomeHint: string;
  readonly drag: {
    readonly instructions: string;
  };
  readonly failure: {
    readonly dismiss: string;
  };
}


const enPlural = new Intl.PluralRules('en');

const en: PipelineBoardMessages = {
  boardLabel: (pipeline) => `Pipeline: ${pipeline}`,
  noClient: 'No data source is configured for this board.',
  noPipeline: 'There is no pipeline to show yet.',
  stages: 'Stages',
  emptyColumn: 'No deals in this stage',
  noMatches: 'No deals match the filters',
  deals: (count, formatted) => (enPlural.select(count) === 'one' ? `${formatted} deal` : `${formatted} deals`),
  total: 'Total',
  weighted: 'Weighted',
  allStages: 'All stages',
  filtered: 'Filtered',
  wipOver: (count, limit) => `${count} of ${limit}: over the WIP limit`,
  wipLimit: (limit) => `WIP limit ${limit}`,
  idleCount: (_count, formatted) => `${formatted} idle`,
  addDeal: (stage) => `Add a deal to ${stage}`,
  newDeal: 'New deal',
  card: {
    roleDescription: 'movable deal',
    closes: (date) => `Closes ${date}`,
    noCloseDate: 'No close date',
    probability: (percent) => `${percent} likely`,
    daysInStage: (days, formatted) => (enPlural.select(days) === 'one' ? `${formatted} day in stage` : `${formatted} days in stage`),
    saving: 'Saving…',
    idle: 'idle',
  },
  toolbar: {
    label: 'Filter and order deals',
    search: 'Search deals',
    owner: 'Owner',
    anyOwner: 'Everyone',
    minAmount: 'Amount from',
    maxAmount: 'Amount to',
    closesFrom: 'Closes from',
    closesTo: 'Closes by',
    clear: 'Clear filters',
    idleOnly: 'Idle only',
    sort: 'Order',
    sorts: {
      rank: 'Board order',
      expectedCloseDate: 'Close date',
      amount: 'Amount, largest first',
      probability: 'Probability, highest first',
      stageAge: 'Longest in stage first',
      name: 'Name',
    },
  },
  outcomes: { won: 'Won', lost: 'Lost' },
  outcomeHint: 'Drop a deal here to close it',
  drag: {
    instructions:
      'Press Enter to open the deal, Space to pick it up. Arrow keys move it up and down the stage or to the stage before or after, and past the last stage to Won or Lost. Space drops it, Escape puts it back.',
  },
  failure: {
    dismiss: 'Dismiss',
  },
};

/** The board's strings: English in the bundle, each translation its own chunk loaded on first use. */
export const pipelineBoardMessages: MessagePack<PipelineBoardMessages> = {
  en,
  translations: {
    'zh-Hans': () => import('./pipeline-board.messages.zh-hans.js').then((m) => m.zhHans),
    'zh-Hant': () => import('./pipeline-board.messages.zh-hant.js').then((m) => m.zhHant),
  },
};
