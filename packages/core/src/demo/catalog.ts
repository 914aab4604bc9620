import type { Tier } from '../schema/common.js';

/** The fixed material demo records are made from: fictional companies, names, products, texts. */

export type Script = 'hans' | 'hant' | 'latin';

export interface DemoCompany {
  readonly name: string;
  readonly industry: string;
  readonly region: string;
  readonly tier: Tier;
  readonly domain: string;
  readonly script: Script;
  /** How staff refer to the company in deal names. */
  readonly short: string;
}

export const companies: readonly DemoCompany[] = [
  { name: '上海云杉科技有限公司', industry: '软件', region: '华东', tier: 'gold', domain: 'yunshan-tech.cn', script: 'hans', short: '云杉科技' },
  { name: '深圳蓝海电子有限公司', industry: '制造业', region: '华南', tier: 'platinum', domain: 'lanhai-dz.cn', script: 'hans', short: '蓝海电子' },
  { name: '北京远景物流有限公司', industry: '物流', region: '华北', tier: 'silver', domain: 'yuanjing56.cn', script: 'hans', short: '远景物流' },
  { name: '杭州青禾茶业有限公司', industry: '零售', region: '华东', tier: 'standard', domain: 'qinghe-tea.cn', script: 'hans', short: '青禾茶业' },
  { name: '成都锦程医疗器械有限公司', industry: '医疗', region: '西南', tier: 'gold', domain: 'jincheng-med.cn', script: 'hans', short: '锦程医疗' },
  { name: '台北永信貿易股份有限公司', industry: '貿易', region: '港澳台', tier: 'silver', domain: 'yongxin-trade.tw', script: 'hant', short: '永信貿易' },
  { name: '香港德豐金融服務有限公司', industry: '金融', region: '港澳台', tier: 'platinum', domain: 'takfung-fs.hk', script: 'hant', short: '德豐金融' },
  { name: 'Northwind Traders', industry: 'Retail', region: 'EMEA', tier: 'silver', domain: 'northwind.example', script: 'latin', short: 'Northwind' },
  { name: 'Contoso Manufacturing', industry: 'Manufacturing', region: 'North America', tier: 'gold', domain: 'contoso.example', script: 'latin', short: 'Contoso' },
  { name: 'Lindqvist & Berg AB', industry: 'Logistics', region: 'EMEA', tier: 'standard', domain: 'lindqvist-berg.example', script: 'latin', short: 'Lindqvist & Berg' },
  { name: 'Fabrikam Health', industry: 'Healthcare', region: 'North America', tier: 'standard', domain: 'fabrikam.example', script: 'latin', short: 'Fabrikam' },
  { name: '南京智联教育科技有限公司', industry: '教育', region: '华东', tier: 'standard', domain: 'zhilian-edu.cn', script: 'hans', short: '智联教育' },
];

/** [characters, romanization] pairs, so generated email addresses read like the names. */
export const hansFamilyNames: ReadonlyArray<readonly [string, string]> = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'],
  ['赵', 'zhao'], ['黄', 'huang'], ['周', 'zhou'], ['吴', 'wu'], ['林', 'lin'], ['徐', 'xu'],
];
export const hansGivenNames: ReadonlyArray<readonly [string, string]> = [
  ['芳', 'fang'], ['伟', 'wei'], ['志明', 'zhiming'], ['娜', 'na'], ['静', 'jing'], ['磊', 'lei'],
  ['敏', 'min'], ['婷', 'ting'], ['洋', 'yang'], ['秀英', 'xiuying'], ['建国', 'jianguo'], ['晓燕', 'xiaoyan'],
];
export const hantFamilyNames: ReadonlyArray<readonly [string, string]> = [
  ['陳', 'chen'], ['張', 'chang'], ['黃', 'huang'], ['劉', 'liu'], ['林', 'lin'], ['蔡', 'tsai'],
];
export const hantGivenNames: ReadonlyArray<readonly [string, string]> = [
  ['美玲', 'meiling'], ['國華', 'kuohua'], ['志偉', 'chihwei'], ['淑芬', 'shufen'], ['雅婷', 'yating'], ['家豪', 'chiahao'],
];
export const latinGivenNames: readonly string[] = ['Emma', 'Lucas', 'Olivia', 'Noah', 'Sofia', 'Liam', 'Chloé', 'Mateo', 'Hannah', 'James', 'Ingrid', 'Tomás'];
export const latinFamilyNames: readonly string[] = ['Schmidt', 'Martin', 'Brown', 'Müller', 'Rossi', "O'Connor", 'Dubois', 'García', 'Weber', 'Wilson', 'Lindqvist', 'Novak'];

