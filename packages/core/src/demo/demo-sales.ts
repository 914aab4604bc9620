import type { Account } from '../schema/account.js';
import type { Activity, ActivityKind } from '../schema/activity.js';
import type { AcquisitionSource } from '../schema/common.js';
import type { Contact } from '../schema/contact.js';
import type { Deal, StageVisit } from '../schema/deal.js';
import type { Lead, LeadStatus } from '../schema/lead.js';
import type { Pipeline } from '../schema/pipeline.js';
import { activityTemplates, companies, dealTopics, demoUsers, lostReasons, wonReasons, type Script } from './catalog.js';
import { demoPerson, demoPhone } from './demo-customers.js';
import { DAY_MS, HOUR_MS, MINUTE_MS, demoId, iso, isoDay, officeHoursAgo, stored, type DemoContext } from './demo-context.js';

export const SALES_PIPELINE_ID = 'p-sales';

/** The one sales pipeline (`p-sales`), 线索 Lead → 赢单 Won, with each stage's win probability. */
export function demoPipeline(context: DemoContext): Pipeline {
  return {
    ...stored(SALES_PIPELINE_ID, context.nowMs - 800 * DAY_MS),
    name: '销售管道 Sales pipeline',
    currency: 'CNY',
    stages: [
      { id: 'lead', name: '线索 Lead', probability: 0.1 },
      { id: 'qualified', name: '资格确认 Qualified', probability: 0.2 },
      { id: 'needs', name: '需求分析 Needs analysis', probability: 0.35 },
      { id: 'proposal', name: '方案报价 Proposal', probability: 0.5, wipLimit: 8, idleDays: 21 },
      { id: 'negotiation', name: '商务谈判 Negotiation', probability: 0.7, wipLimit: 6, idleDays: 14 },
      { id: 'contract', name: '合同签订 Contract', probability: 0.9 },
      { id: 'won', name: '赢单 Won', probability: 1 },
    ],
    lostReasons: ['价格 Price', '竞争对手 Competitor', '时机 Timing', '预算 No budget', '失去联系 No response'],
  };
}

/** `d-001` is the open 门店收银系统升级 deal of 上海云杉科技 with 王芳, at the proposal stage. */
export function demoDeals(context: DemoContext, pipeline: Pipeline, accounts: readonly Account[], contacts: readonly Contact[], count: number): Deal[] {
  const { random, nowMs } = context;
  const stageIds = pipeline.stages.map((stage) => stage.id);
  const proposal = stageIds.indexOf('proposal');
  return Array.from({ length: count }, (_, index) => {
    const first = index === 0;
    const account = first ? (accounts[0] as Account) : random.pick(accounts);
    const people = contacts.filter((contact) => contact.accountId === account.id);
    const contact = first ? contacts[0] : people.length ? random.pick(people) : undefined;
    const stageIndex = first ? proposal : random.weighted(stageIds.map((_, i) => [i, i === stageIds.length - 1 ? 3 : 7 - i] as const));
    const isWon = stageIds[stageIndex] === 'won';
    const isLost = !first && !isWon && random.chance(0.15);
    const createdMs = officeHoursAgo(context, first ? 45 : random.int(10, 330));
    const history = stageHistory(context, stageIds.slice(0, stageIndex + 1), createdMs);
    const lastEntered = Date.parse((history.at(-1) as StageVisit).enteredAt);
    const closedMs = isWon ? lastEntered : isLost ? lastEntered + Math.floor((nowMs - lastEntered) * random.next() * 0.5) : undefined;
    const stage = pipeline.stages[stageIndex] as Pipeline['stages'][number];
    const company = companies[accounts.indexOf(account)];
    const amount = (first ? 480 : random.int(20, account.tier === 'platinum' ? 1600 : 600)) * 1000;
    return {
      ...stored(demoId('d', index), createdMs, closedMs ?? lastEntered),
      name: first ? '门店收银系统升级（云杉科技）' : dealName(random.pick(dealTopics[company?.script ?? 'hans']), company?.short ?? account.name, company?.script ?? 'hans'),
      pipelineId: pipeline.id,
      stageId: stage.id,
      accountId: account.id,
      ...(contact ? { contactId: contact.id } : {}),
      ownerId: account.ownerId ?? random.pick(demoUsers).id,
      amount,
      currency: 'CNY',
      ...(!first && random.chance(0.15) ? { probability: Math.round(Math.min(1, Math.max(0, stage.probability + random.pick([-0.1, 0.1]))) * 100) / 100 } : {}),
      expectedCloseDate: isoDay(closedMs ?? nowMs + random.int(7, 120) * DAY_MS),
      status: isWon ? 'won' : isLost ? 'lost' : 'open',
      ...(closedMs === undefined ? {} : { closedAt: iso(closedMs) }),
      ...(isWon ? { wonReason: random.pick(wonReasons) } : {}),
      ...(isLost ? { lostReason: random.pick(lostReasons) } : {}),
      stageHistory: history,
      tags: amount >= 500_000 ? ['strategic'] : [],
      customFields: {},
    };
  });
}

