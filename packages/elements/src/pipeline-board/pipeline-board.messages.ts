import type { LocaleCode } from '../base/locale/locale.js';
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
  readonly deals: (count: string) => string;
  readonly total: string;
  readonly weighted: string;
  readonly allStages: string;
  readonly filtered: string;
  readonly wipOver: (count: string, limit: string) => string;
  readonly wipLimit: (limit: string) => string;
  readonly card: {
    /** What a screen reader calls a card instead of "button". */
    readonly roleDescription: string;
    readonly closes: (date: string) => string;
    readonly noCloseDate: string;
    readonly probability: (percent: string) => string;
    readonly daysInStage: (days: number, formatted: string) => string;
    readonly saving: string;
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
    readonly sort: string;
    readonly sorts: Readonly<Record<DealSortKey, string>>;
  };
  readonly outcomes: Readonly<Record<DealOutcome, string>>;
  readonly outcomeHint: string;
  readonly drag: {
    readonly instructions: string;
    readonly lifted: (deal: string, place: Place) => string;
    readonly over: (deal: string, place: Place) => string;
    readonly overOutcome: (deal: string, outcome: string) => string;
    readonly dropped: (deal: string, place: Place) => string;
    readonly cancelled: (deal: string, place: Place) => string;
    readonly sortedColumn: (sort: string) => string;
    readonly wipRefused: (stage: string, limit: string) => string;
    readonly vetoed: (deal: string) => string;
    readonly busy: (deal: string) => string;
  };
  readonly failure: {
    readonly move: (deal: string, reason: string) => string;
    readonly close: (deal: string, reason: string) => string;
    readonly dismiss: string;
  };
  readonly close: {
    readonly title: (outcome: DealOutcome, deal: string) => string;
    readonly wonReason: string;
    readonly lostReason: string;
    readonly reasonRequired: string;
    readonly confirm: (outcome: DealOutcome) => string;
    readonly closed: (deal: string, outcome: string) => string;
  };
}

const enPlace = (p: Place) => `${p.stage}, position ${p.position} of ${p.size}`;
const zhPlace = (p: Place) => `${p.stage}，第 ${p.position} 个，共 ${p.size} 个`;
const hantPlace = (p: Place) => `${p.stage}，第 ${p.position} 個，共 ${p.size} 個`;

const en: PipelineBoardMessages = {
  boardLabel: (pipeline) => `Pipeline: ${pipeline}`,
  noClient: 'No data source is configured for this board.',
  noPipeline: 'Choose a pipeline to show.',
  stages: 'Stages',
  emptyColumn: 'No deals in this stage',
  noMatches: 'No deals match the filters',
  deals: (count) => `${count} deals`,
  total: 'Total',
  weighted: 'Weighted',
  allStages: 'All stages',
  filtered: 'Filtered',
  wipOver: (count, limit) => `${count} of ${limit}: over the WIP limit`,
  wipLimit: (limit) => `WIP limit ${limit}`,
  card: {
    roleDescription: 'movable deal',
    closes: (date) => `Closes ${date}`,
    noCloseDate: 'No close date',
    probability: (percent) => `${percent} likely`,
    daysInStage: (days, formatted) => (days === 1 ? '1 day in stage' : `${formatted} days in stage`),
    saving: 'Saving…',
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
      'Press Space to pick up the deal. Arrow keys move it up and down the stage or to the stage before or after, and past the last stage to Won or Lost. Space drops it, Escape puts it back.',
    lifted: (deal, p) => `Picked up ${deal}, in ${enPlace(p)}.`,
    over: (deal, p) => `${deal}: ${enPlace(p)}.`,
    overOutcome: (deal, outcome) => `${deal}: over ${outcome}. Drop to close the deal.`,
    dropped: (deal, p) => `Moved ${deal} to ${enPlace(p)}.`,
    cancelled: (deal, p) => `Move cancelled. ${deal} is back in ${enPlace(p)}.`,
    sortedColumn: (sort) => `This board is ordered by ${sort}: a deal's place in a stage follows that order.`,
    wipRefused: (stage, limit) => `${stage} already holds its limit of ${limit} deals. The deal stays where it was.`,
    vetoed: (deal) => `${deal} was not moved.`,
    busy: (deal) => `${deal} is still being saved.`,
  },
  failure: {
    move: (deal, reason) => `${deal} could not be moved and is back where it was. ${reason}`,
    close: (deal, reason) => `${deal} could not be closed. ${reason}`,
    dismiss: 'Dismiss',
  },
  close: {
    title: (outcome, deal) => (outcome === 'won' ? `Mark ${deal} as won` : `Mark ${deal} as lost`),
    wonReason: 'Why did we win? (optional)',
    lostReason: 'Why did we lose it?',
    reasonRequired: 'Give the reason: it is what the lost-deal analysis reads.',
    confirm: (outcome) => (outcome === 'won' ? 'Mark as won' : 'Mark as lost'),
    closed: (deal, outcome) => `${deal} closed: ${outcome}.`,
  },
};