export const titles: Readonly<Record<Script, readonly string[]>> = {
  hans: ['采购经理', '总经理', 'IT 主管', '财务总监', '运营经理', '客服主管'],
  hant: ['採購經理', '總經理', '資訊主管', '財務長', '營運經理'],
  latin: ['Head of Procurement', 'CEO', 'IT Manager', 'CFO', 'Operations Manager', 'Customer Service Lead'],
};

export const contactTags: readonly string[] = ['vip', 'decision-maker', 'newsletter', 'churn-risk', 'referral', 'key-account'];

/** The demo company's own staff, who own records and answer tickets (the `users` collection). */
export const demoUsers = [
  { id: 'u-lin', name: '林静', email: 'lin.jing@rapport.example', role: 'sales', team: '华东销售' },
  { id: 'u-zhang', name: '张磊', email: 'zhang.lei@rapport.example', role: 'sales', team: '华北销售' },
  { id: 'u-chen', name: '陳家豪', email: 'chen.jiahao@rapport.example', role: 'agent', team: '客服 Support' },
  { id: 'u-emma', name: 'Emma Clarke', email: 'emma.clarke@rapport.example', role: 'admin', team: 'International' },
] as const;

/** A member who has left: owns no records, and a picker no longer offers them. */
export const formerDemoUser = { id: 'u-former', name: '王涛', email: 'wang.tao@rapport.example', role: 'sales', team: '华东销售' } as const;

export interface DemoProduct {
  readonly sku: string;
  readonly name: string;
  readonly unitPrice: number;
  /** Gross margin as a share of the price. */
  readonly margin: number;
}

export const products: readonly DemoProduct[] = [
  { sku: 'POS-T10', name: '智能收银终端 T10', unitPrice: 2680, margin: 0.22 },
  { sku: 'POS-S2', name: '扫码枪 S2', unitPrice: 399, margin: 0.35 },
  { sku: 'PRN-58', name: '58mm 小票打印机', unitPrice: 520, margin: 0.3 },
  { sku: 'SUP-Y1', name: '年度维保服务', unitPrice: 4800, margin: 0.6 },
  { sku: 'LIC-CRM', name: 'CRM 席位（年）', unitPrice: 1200, margin: 0.8 },
  { sku: 'INST-ON', name: '上门安装调试', unitPrice: 800, margin: 0.45 },
  { sku: 'PAPER-50', name: '热敏纸（50 卷）', unitPrice: 150, margin: 0.25 },
  { sku: 'CLOUD-BK', name: '云备份套餐', unitPrice: 2400, margin: 0.7 },
];

export const dealTopics: Readonly<Record<Script, readonly string[]>> = {
  hans: ['门店收银系统升级', '全国门店 POS 替换', '年度维保续约', 'CRM 席位扩容', '仓库扫码方案', '新店开业设备包'],
  hant: ['門市收銀系統升級', '年度維保續約', '自助結帳試點', '雲端備份方案'],
  latin: ['Retail POS rollout', 'Support plan renewal', 'Cloud backup migration', 'Self-checkout pilot', 'New store fit-out'],
};

export const lostReasons: readonly string[] = ['价格高于竞争对手', '客户预算取消', '选择了现有供应商', 'No decision made', 'Lost to a competitor on delivery time'];
export const wonReasons: readonly string[] = ['方案最贴合门店流程', '售后响应快', 'Best total cost of ownership', '试点效果好'];

export interface ActivityTemplate {
  readonly subject: string;
  readonly body?: string;
}

