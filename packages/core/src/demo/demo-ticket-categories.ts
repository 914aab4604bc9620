import type { TicketCategoryRecord } from '../schema/ticket-category.js';
import { DAY_MS, demoId, stored, type DemoContext } from './demo-context.js';

const entries = [
  { key: 'order', label: { en: 'Orders and delivery', 'zh-Hans': '订单与配送', 'zh-Hant': '訂單與配送' } },
  { key: 'billing', label: { en: 'Billing and payment', 'zh-Hans': '账单与付款', 'zh-Hant': '帳單與付款' } },
  { key: 'hardware', label: { en: 'Hardware fault', 'zh-Hans': '硬件故障', 'zh-Hant': '硬體故障' } },
  { key: 'software', label: { en: 'Software problem', 'zh-Hans': '软件问题', 'zh-Hant': '軟體問題' } },
  { key: 'technical', label: { en: 'Technical problem', 'zh-Hans': '技术问题', 'zh-Hant': '技術問題' } },
  { key: 'account', label: { en: 'Account and sign-in', 'zh-Hans': '账户与登录', 'zh-Hant': '帳戶與登入' } },
  { key: 'other', label: { en: 'Something else', 'zh-Hans': '其他', 'zh-Hant': '其他' } },
];

/** The demo tenant's ticket categories, labelled in every language; drawn from no random source. */
export function demoTicketCategories(context: DemoContext): TicketCategoryRecord[] {
  return entries.map((entry, index) => ({ ...stored(demoId('cat', index), context.nowMs - 400 * DAY_MS), ...entry, order: index, active: true }));
}