function dealName(topic: string, customer: string, script: Script): string {
  return script === 'latin' ? `${topic} (${customer})` : `${topic}（${customer}）`;
}

/** Stays in each stage up to the current one, entered at increasing times between creation and now. */
function stageHistory(context: DemoContext, stageIds: readonly string[], createdMs: number): StageVisit[] {
  const span = context.nowMs - createdMs;
  const entries = [createdMs, ...Array.from({ length: stageIds.length - 1 }, () => createdMs + Math.floor(span * 0.9 * context.random.next())).sort((a, b) => a - b)];
  return stageIds.map((stageId, i) => {
    const next = entries[i + 1];
    return { stageId, enteredAt: iso(entries[i] as number), ...(next === undefined ? {} : { exitedAt: iso(next) }) };
  });
}

const activityKinds: ReadonlyArray<readonly [ActivityKind, number]> = [
  ['call', 5], ['email', 5], ['meeting', 2], ['note', 3], ['task', 3], ['letter', 1],
];

const callOutcomes = ['connected', 'connected', 'connected', 'left-voicemail', 'no-answer', 'busy'] as const;

/** A call's direction, outcome and length, derived from its position (no random draw, so the rest of the demo stays as it was). */
function demoCall(index: number): Pick<Activity, 'direction' | 'outcome' | 'durationSeconds'> {
  const outcome = callOutcomes[index % callOutcomes.length] ?? 'connected';
  return { direction: index % 3 === 0 ? 'inbound' : 'outbound', outcome, durationSeconds: outcome === 'connected' ? 60 * (2 + ((index * 7) % 28)) : 20 + (index % 40) };
}

/** A year of timeline per contact: calls, emails, meetings, notes, tasks (some still due) and letters. */
export function demoActivities(context: DemoContext, contacts: readonly Contact[], deals: readonly Deal[]): Activity[] {
  const { random, nowMs } = context;
  const activities: Activity[] = [];
  for (const contact of contacts) {
    const contactDeals = deals.filter((deal) => deal.contactId === contact.id);
    const count = contact.id === 'c-001' ? 8 : random.int(1, 5);
    for (let i = 0; i < count; i++) {
      const kind = random.weighted(activityKinds);
      const template = random.pick<{ subject: string; body?: string }>(activityTemplates[kind]);
      const atMs = officeHoursAgo(context, random.int(0, 365));
      const deal = contactDeals.length && random.chance(0.5) ? random.pick(contactDeals) : undefined;
      const dueMs = atMs + random.int(1, 14) * DAY_MS;
      activities.push({
        ...stored(demoId('act', activities.length, 4), atMs),
        kind,
        subject: template.subject,
        ...(template.body === undefined ? {} : { body: template.body }),
        at: iso(atMs),
        ...(kind === 'meeting' ? { endAt: iso(atMs + random.pick([30, 45, 60, 90]) * MINUTE_MS) } : {}),
        ...(kind === 'task' ? { dueAt: iso(dueMs), remindAt: iso(dueMs - HOUR_MS), done: dueMs < nowMs && random.chance(0.85) } : {}),
        ...(kind === 'call' ? demoCall(activities.length) : {}),
        ownerId: contact.ownerId ?? random.pick(demoUsers).id,
        contactId: contact.id,
        ...(contact.accountId === undefined ? {} : { accountId: contact.accountId }),
        ...(deal ? { dealId: deal.id } : {}),
        attachments: kind === 'email' && random.chance(0.3) ? [{ name: '报价单.pdf', type: 'application/pdf', size: random.int(80, 900) * 1024 }] : [],
      });
    }
  }
  const showcase = contacts.find((contact) => contact.id === 'c-001');
  if (showcase) activities.push(...showcaseTasks(context, showcase, activities.length));
  return activities;
}