const zhHans: PipelineBoardMessages = {
  boardLabel: (pipeline) => `销售管道：${pipeline}`,
  noClient: '此看板尚未配置数据源。',
  noPipeline: '请选择要显示的销售管道。',
  stages: '阶段',
  emptyColumn: '此阶段暂无销售机会',
  noMatches: '没有符合筛选条件的销售机会',
  deals: (count) => `${count} 个销售机会`,
  total: '总额',
  weighted: '加权预测',
  allStages: '全部阶段',
  filtered: '已筛选',
  wipOver: (count, limit) => `${count} / ${limit}：超出在制上限`,
  wipLimit: (limit) => `在制上限 ${limit}`,
  card: {
    roleDescription: '可移动的销售机会',
    closes: (date) => `预计 ${date} 结束`,
    noCloseDate: '未定结束时间',
    probability: (percent) => `成功的可能性 ${percent}`,
    daysInStage: (_days, formatted) => `本阶段 ${formatted} 天`,
    saving: '保存中…',
  },
  toolbar: {
    label: '筛选与排序销售机会',
    search: '搜索销售机会',
    owner: '负责人',
    anyOwner: '全部',
    minAmount: '金额下限',
    maxAmount: '金额上限',
    closesFrom: '结束时间起',
    closesTo: '结束时间止',
    clear: '清除筛选',
    sort: '排序',
    sorts: {
      rank: '看板顺序',
      expectedCloseDate: '可能结束时间',
      amount: '金额从高到低',
      probability: '成功的可能性从高到低',
      stageAge: '停留最久优先',
      name: '名称',
    },
  },
  outcomes: { won: '赢单', lost: '丢单' },
  outcomeHint: '将销售机会拖到此处以结束',
  drag: {
    instructions: '按空格键拿起销售机会。方向键在阶段内上下移动，或移到前后阶段；越过最后一个阶段可移到赢单或丢单。空格键放下，Esc 键放回原处。',
    lifted: (deal, p) => `已拿起 ${deal}，位于 ${zhPlace(p)}。`,
    over: (deal, p) => `${deal}：${zhPlace(p)}。`,
    overOutcome: (deal, outcome) => `${deal}：位于${outcome}上方。放下即结束此销售机会。`,
    dropped: (deal, p) => `已将 ${deal} 移到 ${zhPlace(p)}。`,
    cancelled: (deal, p) => `已取消移动。${deal} 回到 ${zhPlace(p)}。`,
    sortedColumn: (sort) => `看板按${sort}排序：销售机会在阶段内的位置由排序决定。`,
    wipRefused: (stage, limit) => `${stage} 已达到 ${limit} 个的在制上限，销售机会留在原处。`,
    vetoed: (deal) => `${deal} 未被移动。`,
    busy: (deal) => `${deal} 仍在保存中。`,
  },
  failure: {
    move: (deal, reason) => `${deal} 未能移动，已回到原处。${reason}`,
    close: (deal, reason) => `${deal} 未能结束。${reason}`,
    dismiss: '关闭',
  },
  close: {
    title: (outcome, deal) => (outcome === 'won' ? `将 ${deal} 标记为赢单` : `将 ${deal} 标记为丢单`),
    wonReason: '赢单原因（选填）',
    lostReason: '丢单原因',
    reasonRequired: '请填写原因：丢单分析需要它。',
    confirm: (outcome) => (outcome === 'won' ? '标记为赢单' : '标记为丢单'),
    closed: (deal, outcome) => `${deal} 已结束：${outcome}。`,
  },
};

