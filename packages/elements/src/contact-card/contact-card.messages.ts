import type { ActivityKind, ChannelKind } from '@rapport/core';
import type { ChurnFactor, ChurnKind, LifecycleStage, LoyaltyLevel, ProfitabilityTier, RfmSegment } from '@rapport/core/domain';
import type { LocaleCode } from '../base/locale/locale.js';

/** Every string of `<crm-contact-card>`, per locale; shared words (save, cancel, errors) come from the base messages. */
export interface ContactCardMessages {
  /** Accessible name of the card. */
  readonly label: (name: string) => string;
  readonly noClient: string;
  readonly noContact: string;
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
  };
  readonly quickActions: Readonly<Record<'heading' | 'call' | 'note' | 'meeting' | 'task', string>>;
  readonly composer: {
    readonly defaultSubject: (kind: string, name: string) => string;
    readonly fields: Readonly<Record<'subject' | 'body' | 'start' | 'end' | 'due', string>>;
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
  noContact: 'No contact selected.',
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
  tags: { add: 'Add tag', inputLabel: 'New tag', remove: (tag) => `Remove tag ${tag}` },
  timeline: {
    heading: 'Activities',
    empty: 'No activities yet.',
    count: (count) => `Activities (${count})`,
    kinds: { call: 'Call', email: 'Email', meeting: 'Meeting', note: 'Note', task: 'Task', letter: 'Letter' },
    due: (date) => `due ${date}`,
    done: 'done',
  },
  quickActions: { heading: 'Quick actions', call: 'Log a call', note: 'Add a note', meeting: 'Schedule a meeting', task: 'Add a task' },
  composer: {
    defaultSubject: (kind, name) => `${kind} with ${name}`,
    fields: { subject: 'Subject', body: 'Notes', start: 'Starts', end: 'Ends', due: 'Due' },
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

const zhHans: ContactCardMessages = {
  label: (name) => `联系人：${name}`,
  noClient: '此卡片未配置数据源。',
  noContact: '未选择联系人。',
  details: '资料',
  yes: '是',
  no: '否',
  conflict: {
    title: '已被他人修改',
    explanation: '您的修改尚未保存。请对比两个版本，然后载入对方的版本，或在其基础上重新应用您的修改。',
    theirs: '对方的版本',
    yours: '您的版本',
    reload: '载入对方的版本',
    reapply: '重新应用我的修改',
  },
  fields: {
    name: '姓名',
    title: '职位',
    region: '地域',
    industry: '行业',
    account: '客户',
    owner: '负责人',
    channels: '联系方式',
    tags: '标签',
    customFields: '自定义字段',
  },
  channelKinds: { email: '电子邮件', web: '网站', phone: '电话', mobile: '手机', fax: '传真', address: '地址' },
  tags: { add: '添加标签', inputLabel: '新标签', remove: (tag) => `移除标签“${tag}”` },
  timeline: {
    heading: '活动',
    empty: '暂无活动。',
    count: (count) => `活动（${count}）`,
    kinds: { call: '电话', email: '邮件', meeting: '会议', note: '备注', task: '任务', letter: '信函' },
    due: (date) => `截止 ${date}`,
    done: '已完成',
  },
  quickActions: { heading: '快捷操作', call: '记录通话', note: '添加备注', meeting: '安排会议', task: '添加任务' },
  composer: {
    defaultSubject: (kind, name) => `与${name}的${kind}`,
    fields: { subject: '主题', body: '内容', start: '开始时间', end: '结束时间', due: '截止时间' },
    overlap: '有冲突：负责人在此时间已有会议：',
    saveAnyway: '仍然保存',
  },
  relationship: {
    heading: '客户关系',
    lifecycle: '生命周期',
    tier: '价值等级',
    loyalty: '忠诚度',
    segment: 'RFM 分群',
    churn: '流失风险',
    stages: { exploration: '考察期', formation: '形成期', stability: '稳定期', decline: '退化期', churned: '已流失' },
    churnKinds: { active: '主动流失', passive: '被动流失' },
    tiers: { green: '绿色（盈利）', yellow: '黄色（持平）', red: '红色（亏损）' },
    loyaltyLevels: { none: '尚未满意', satisfaction: '满意', trust: '信任', behavioural: '行为忠诚', emotional: '精神忠诚', sustainable: '可持续忠诚' },
    segments: { champions: '重要价值客户', loyal: '忠诚客户', new: '新客户', potential: '潜力客户', 'at-risk': '需挽留客户', hibernating: '沉睡客户', lost: '已流失客户' },
    churnLevels: { low: '低', medium: '中', high: '高' },
    churnReasons: {
      recency: (days) => `比平常多 ${days} 天未下单`,
      complaints: (count) => `近 6 个月有 ${count} 个服务请求`,
      detractors: (count) => `${count} 次贬损型调查回答`,
      'sla-breaches': (count) => `${count} 个服务请求已升级`,
    },
  },
};

const zhHant: ContactCardMessages = {
  label: (name) => `聯絡人：${name}`,
  noClient: '此卡片未設定資料來源。',
  noContact: '未選擇聯絡人。',
  details: '資料',
  yes: '是',
  no: '否',
  conflict: {
    title: '已被他人修改',
    explanation: '您的修改尚未儲存。請比對兩個版本，然後載入對方的版本，或在其基礎上重新套用您的修改。',
    theirs: '對方的版本',
    yours: '您的版本',
    reload: '載入對方的版本',
    reapply: '重新套用我的修改',
  },
  fields: {
    name: '姓名',
    title: '職稱',
    region: '地域',
    industry: '行業',
    account: '客戶',
    owner: '負責人',
    channels: '聯絡方式',
    tags: '標籤',
    customFields: '自訂欄位',
  },
  channelKinds: { email: '電子郵件', web: '網站', phone: '電話', mobile: '手機', fax: '傳真', address: '地址' },
  tags: { add: '新增標籤', inputLabel: '新標籤', remove: (tag) => `移除標籤「${tag}」` },
  timeline: {
    heading: '活動',
    empty: '暫無活動。',
    count: (count) => `活動（${count}）`,
    kinds: { call: '電話', email: '郵件', meeting: '會議', note: '備註', task: '任務', letter: '信函' },
    due: (date) => `截止 ${date}`,
    done: '已完成',
  },
  quickActions: { heading: '快捷操作', call: '記錄通話', note: '新增備註', meeting: '安排會議', task: '新增任務' },
  composer: {
    defaultSubject: (kind, name) => `與${name}的${kind}`,
    fields: { subject: '主旨', body: '內容', start: '開始時間', end: '結束時間', due: '截止時間' },
    overlap: '有衝突：負責人在此時間已有會議：',
    saveAnyway: '仍然儲存',
  },
  relationship: {
    heading: '客戶關係',
    lifecycle: '生命週期',
    tier: '價值等級',
    loyalty: '忠誠度',
    segment: 'RFM 分群',
    churn: '流失風險',
    stages: { exploration: '考察期', formation: '形成期', stability: '穩定期', decline: '退化期', churned: '已流失' },
    churnKinds: { active: '主動流失', passive: '被動流失' },
    tiers: { green: '綠色（盈利）', yellow: '黃色（持平）', red: '紅色（虧損）' },
    loyaltyLevels: { none: '尚未滿意', satisfaction: '滿意', trust: '信任', behavioural: '行為忠誠', emotional: '精神忠誠', sustainable: '可持續忠誠' },
    segments: { champions: '重要價值客戶', loyal: '忠誠客戶', new: '新客戶', potential: '潛力客戶', 'at-risk': '需挽留客戶', hibernating: '沉睡客戶', lost: '已流失客戶' },
    churnLevels: { low: '低', medium: '中', high: '高' },
    churnReasons: {
      recency: (days) => `比平常多 ${days} 天未下單`,
      complaints: (count) => `近 6 個月有 ${count} 個服務請求`,
      detractors: (count) => `${count} 次貶損型調查回答`,
      'sla-breaches': (count) => `${count} 個服務請求已升級`,
    },
  },
};
export const contactCardMessages: Readonly<Record<LocaleCode, ContactCardMessages>> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };
