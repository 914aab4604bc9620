import type { Account } from '../schema/account.js';
import type { Tier } from '../schema/common.js';
import type { Contact } from '../schema/contact.js';
import type { KbArticle } from '../schema/kb-article.js';
import type { SlaPolicy } from '../schema/sla-policy.js';
import type { MessageAuthorKind, MessageVisibility, TicketMessage } from '../schema/ticket-message.js';
import type { Ticket, TicketChannel, TicketPriority, TicketStatus } from '../schema/ticket.js';
import { customerFollowUps, demoUsers, kbEntries, ticketTemplates } from './catalog.js';
import { scriptOf } from './demo-customers.js';
import { DAY_MS, MINUTE_MS, demoId, iso, officeHoursAgo, stored, type DemoContext } from './demo-context.js';

/** SLA policy ids: `sla-standard`, `sla-silver`, `sla-gold`, `sla-platinum`. */
export const slaPolicyIdFor = (tier: Tier): string => `sla-${tier}`;

/** [first response, resolution] minutes per priority, for the standard tier; higher tiers are faster. */
const standardTargets: ReadonlyArray<readonly [TicketPriority, number, number]> = [
  ['low', 480, 4320],
  ['normal', 240, 2880],
  ['high', 120, 1440],
  ['urgent', 60, 480],
];
const tierSpeed: Readonly<Record<Tier, number>> = { standard: 1, silver: 0.75, gold: 0.5, platinum: 0.25 };

/** One policy per tier: office hours in Shanghai with public holidays; platinum runs around the clock. */
export function demoSlaPolicies(context: DemoContext): SlaPolicy[] {
  const year = new Date(context.nowMs).getUTCFullYear();
  const holidays = [year, year + 1].flatMap((y) => [`${y}-01-01`, `${y}-05-01`, `${y}-10-01`, `${y}-10-02`, `${y}-10-03`]);
  return (['standard', 'silver', 'gold', 'platinum'] as const).map((tier) => ({
    ...stored(slaPolicyIdFor(tier), context.nowMs - 800 * DAY_MS),
    name: `${tier[0]?.toUpperCase()}${tier.slice(1)} SLA`,
    tier,
    targets: standardTargets.map(([priority, firstResponse, resolution]) => ({
      priority,
      firstResponseMinutes: Math.round(firstResponse * tierSpeed[tier]),
      resolutionMinutes: Math.round(resolution * tierSpeed[tier]),
    })),
    calendar: {
      timeZone: 'Asia/Shanghai',
      weeklyHours:
        tier === 'platinum'
          ? [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: '00:00', end: '24:00' }))
          : [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' })),
      holidays: tier === 'platinum' ? [] : holidays,
    },
    escalation: [
      { level: 1, atPercent: 75 },
      { level: 2, atPercent: 100 },
    ],
  }));
}

const statuses: ReadonlyArray<readonly [TicketStatus, number]> = [['new', 2], ['open', 5], ['pending', 3], ['resolved', 6], ['closed', 4]];
const priorities: ReadonlyArray<readonly [TicketPriority, number]> = [['low', 2], ['normal', 6], ['high', 3], ['urgent', 1]];
const channels: ReadonlyArray<readonly [TicketChannel, number]> = [['email', 4], ['phone', 3], ['web', 3], ['chat', 2], ['fax', 1]];

interface ThreadEntry {
  readonly atMs: number;
  readonly authorKind: MessageAuthorKind;
  readonly authorId: string;
  readonly authorName: string;
  readonly visibility: MessageVisibility;
  readonly body: string;
}

/** The demo desk's first ticket number: #1001. */
const FIRST_DEMO_NUMBER = 1001;

export interface DemoTickets {
  readonly tickets: Ticket[];
  readonly messages: TicketMessage[];
}

/**
 * Tickets with their threads: the customer's message, an agent's public reply, internal notes
 * and follow-ups. `t-001` is 王芳's open, high-priority ticket about a dead till.
 */