/**
 * The showcase contact's open tasks, one due tomorrow and one two days late, so a first look at the
 * demo has a task to tick off and an overdue one. Added after every random draw, so the rest of
 * the demo stays as it was.
 */
function showcaseTasks({ nowMs }: DemoContext, contact: Contact, firstIndex: number): Activity[] {
  const task = (index: number, subject: string, body: string, dueMs: number): Activity => {
    const atMs = dueMs - 5 * DAY_MS;
    return {
      ...stored(demoId('act', firstIndex + index, 4), atMs),
      kind: 'task',
      subject,
      body,
      at: iso(atMs),
      dueAt: iso(dueMs),
      remindAt: iso(dueMs - HOUR_MS),
      done: false,
      ownerId: contact.ownerId ?? demoUsers[0]?.id ?? '',
      contactId: contact.id,
      ...(contact.accountId === undefined ? {} : { accountId: contact.accountId }),
      attachments: [],
    };
  };
  return [
    task(0, '发送续约合同', '合同已由法务审核，发给采购负责人签字，抄送财务。', nowMs + DAY_MS),
    task(1, 'Call back about the delivery date', 'They asked whether the terminals can arrive before the store opening on the 15th.', nowMs - 2 * DAY_MS),
  ];
}

const leadStatuses: ReadonlyArray<readonly [LeadStatus, number]> = [['new', 4], ['working', 4], ['qualified', 2], ['disqualified', 1]];
const leadSources: readonly AcquisitionSource[] = ['web', 'event', 'advertising', 'social', 'referral'];
const leadCompanies: Readonly<Record<Script, readonly string[]>> = {
  hans: ['苏州新禾商贸有限公司', '宁波鼎华百货', '厦门海风餐饮管理有限公司', '武汉众联超市'],
  hant: ['高雄順興餐飲有限公司', '澳門金輝百貨'],
  latin: ['Bluebird Cafés', 'Harbor Outfitters', 'Maple Markets', 'Summit Books'],
};

/** Prospects not yet qualified; qualified ones point at the contact and deal they became. */
export function demoLeads(context: DemoContext, contacts: readonly Contact[], deals: readonly Deal[], count: number): Lead[] {
  const { random } = context;
  return Array.from({ length: count }, (_, index) => {
    const status = random.weighted(leadStatuses);
    const script = random.weighted<Script>([['hans', 3], ['hant', 1], ['latin', 2]]);
    const person = demoPerson(context, script);
    const createdMs = officeHoursAgo(context, random.int(1, 200));
    const contact = status === 'qualified' ? random.pick(contacts) : undefined;
    const deal = contact ? deals.find((candidate) => candidate.contactId === contact.id) : undefined;
    return {
      ...stored(demoId('l', index), createdMs),
      name: person.name,
      company: random.pick(leadCompanies[script]),
      email: `${person.mailbox}@${script === 'latin' ? 'mail.example' : 'mail.example.cn'}`,
      phone: demoPhone(context, script, script === 'latin' ? 'EMEA' : '华东'),
      source: random.pick(leadSources),
      status,
      ownerId: random.pick(demoUsers).id,
      ...(status === 'new' ? {} : { score: random.int(status === 'disqualified' ? 0 : 30, status === 'qualified' ? 100 : 70) }),
      ...(contact ? { contactId: contact.id } : {}),
      ...(deal ? { dealId: deal.id } : {}),
    };
  });
}
