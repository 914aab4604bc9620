// The contact the card's browser tests, its stories and its bench all show, written once. Plain data
// (no test framework), and no entry imports it, so it never reaches a bundle or the package.
import type { RecordInput } from '@rapport/core';

/** The instant the fixture's dates count back from; give it to the client and adapter as `now`. */
export const seedNow = new Date('2025-03-03T09:15:00Z');

const HOUR = 3_600_000;

export const seedAccount = { id: 'a-huadong', name: '华东贸易有限公司' } satisfies RecordInput;

/** Who owns the seed contact and its activities, as a host names its users. */
export const seedOwnerNames: Readonly<Record<string, string>> = { 'u-lin': '林静' };

/**
 * 王小明: a family name for the avatar, a title and an account for the subtitle, one channel of
 * each kind the card links (the web address is plain `http`, which must show as text, never as a
 * link), a tag, and custom fields of three types.
 */
export const seedContact = {
  id: 'c-wang',
  name: '王小明',
  familyName: '王',
  title: '采购经理',
  accountId: 'a-huadong',
  ownerId: 'u-lin',
  channels: [
    { kind: 'email', value: 'xiaoming.wang@huadong.example.cn' },
    { kind: 'mobile', value: '+86 138 0013 8000' },
    { kind: 'web', value: 'http://huadong.example.cn' },
  ],
  tags: ['VIP'],
  customFields: { 会员等级: '金卡', 年采购额: 1_200_000, 已签协议: true },
} satisfies RecordInput;

export interface SeedActivitiesOptions {
  readonly contactId?: string;
  /** Time between two activities, going back from `seedNow`; an hour by default. */
  readonly every?: number;
  readonly subject?: (index: number) => string;
}

/** `count` activities of every kind, the newest (index 0) at `seedNow`, owned by the contact's owner. */
export function seedActivities(count: number, { contactId = seedContact.id, every = HOUR, subject = (i) => `Activity ${i}` }: SeedActivitiesOptions = {}): RecordInput[] {
  const kinds = ['call', 'email', 'meeting', 'note', 'task'] as const;
  return Array.from({ length: count }, (_, i) => ({
    id: `${contactId}-act-${String(i).padStart(5, '0')}`,
    kind: kinds[i % kinds.length],
    subject: subject(i),
    at: new Date(seedNow.getTime() - i * every).toISOString(),
    ownerId: seedContact.ownerId,
    contactId,
  }));
}
