import type { CrmError, Deal, ListQueryKey, Page } from '@rapport/core';
import type { TemplateResult } from 'lit';
import type { AccountNames } from './account-names.js';
import type { MemberDirectory } from '../base/member-directory.js';
import type { QueryController } from '../base/query-controller.js';
import type { BoardEditing } from './board-editing.js';
import type { ClosedKit } from './closed-kit.js';
import type { DealOutcome } from './deal-move.js';
import type { DealSaving } from './deal-saving.js';

/**
 * The won and lost views of the board: a pipeline's closed deals, newest close first, a page at a
 * time, each with its amount, account, owner, close date and reason, and a button that reopens it
 * in the stage it was closed from. Fetched the first time a view is chosen, and handed the
 * board's code it uses (`closedKit`); it reads only the page it shows, and only while shown.
 */
export class ClosedDealsList {
  readonly #board: BoardEditing;
  readonly #saving: DealSaving;
  readonly #kit: ClosedKit;
  /** The outcome shown; `undefined` while the board shows open deals, so nothing is read. */
  #outcome: DealOutcome | undefined;
  #shown: number;
  readonly #accounts: AccountNames;
  readonly #members: MemberDirectory;
  readonly #deals: QueryController<Page<Deal>, CrmError, ListQueryKey<'deals'>>;

  constructor(board: BoardEditing, saving: DealSaving, kit: ClosedKit) {
    const { AccountNames, MemberDirectory, QueryController, closedDealsQuery } = kit;
    this.#board = board;
    this.#saving = saving;
    this.#kit = kit;
    this.#shown = kit.CLOSED_PAGE_SIZE;
    kit.adoptViewStyles(board.host, [kit.closedDealsStyles]);
    this.#accounts = new AccountNames(board.host, board.client);
    this.#members = new MemberDirectory(board.host, { client: board.client, overrides: () => board.host.ownerNames });
    this.#deals = new QueryController(board.host, () => {
      const client = board.client();
      const pipeline = board.pipeline();
      const outcome = this.#outcome;
      if (!client || !pipeline || !outcome) return undefined;
      const options = client.deals.listQuery(closedDealsQuery(pipeline.id, outcome, board.host.filter, this.#shown));
      // "Show more" keeps the deals listed while the longer page loads; another outcome starts afresh.
      return { queryClient: client.queryClient, options: { ...options, placeholderData: (previous?: Page<Deal>) => (previous?.items[0]?.status === outcome ? previous : undefined) } };
    });
  }

  /** Shows `outcome`'s deals, or none (`undefined`, the open deals' board). */
  show(outcome: DealOutcome | undefined): void {
    if (outcome !== this.#outcome) this.#shown = this.#kit.CLOSED_PAGE_SIZE;
    this.#outcome = outcome;
    this.#board.host.requestUpdate();
  }

  readonly #onMore = (): void => {
    this.#shown += this.#kit.CLOSED_PAGE_SIZE;
    this.#board.host.requestUpdate();
  };

  #onReopen(deal: Deal, neighbour: Deal | undefined): void {
    // Focus goes to the next deal's Reopen, else the one before, else the list's heading.
    this.#board.focusLater(neighbour ? `.closed-deal[data-deal-id="${CSS.escape(neighbour.id)}"] .reopen` : '.closed-heading');
    this.#saving.reopen(deal);
  }

  render(): TemplateResult {
    const { html, nothing, repeat, errorText, editingMessages, renderEmpty, renderError, renderSkeleton, hasOpenDealConditions } = this.#kit;
    const outcome = this.#outcome ?? 'won';
    const board = this.#board;
    const m = editingMessages(board).closedView;
    const common = board.i18n.messages;
    const result = this.#deals.result;
    if (result?.isError) return renderError(errorText(result.error, common), { label: common.common.retry, onRetry: () => void this.#deals.refetch() });
    const page = result?.data;
    if (!page) return renderSkeleton(common.common.loading, 4);
    const format = board.i18n.format;
    const word = board.messages().outcomes[outcome];
    // A deal reopened here leaves the list at once, before the list is read again.
    const deals = page.items.filter((deal) => deal.status === outcome);
    const hidden = page.items.length - deals.length;
    const total = Math.max(0, page.total - hidden);
    return html`<section part="closed-deals" class="closed-deals" aria-labelledby="closed-heading">
      <h3 id="closed-heading" class="closed-heading" tabindex="-1">
        ${m.list(word)} <span class="count">${board.messages().deals(total, format.number(total))}</span>
      </h3>
      ${hasOpenDealConditions(board.host.filter) ? html`<p class="closed-note">${m.filters}</p>` : nothing}
      ${deals.length === 0
        ? renderEmpty(m.empty[outcome])
        : html`<ul class="closed-list">
            ${repeat(deals, (deal) => deal.id, (deal, index) => this.#renderDeal(deal, outcome, deals[index + 1] ?? deals[index - 1]))}
          </ul>`}
      ${page.nextCursor
        ? html`<p class="closed-more">
            <span>${m.shown(format.number(deals.length), format.number(total))}</span>
            <button type="button" aria-busy=${result.isPlaceholderData ? 'true' : nothing} @click=${this.#onMore}>${m.more}</button>
          </p>`
        : nothing}
    </section>`;
  }

  #renderDeal(deal: Deal, outcome: DealOutcome, neighbour: Deal | undefined): TemplateResult {
    const { html, nothing, editingMessages } = this.#kit;
    const board = this.#board;
    const m = editingMessages(board).closedView;
    const format = board.i18n.format;
    const who = [deal.accountId && this.#accounts.nameOf(deal.accountId), deal.ownerId && this.#members.nameOf(deal.ownerId)].filter((name): name is string => !!name);
    const reason = outcome === 'won' ? deal.wonReason : deal.lostReason;
    return html`<li class="closed-deal" data-deal-id=${deal.id}>
      <span class="closed-name">${deal.name}</span>
      <span class="amount">${format.money(deal.amount, deal.currency)}</span>
      ${who.length ? html`<span class="closed-who">${who.join(' · ')}</span>` : nothing}
      <span class="closed-on">${deal.closedAt ? m.closedOn(outcome, format.date(deal.closedAt)) : board.messages().outcomes[outcome]}${reason ? html` · <span class="closed-reason">${reason}</span>` : nothing}</span>
      <button part="reopen" type="button" class="reopen" aria-label=${m.reopenLabel(deal.name)} @click=${() => this.#onReopen(deal, neighbour)}>${m.reopen}</button>
    </li>`;
  }
}