const zhHant: PipelineBoardMessages = {
  boardLabel: (pipeline) => `銷售管道：${pipeline}`,
  noClient: '此看板尚未設定資料來源。',
  noPipeline: '請選擇要顯示的銷售管道。',
  stages: '階段',
  emptyColumn: '此階段暫無銷售機會',
  noMatches: '沒有符合篩選條件的銷售機會',
  deals: (count) => `${count} 個銷售機會`,
  total: '總額',
  weighted: '加權預測',
  allStages: '全部階段',
  filtered: '已篩選',
  wipOver: (count, limit) => `${count} / ${limit}：超出在製上限`,
  wipLimit: (limit) => `在製上限 ${limit}`,
  card: {
    roleDescription: '可移動的銷售機會',
    closes: (date) => `預計 ${date} 結束`,
    noCloseDate: '未定結束時間',
    probability: (percent) => `成功的可能性 ${percent}`,
    daysInStage: (_days, formatted) => `本階段 ${formatted} 天`,
    saving: '儲存中…',
  },
  toolbar: {
    label: '篩選與排序銷售機會',
    search: '搜尋銷售機會',
    owner: '負責人',
    anyOwner: '全部',
    minAmount: '金額下限',
    maxAmount: '金額上限',
    closesFrom: '結束時間起',
    closesTo: '結束時間止',
    clear: '清除篩選',
    sort: '排序',
    sorts: {
      rank: '看板順序',
      expectedCloseDate: '可能結束時間',
      amount: '金額從高到低',
      probability: '成功的可能性從高到低',
      stageAge: '停留最久優先',
      name: '名稱',
    },
  },
  outcomes: { won: '贏單', lost: '丟單' },
  outcomeHint: '將銷售機會拖到此處以結束',
  drag: {
    instructions: '按空白鍵拿起銷售機會。方向鍵在階段內上下移動，或移到前後階段；越過最後一個階段可移到贏單或丟單。空白鍵放下，Esc 鍵放回原處。',
    lifted: (deal, p) => `已拿起 ${deal}，位於 ${hantPlace(p)}。`,
    over: (deal, p) => `${deal}：${hantPlace(p)}。`,
    overOutcome: (deal, outcome) => `${deal}：位於${outcome}上方。放下即結束此銷售機會。`,
    dropped: (deal, p) => `已將 ${deal} 移到 ${hantPlace(p)}。`,
    cancelled: (deal, p) => `已取消移動。${deal} 回到 ${hantPlace(p)}。`,
    sortedColumn: (sort) => `看板按${sort}排序：銷售機會在階段內的位置由排序決定。`,
    wipRefused: (stage, limit) => `${stage} 已達到 ${limit} 個的在製上限，銷售機會留在原處。`,
    vetoed: (deal) => `${deal} 未被移動。`,
    busy: (deal) => `${deal} 仍在儲存中。`,
  },
  failure: {
    move: (deal, reason) => `${deal} 未能移動，已回到原處。${reason}`,
    close: (deal, reason) => `${deal} 未能結束。${reason}`,
    dismiss: '關閉',
  },
  close: {
    title: (outcome, deal) => (outcome === 'won' ? `將 ${deal} 標記為贏單` : `將 ${deal} 標記為丟單`),
    wonReason: '贏單原因（選填）',
    lostReason: '丟單原因',
    reasonRequired: '請填寫原因：丟單分析需要它。',
    confirm: (outcome) => (outcome === 'won' ? '標記為贏單' : '標記為丟單'),
    closed: (deal, outcome) => `${deal} 已結束：${outcome}。`,
  },
};

export const pipelineBoardMessages: Readonly<Record<LocaleCode, PipelineBoardMessages>> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };
