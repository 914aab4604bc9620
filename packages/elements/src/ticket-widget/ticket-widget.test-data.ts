import { createCrmClient, type CrmClient, type MemoryAdapter, type RecordInput, type StorageAdapter } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';

/** Monday 3 March 2025, 12:00 in Shanghai: inside the business hours of the test policy. */
export const NOW = new Date('2025-03-03T04:00:00Z');

const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

/** A small service desk: two customers, their tickets and threads, a policy, articles and a CSAT survey. */
export function serviceDesk(): Record<string, RecordInput[]> {
  return {
    accounts: [{ id: 'a1', name: '华东贸易有限公司', tier: 'gold' }],
    contacts: [
      { id: 'c1', name: 'Wang Fang', accountId: 'a1' },
      { id: 'c2', name: 'Emma Clarke' },
    ],
    slaPolicies: [
      {
        id: 'sla-gold',
        name: 'Gold',
        tier: 'gold',
        targets: (['low', 'normal', 'high', 'urgent'] as const).map((priority) => ({ priority, firstResponseMinutes: 60, resolutionMinutes: 480 })),
        calendar: { timeZone: 'Asia/Shanghai', weeklyHours: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' })), holidays: [] },
        escalation: [
          { level: 1, atPercent: 75 },
          { level: 2, atPercent: 100 },
        ],
      },
      {
        id: 'sla-standard',
        name: 'Standard',
        tier: 'standard',
        targets: [{ priority: 'normal', firstResponseMinutes: 240, resolutionMinutes: 2880 }],
        calendar: { timeZone: 'Asia/Shanghai', weeklyHours: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' })), holidays: [] },
      },
    ],
    tickets: [
      {
        id: 't-waiting',
        number: 1001,
        subject: 'Parcel arrived damaged',
        description: 'The box was crushed and the teapot is broken.',
        status: 'pending',
        priority: 'high',
        channel: 'web',
        category: 'order',
        requesterId: 'c1',
        accountId: 'a1',
        assigneeId: 'u-lin',
        createdAt: minutesAgo(50),
        firstRespondedAt: minutesAgo(40),
        pausedAt: minutesAgo(20),
      },
      {
        id: 't-resolved',
        number: 1002,
        subject: 'Invoice address',
        description: 'Please change the address on my invoice.',
        status: 'resolved',
        channel: 'email',
        requesterId: 'c1',
        accountId: 'a1',
        createdAt: minutesAgo(300),
        firstRespondedAt: minutesAgo(280),
        resolvedAt: minutesAgo(100),
      },
      {
        id: 't-new',
        number: 1003,
        subject: 'App crashes on login',
        description: 'Since the update the app closes when I sign in.',
        status: 'new',
        priority: 'urgent',
        channel: 'chat',
        requesterId: 'c1',
        accountId: 'a1',
        createdAt: minutesAgo(70),
      },
      {
        id: 't-other',
        number: 1004,
        subject: 'Someone else’s question',
        description: 'Not for Wang Fang to see.',
        status: 'open',
        channel: 'phone',
        requesterId: 'c2',
        createdAt: minutesAgo(30),
      },
    ],
    ticketMessages: [
      {
        id: 'm1',
        ticketId: 't-waiting',
        authorKind: 'agent',
        authorName: 'Lin Jing',
        visibility: 'public',
        body: 'Sorry! Send a photo <b>please</b>, see https://help.example.cn/returns or http://old.example.cn',
        createdAt: minutesAgo(40),
      },
      { id: 'm2', ticketId: 't-waiting', authorKind: 'agent', authorName: 'Lin Jing', visibility: 'internal', body: 'VIP customer: refund approved internally.', createdAt: minutesAgo(39) },
    ],
    kbArticles: [
      { id: 'kb-refund', title: 'How do I get a refund for a damaged item?', body: 'Send a photo of the damage from your order page; refunds reach your card in 5 days.', tags: ['returns'] },
      { id: 'kb-password', title: 'Reset a forgotten password', body: 'Use the link on the sign-in page.', tags: ['account'] },
    ],
    surveys: [
      {
        id: 's-csat',
        title: 'How did we do?',
        questions: [
          { id: 'q-csat', type: 'csat', label: 'How satisfied are you?' },
          { id: 'q-comment', type: 'text', label: 'Anything to add?' },
        ],
      },
    ],
  };
}

export interface Desk {
  readonly adapter: MemoryAdapter;
  readonly client: CrmClient;
  /** The client's clock; move it to let SLA timers run. */
  readonly clock: { now: Date };
}

/** A client over the service desk; `wrap` swaps adapter methods (e.g. a failing `create`). */
export function openDesk(wrap: (adapter: MemoryAdapter) => Partial<StorageAdapter> = () => ({})): Desk {
  const clock = { now: NOW };
  const adapter = createMemoryAdapter({ seed: serviceDesk(), now: () => clock.now });
  const client = createCrmClient({ adapter: { ...adapter, ...wrap(adapter) }, now: () => clock.now });
  return { adapter, client, clock };
}

/** The elements of one part in the widget's shadow root. */
export function parts(host: Element, name: string): HTMLElement[] {
  return [...(host.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
}

export function part(host: Element, name: string): HTMLElement {
  const found = parts(host, name)[0];
  if (!found) throw new Error(`no part "${name}" is rendered`);
  return found;
}

export function byId<T extends HTMLElement>(host: Element, id: string): T {
  const found = host.shadowRoot?.getElementById(id);
  if (!found) throw new Error(`no #${id} is rendered`);
  return found as T;
}

/** Types into a field the way a user does: the value changes, then `input` fires. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
}

export const textOf = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