export const activityTemplates = {
  call: [
    { subject: '电话回访：设备使用情况', body: '门店反馈收银终端运行稳定，高峰期偶有小票打印排队。约定下月再回访一次。' },
    { subject: 'Follow-up call on the proposal', body: 'Walked through the three options. They lean towards the mid tier and want the rollout split over two quarters; finance needs the quote in CNY with tax shown separately.' },
    { subject: '确认报价细节', body: '客户希望分两期付款。' },
  ],
  email: [
    { subject: '发送产品报价单', body: '您好，附件是本次门店升级的报价单，含硬件、软件年费和上门安装。报价有效期 30 天，如有疑问请随时联系。' },
    { subject: 'Sent the renewal quote', body: 'Hi, attached is the renewal quote for next year: same seat count, support upgraded to the business plan, and a 5% discount for signing before month end.\n\nHappy to walk through it on a call this week.' },
    { subject: '会议纪要', body: '附上上次会议的纪要和下一步计划。' },
  ],
  meeting: [
    { subject: '现场演示', body: '在客户总部演示收银与会员功能。' },
    { subject: 'Quarterly business review', body: 'Reviewed ticket volumes (down 18% since the last review), adoption of the loyalty module in the new stores, and the wish list for next quarter: gift cards and a Cantonese receipt template.' },
    { subject: '需求调研会', body: '与门店运营、财务和 IT 三方确认需求：会员积分互通、月结对账、断网收银。' },
  ],
  note: [
    { subject: '客户关注数据安全', body: '对方 IT 要求提供等保测评报告。' },
    { subject: 'Prefers WeChat over email', body: 'Answers WeChat within the hour, email within days. Send documents by email but ping on WeChat that they are there.' },
    { subject: '新任采购负责人已到岗', body: '原采购经理调往华东区，新负责人来自财务部，更看重总拥有成本和付款条件。' },
  ],
  task: [
    { subject: '准备合同草案', body: '按法务模板起草，付款条款改为两期，附上服务等级协议。' },
    { subject: 'Send onboarding checklist', body: 'The checklist for the store managers: accounts, printer setup, first-day training slots.' },
    { subject: '安排上门安装', body: '与门店确认安装时间，避开周末高峰，提前一天通知物流送达设备。' },
  ],
  letter: [
    { subject: '寄送纸质合同', body: '顺丰快递寄出两份合同原件。' },
    { subject: 'Mailed the signed warranty certificate', body: 'Sent by registered post to the head office, attention of the purchasing department.' },
  ],
} as const satisfies Record<string, readonly ActivityTemplate[]>;

export interface TicketTemplate {
  readonly subject: string;
  readonly description: string;
  readonly category: string;
  readonly agentReply: string;
  readonly internalNote: string;
}

export const ticketTemplates: Readonly<Record<Script, readonly TicketTemplate[]>> = {
  hans: [
    { subject: '收银终端无法开机', description: '门店的 T10 终端今天早上按电源键没有反应，指示灯不亮。', category: 'hardware', agentReply: '您好，请先确认电源适配器指示灯是否亮起，并尝试长按电源键 10 秒。', internalNote: '同批次设备有电源板故障记录，准备备机。' },
    { subject: '小票打印模糊', description: '打印出来的小票字迹很淡，换了新纸也一样。', category: 'hardware', agentReply: '请在设置 > 打印机中把浓度调到 4，并清洁打印头。', internalNote: '可能是打印头老化，超过保修期需报价。' },
    { subject: '会员积分没有到账', description: '顾客消费后积分没有增加，已经两天了。', category: 'software', agentReply: '我们已定位到同步任务延迟，今晚会补发积分。', internalNote: '同步队列积压，已通知研发。' },
    { subject: '发票抬头需要修改', description: '上月的发票抬头写错了，需要重开。', category: 'billing', agentReply: '请提供正确的抬头和税号，我们会在 3 个工作日内重开。', internalNote: '财务确认可以红冲。' },
  ],
  hant: [
    { subject: '掃碼槍無法讀取條碼', description: '門市的掃碼槍讀不到商品條碼，重新插拔也沒用。', category: 'hardware', agentReply: '您好，請掃描說明書第 3 頁的重置條碼後再試一次。', internalNote: '若重置無效，寄送替換機。' },
    { subject: '報表匯出亂碼', description: '匯出的銷售報表打開後中文都是亂碼。', category: 'software', agentReply: '請用 Excel 的「資料 > 從文字」以 UTF-8 開啟檔案。', internalNote: '下版匯出改加 BOM。' },
  ],
  latin: [
    { subject: 'Cannot log in to the back office', description: 'Since this morning the password reset email never arrives.', category: 'account', agentReply: 'We found your address on a bounce list and removed it. Please try the reset again.', internalNote: 'Mail provider flagged the domain; watch for repeats.' },
    { subject: 'Receipt printer jams every few receipts', description: 'The 58mm printer jams roughly every tenth receipt at the front till.', category: 'hardware', agentReply: 'Please check that the paper roll is 50mm wide or less; wider rolls jam this model.', internalNote: 'Customer ordered third-party paper; offer our PAPER-50.' },
    { subject: 'Loyalty points missing', description: 'Customers report points not showing up after purchases since Friday.', category: 'software', agentReply: 'A sync delay held the points back; they will appear overnight.', internalNote: 'Same root cause as the zh tickets last week.' },
  ],
};

