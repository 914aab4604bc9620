import type { Account, CrmClient, CrmError, Deal, ListQuery, ListQueryKey, Page, Pipeline, Ticket } from '@rapport/core';
import type { QueryObserverResult } from '@tanstack/query-core';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { errorText } from '../base/locale/error-text.js';
import type { Formatter } from '../base/locale/formatter.js';
import type { Messages } from '../base/locale/messages.js';
import { QueryController, type QueryTarget } from '../base/query-controller.js';
import { renderError, renderSkeleton } from '../base/states.js';
import { adoptViewStyles } from '../base/view-styles.js';
import { CrmTicketOpenEvent } from '../ticket-widget/ticket-widget.events.js';
import { CrmAccountOpenEvent, CrmDealOpenEvent } from './contact-card.events.js';
import type { ViewMessages } from './contact-card-views.messages.js';
import { relatedRecordsStyles } from './related-records.styles.js';
import { slaStateOf } from './sla-state.js';

type RelatedHost = ReactiveControllerHost & HTMLElement;

/** How many open deals and tickets the card lists; the rest are counted. */
export const RELATED_PAGE = 5;

const OPEN_TICKET_STATUSES = ['new', 'open', 'pending'] as const;

/**
 * A page of open deals with the pipelines that name their stages. Still a page: it is cached among
 * the deals' lists, which every write of a deal patches as pages.
 */
interface DealsWithStages extends Page<Deal> {
  readonly pipelines: readonly Pipeline[];
}

export interface RelatedRecordsProps {
  readonly account: Account | undefined;
  readonly m: ViewMessages;
  readonly messages: Messages;
  readonly format: Formatter;
}

/**
 * Around the contact: their account, their open deals (stage and amount) and open tickets (status
 * and SLA), each a button that tells the host which record to open. Reads one page of each (the
 * largest deals, the longest-open tickets) and the pipelines of the deals shown, never every deal.
 */
export class RelatedRecords {
  readonly #host: RelatedHost;
  readonly #client: () => CrmClient | undefined;
  readonly #deals: QueryController<DealsWithStages, CrmError>;
  readonly #tickets: QueryController<Page<Ticket>, CrmError, ListQueryKey<'tickets'>>;

  constructor(host: RelatedHost, client: () => CrmClient | undefined, contactId: () => string) {
    this.#host = host;
    this.#client = client;
    this.#deals = new QueryController(host, () => {
      const c = client();
      return c && contactId() ? dealsQuery(c, contactId()) : undefined;
    });
    this.#tickets = new QueryController(host, () => {
      const c = client();
      if (!c || !contactId()) return undefined;
      const query: ListQuery = { where: { requesterId: contactId(), status: { in: [...OPEN_TICKET_STATUSES] } }, limit: RELATED_PAGE };
      return { queryClient: c.queryClient, options: c.tickets.listQuery(query) };
    });
    adoptViewStyles(host, [relatedRecordsStyles]);
  }

  render({ account, m, messages, format }: RelatedRecordsProps): TemplateResult {
    const r = m.related;
    return html`<section part="related" class="related" aria-labelledby="related-heading">
      <h3 id="related-heading" class="section-heading">${r.heading}</h3>
      ${account
        ? html`<div class="related-group">
            <h4>${r.account}</h4>
            <button part="related-link" type="button" data-account=${account.id} @click=${() => this.#host.dispatchEvent(new CrmAccountOpenEvent({ account }))}>
              ${account.name}
            </button>
          </div>`
        : nothing}
      ${renderGroup(r.deals, this.#deals, r, messages, format, (data) => data, (deal, data) => this.#renderDeal(deal, data.pipelines, format))}
      ${renderGroup(r.tickets, this.#tickets, r, messages, format, (page) => page, (ticket) => this.#renderTicket(ticket, m))}
    </section>`;
  }

  #renderDeal(deal: Deal, pipelines: readonly Pipeline[], format: Formatter): TemplateResult {
    const stage = pipelines.find((pipeline) => pipeline.id === deal.pipelineId)?.stages.find((s) => s.id === deal.stageId);
    return html`<button part="related-link" type="button" data-deal=${deal.id} @click=${() => this.#host.dispatchEvent(new CrmDealOpenEvent({ deal }))}>
      <span class="related-name">${deal.name}</span>
      <span class="related-meta">${stage?.name ?? ''}${stage ? ' · ' : ''}${format.money(deal.amount, deal.currency)}</span>
    </button>`;
  }

  #renderTicket(ticket: Ticket, m: ViewMessages): TemplateResult {
    const r = m.related;
    const client = this.#client();
    const sla = slaStateOf(ticket, client ? client.now() : new Date());
    return html`<button part="related-link" type="button" data-ticket=${ticket.id} @click=${() => this.#host.dispatchEvent(new CrmTicketOpenEvent({ ticketId: ticket.id }))}>
      <span class="related-name">${ticket.externalId ? `#${ticket.externalId} ` : ''}${ticket.subject}</span>
      <span class="related-meta">
        ${r.ticketStatuses[ticket.status]}${sla ? html` · <span class="sla" data-sla=${sla}>${r.sla[sla]}</span>` : nothing}
      </span>
    </button>`;
  }
}

/** One group of related records: a page of them, how many more there are, or why they could not be read. */
function renderGroup<D, T>(
  heading: string,
  query: { readonly result: QueryObserverResult<D, CrmError> | undefined; refetch(): Promise<void> },
  r: ViewMessages['related'],
  messages: Messages,
  format: Formatter,
  pageOf: (data: D) => Page<T>,
  renderItem: (item: T, data: D) => TemplateResult,
): TemplateResult | typeof nothing {
  const result = query.result;
  if (!result || result.isPending) return html`<div class="related-group"><h4>${heading}</h4>${renderSkeleton(messages.common.loading, 1)}</div>`;
  if (result.isError) {
    // A role that may not read these records simply does not see the group.
    if (result.error.kind === 'permission') return nothing;
    return html`<div class="related-group"><h4>${heading}</h4>${renderError(errorText(result.error, messages), { label: messages.common.retry, onRetry: () => void query.refetch() })}</div>`;
  }
  const page = pageOf(result.data);
  const more = page.total - page.items.length;
  return html`<div class="related-group">
    <h4>${heading}</h4>
    ${page.items.length === 0
      ? html`<p class="related-none">${r.none}</p>`
      : html`<ul class="related-list">
          ${page.items.map((item) => html`<li>${renderItem(item, result.data)}</li>`)}
        </ul>`}
    ${more > 0 ? html`<p class="related-none">${r.more(format.number(more))}</p>` : nothing}
  </div>`;
}

/** One page of the contact's open deals, largest first, with the pipelines their stages belong to. */
function dealsQuery(client: CrmClient, contactId: string): QueryTarget<DealsWithStages, CrmError> {
  const query: ListQuery = { where: { contactId, status: 'open' }, sort: [{ field: 'amount', direction: 'desc' }], limit: RELATED_PAGE };
  const { queryKey, retry, networkMode } = client.deals.listQuery(query);
  return {
    queryClient: client.queryClient,
    options: {
      // Under the deals' list keys, so a saved deal refreshes it.
      queryKey: [...queryKey, 'with-stages'],
      queryFn: async ({ signal }) => {
        const page = await client.deals.list(query, { signal });
        const pipelineIds = [...new Set(page.items.map((deal) => deal.pipelineId))];
        const pipelines = await Promise.all(pipelineIds.map((id) => client.pipelines.fetch(id)));
        return { ...page, pipelines };
      },
      retry,
      networkMode,
    },
  };
}