export function demoTickets(context: DemoContext, accounts: readonly Account[], contacts: readonly Contact[], count: number): DemoTickets {
  const { random, nowMs } = context;
  const tickets: Ticket[] = [];
  const messages: TicketMessage[] = [];
  for (let index = 0; index < count; index++) {
    const first = index === 0;
    const requester = first ? (contacts[0] as Contact) : random.pick(contacts);
    const script = scriptOf(requester);
    const template = first ? (ticketTemplates.hans[0] as (typeof ticketTemplates.hans)[number]) : random.pick(ticketTemplates[script]);
    const account = accounts.find((candidate) => candidate.id === requester.accountId);
    const status = first ? 'open' : random.weighted(statuses);
    const id = demoId('t', index);
    const createdMs = officeHoursAgo(context, first ? 1 : random.int(1, 90));
    const agent = random.pick(demoUsers);
    const thread: ThreadEntry[] = [
      { atMs: createdMs, authorKind: 'customer', authorId: requester.id, authorName: requester.name, visibility: 'public', body: template.description },
    ];
    let atMs = createdMs;
    const later = (minMinutes: number, maxMinutes: number) => (atMs = Math.min(nowMs - MINUTE_MS, atMs + random.int(minMinutes, maxMinutes) * MINUTE_MS));
    if (status !== 'new') {
      thread.push({ atMs: later(5, 240), authorKind: 'agent', authorId: agent.id, authorName: agent.name, visibility: 'public', body: template.agentReply });
      if (first || random.chance(0.6)) thread.push({ atMs: later(2, 30), authorKind: 'agent', authorId: agent.id, authorName: agent.name, visibility: 'internal', body: template.internalNote });
      if (first || random.chance(0.6)) {
        const followUps = customerFollowUps[script];
        const body = status === 'resolved' || status === 'closed' ? (followUps[1] as string) : (followUps[0] as string);
        thread.push({ atMs: later(30, 600), authorKind: 'customer', authorId: requester.id, authorName: requester.name, visibility: 'public', body });
      }
    }
    const firstReply = thread.find((message) => message.authorKind === 'agent' && message.visibility === 'public');
    const lastMs = (thread.at(-1) as ThreadEntry).atMs;
    const resolvedMs = status === 'resolved' || status === 'closed' ? later(10, 120) : undefined;
    const tier = account?.tier ?? 'standard';
    tickets.push({
      ...stored(id, createdMs, resolvedMs ?? lastMs),
      subject: template.subject,
      description: template.description,
      status,
      priority: first ? 'high' : random.weighted(priorities),
      channel: first ? 'phone' : random.weighted(channels),
      category: template.category,
      requesterId: requester.id,
      ...(account ? { accountId: account.id } : {}),
      ...(status === 'new' ? {} : { assigneeId: agent.id }),
      slaPolicyId: slaPolicyIdFor(tier),
      ...(firstReply ? { firstRespondedAt: iso(firstReply.atMs) } : {}),
      ...(resolvedMs === undefined ? {} : { resolvedAt: iso(resolvedMs) }),
      escalationLevel: (status === 'open' || status === 'pending') && random.chance(0.2) ? random.int(1, 2) : 0,
      ...(status === 'pending' ? { pausedAt: iso(lastMs), pausedMinutes: 0 } : {}),
      attachments: random.chance(0.2) ? [{ name: 'photo.jpg', type: 'image/jpeg', size: random.int(100, 3000) * 1024 }] : [],
      tags: [template.category],
      customFields: {},
    });
    for (const { atMs: sentMs, ...message } of thread) {
      messages.push({ ...stored(demoId('tm', messages.length, 4), sentMs), ticketId: id, ...message, attachments: [] });
    }
  }
  // Numbered in the order they came in, as the storage numbers new ones: an established desk's numbers.
  [...tickets].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)).forEach((ticket, index) => (ticket.number = FIRST_DEMO_NUMBER + index));
  return { tickets, messages };
}

/** The knowledge base; articles that grew from a resolved ticket link to it, and the last is a draft. */
export function demoKbArticles(context: DemoContext, tickets: readonly Ticket[]): KbArticle[] {
  return kbEntries.map((entry, index) => {
    const source = tickets.find((ticket) => ticket.subject === entry.fromTicket && ticket.resolvedAt !== undefined);
    const writtenMs = source?.resolvedAt ? Math.min(context.nowMs, Date.parse(source.resolvedAt) + DAY_MS) : context.nowMs - context.random.int(30, 600) * DAY_MS;
    return {
      ...stored(demoId('kb', index), writtenMs),
      title: entry.title,
      body: entry.body,
      tags: [...entry.tags],
      locale: entry.locale,
      published: index < kbEntries.length - 1,
      ...(source ? { sourceTicketId: source.id } : {}),
    };
  });
}