export const customerFollowUps: Readonly<Record<Script, readonly string[]>> = {
  hans: ['试过了，还是不行。', '好的，已经恢复正常，谢谢！', '请问大概什么时候能处理好？'],
  hant: ['試過了，還是不行。', '好的，已經恢復正常，謝謝！'],
  latin: ['Tried that, still the same.', 'That fixed it, thank you!', 'Any update on this?'],
};

export interface KbEntry {
  /** The ticket subject the article grew from, if any. */
  readonly fromTicket?: string;
  readonly title: string;
  readonly body: string;
  readonly tags: readonly string[];
  readonly locale: string;
}

export const kbEntries: readonly KbEntry[] = [
  { fromTicket: '收银终端无法开机', title: '收银终端无法开机怎么办？', body: '1. 确认电源适配器指示灯亮起。\n2. 长按电源键 10 秒强制重启。\n3. 仍无反应请联系客服安排备机。', tags: ['硬件', '终端'], locale: 'zh-Hans' },
  { fromTicket: '小票打印模糊', title: '小票打印字迹太淡', body: '在 设置 > 打印机 中将打印浓度调到 4；用酒精棉片清洁打印头；确认使用热敏纸。', tags: ['打印'], locale: 'zh-Hans' },
  { title: '如何重开发票？', body: '在 账单 > 发票 中选择需要重开的发票，填写正确抬头与税号后提交，3 个工作日内完成。', tags: ['账务', '发票'], locale: 'zh-Hans' },
  { title: '会员积分没有到账', body: '积分在消费后 5 分钟内同步。超过 24 小时未到账，请提供订单号联系客服。', tags: ['会员', '积分'], locale: 'zh-Hans' },
  { fromTicket: '掃碼槍無法讀取條碼', title: '掃碼槍讀不到條碼', body: '掃描說明書第 3 頁的重置條碼，再掃描「USB 鍵盤模式」條碼即可恢復。', tags: ['硬體', '掃碼'], locale: 'zh-Hant' },
  { title: '匯出的報表出現亂碼', body: '報表為 UTF-8 編碼。請在 Excel 中以「資料 > 從文字」匯入並選擇 UTF-8。', tags: ['報表'], locale: 'zh-Hant' },
  { fromTicket: 'Cannot log in to the back office', title: 'I did not get the password reset email', body: 'Check your spam folder, then ask your administrator to confirm your address. Reset links expire after 30 minutes.', tags: ['account', 'login'], locale: 'en' },
  { title: 'Which paper rolls fit the 58mm printer?', body: 'Use thermal rolls up to 50mm wide and 40mm in diameter. Wider rolls jam the cutter.', tags: ['printer', 'paper'], locale: 'en' },
  { title: 'How do I add a new till to my store?', body: 'Go to Settings > Devices > Add device and scan the QR code shown on the new terminal.', tags: ['setup', 'terminal'], locale: 'en' },
  { title: 'How do I export sales for my accountant?', body: 'Reports > Sales > Export gives a CSV per day, week or month, with taxes in separate columns.', tags: ['reports'], locale: 'en' },
];

export const surveyComments: Readonly<Record<Script, { readonly better: readonly string[]; readonly praise: readonly string[] }>> = {
  hans: { better: ['响应速度需要提高', '安装人员迟到了', '价格偏高'], praise: ['服务很专业', '设备很稳定'] },
  hant: { better: ['回覆太慢', '希望有更多教學影片'], praise: ['客服很親切'] },
  latin: { better: ['Faster replies, please', 'The setup guide was confusing'], praise: ['Great support team', 'Rock solid hardware'] },
};
