import type { Account, CrmClient, CrmError, ListQueryKey, Page, SlaPolicy, Ticket } from '@rapport/core';
import type { RulesEngine } from '@rapport/core/rules';
import type { ReactiveController } from 'lit';
import { allPagesQuery } from '../base/list-all.js';
import { memo } from '../base/memo.js';
import { QueryController } from '../base/query-controller.js';
import { POLICY_QUERY, queueListQuery } from './first-reads.js';
import { queueEntries, type QueueEntry, type StatusFilter } from './queue.js';
import { SlaEscalation } from './sla-escalation.js';
import { policyChooser } from './ticket-policy.js';
import type { WidgetHost } from './widget-context.js';

/** Queue order and SLA states are worked out again this often; the visible timers count every second regardless. */
const RESORT_MS = 60_000;

/** The SLA of the whole queue at one moment, in working order. */
interface Snapshot {
  readonly tickets: Page<Ticket>;
  readonly policyOf: (ticket: Ticket) => SlaPolicy | undefined;
  readonly at: number;
  readonly entries: readonly QueueEntry[];
}

/** What the queue reads from the agent view. */
export interface QueueSettings {
  readonly client: CrmClient | undefined;
  readonly status: StatusFilter;
  /** Only this account's tickets, when set. */
  readonly accountId: string;
  /** The search text the adapter matches (subject, number, requester; over a server also messages), if any. */
  readonly q: string | undefined;
  readonly rules: RulesEngine | undefined;
  /** Run the SLA rules in the page when the host gives no engine: local storage only. */
  readonly localEscalation: boolean;
}

/**
 * The agent's queue: the tickets of a status, the SLA policies and the tiers of the accounts
 * whose tickets name no policy, and the queue's SLA order worked out when that data changes and
 * once a minute. Each new order is checked against the host's rules engine, or the page's own
 * where the host turned local escalation on; otherwise escalations are the server's, and the
 * queue only shows them (viewing never writes).
 */
export class AgentQueue implements ReactiveController {
  readonly #settings: () => QueueSettings;
  readonly #escalation: SlaEscalation;
  readonly #tickets: QueryController<Page<Ticket>, CrmError>;
  readonly #policies: QueryController<Page<SlaPolicy>, CrmError, ListQueryKey<'slaPolicies'>>;
  readonly #accounts: QueryController<Page<Account>, CrmError>;
  #snapshot: Snapshot | undefined;
  #checkDue = false;

  /** Accounts whose tier picks the SLA policy: those of tickets that name no policy themselves. */
  readonly #accountIdsOf = memo((tickets: readonly Ticket[] | undefined) =>
    [...new Set((tickets ?? []).flatMap((ticket) => (!ticket.slaPolicyId && ticket.accountId ? [ticket.accountId] : [])))].sort(),
  );
  readonly #chooser = memo((policies: Page<SlaPolicy> | undefined, accounts: Page<Account> | undefined) => policyChooser(policies?.items ?? [], accounts?.items ?? []));

  constructor(host: WidgetHost, settings: () => QueueSettings) {
    this.#settings = settings;
    host.addController(this);
    this.#escalation = new SlaEscalation(host);
    this.#tickets = new QueryController(host, () => {
      const { client, status, accountId, q } = settings();
      return client && allPagesQuery(client.queryClient, client.tickets, queueListQuery(status, accountId, q));
    });
    this.#policies = new QueryController(host, () => {
      const { client } = settings();
      return client && { queryClient: client.queryClient, options: client.slaPolicies.listQuery(POLICY_QUERY) };
    });
    this.#accounts = new QueryController(host, () => {
      const { client } = settings();
      const ids = this.accountIds();
      return client && ids.length > 0 ? allPagesQuery(client.queryClient, client.accounts, { where: { id: { in: ids } } }) : undefined;
    });
  }

  hostUpdated(): void {
    const { client, rules, localEscalation } = this.#settings();
    const snapshot = this.#snapshot;
    if (!this.#checkDue || !client || !snapshot || (!rules && !localEscalation)) return;
    this.#checkDue = false;
    this.#escalation.check(client, rules, new Date(snapshot.at), {
      tickets: snapshot.tickets.items,
      slaPolicies: this.#policies.result?.data?.items ?? [],
      accounts: this.#accounts.result?.data?.items ?? [],
    });
  }

  /** The queue's tickets as loaded, or `undefined` while they load. */
  get tickets(): readonly Ticket[] | undefined {
    return this.#tickets.result?.data?.items;
  }

  /** Every query the SLA order waits for, tiers included where tickets need them. */
  inputs(): ReadonlyArray<QueryController<Page<Ticket>, CrmError> | QueryController<Page<SlaPolicy>, CrmError, ListQueryKey<'slaPolicies'>> | QueryController<Page<Account>, CrmError>> {
    return [this.#tickets, this.#policies, ...(this.accountIds().length > 0 ? [this.#accounts] : [])];
  }

  accountIds(): string[] {
    return this.#accountIdsOf(this.tickets);
  }

  /** The SLA policy that applies to a ticket, with the policies and tiers loaded now. */
  policyOf(): Snapshot['policyOf'] {
    return this.#chooser(this.#policies.result?.data, this.#accounts.result?.data);
  }

  /** The queue in working order at `now`, recomputed when its data changes or it is a minute old. */
  entries(now: Date): readonly QueueEntry[] {
    const tickets = this.#tickets.result?.data;
    if (!tickets) return [];
    const policyOf = this.policyOf();
    const previous = this.#snapshot;
    if (previous?.tickets === tickets && previous.policyOf === policyOf && now.getTime() - previous.at < RESORT_MS) return previous.entries;
    this.#snapshot = { tickets, policyOf, at: now.getTime(), entries: queueEntries(tickets.items, policyOf, now) };
    this.#checkDue = true;
    return this.#snapshot.entries;
  }
}
