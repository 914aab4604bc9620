import type { Deal } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { overWipLimit } from './board-model.js';
import type { Formatter } from '../base/locale/formatter.js';
import type { VirtualWindow } from '../base/virtual-window.js';
import type { BoardColumn } from './board-columns.js';
import { formatCompactTotals } from './compact-money.js';
import type { PipelineBoardMessages } from './pipeline-board.messages.js';

export interface BoardColumnProps {
  readonly column: BoardColumn;
  /** The deals as shown now: the column's deals with a dragged one taken out or put in. */
  readonly deals: readonly Deal[];
  readonly headingId: string;
  readonly currency: string;
  readonly window: VirtualWindow;
  /** Index of the card reached with Tab, kept rendered even when scrolled away; -1 for none. */
  readonly tabStop: number;
  readonly dropTarget: boolean;
  /** A drop here would break the stage's enforced WIP limit. */
  readonly refusesDrop: boolean;
  readonly filtered: boolean;
  readonly format: Formatter;
  readonly messages: PipelineBoardMessages;
  readonly renderCard: (deal: Deal, index: number) => TemplateResult;
  /** The column's quick-add form, when it is open. */
  readonly quickAdd: TemplateResult | typeof nothing;
  readonly onAdd: () => void;
  /** Whether the quick-add is on its way (its code loading). */
  readonly adding: boolean;
  /** A collapsed column shows its header only. */
  readonly collapsed: boolean;
  /** The button that collapses or expands the column, once the board's part is there. */
  readonly toggle: TemplateResult | undefined;
}

/** One stage: its name, count, face and weighted value, WIP limit, and its cards, windowed. */
export function renderBoardColumn(props: BoardColumnProps): TemplateResult {
  const { column, deals, format, messages: m } = props;
  const { stage, summary } = column;
  const overLimit = overWipLimit(column);
  const classes = ['column', props.dropTarget ? 'drop-target' : '', props.refusesDrop ? 'refuses-drop' : '', props.collapsed ? 'collapsed' : ''].join(' ');
  return html`<section part="column" class=${classes} data-stage-id=${stage.id} aria-labelledby=${props.headingId}>
    <header part="column-header" class="column-header">
      <h3 id=${props.headingId} class="stage-name">${stage.name}</h3>
      <button
        part="add-deal"
        type="button"
        class="add-deal"
        aria-label=${m.addDeal(stage.name)}
        aria-busy=${props.adding ? 'true' : nothing}
        @click=${props.onAdd}
      >
        +
      </button>
      ${props.toggle}
      <span class="count">${m.deals(summary.count, format.number(summary.count))}</span>
      ${column.idleCount ? html`<span part="idle-count" class="idle-count">${m.idleCount(column.idleCount, format.number(column.idleCount))}</span>` : nothing}
      ${stage.wipLimit === undefined
        ? nothing
        : html`<span part="wip" class="wip" data-exceeded=${overLimit ? '' : nothing}>
            ${overLimit ? m.wipOver(format.number(column.openCount), format.number(stage.wipLimit)) : m.wipLimit(format.number(stage.wipLimit))}
          </span>`}
      <dl class="sums">
        <div>
          <dt>${m.total}</dt>
          <dd>${formatCompactTotals(summary.amount, props.currency, format.locale)}</dd>
        </div>
        <div>
          <dt>${m.weighted}</dt>
          <dd>${formatCompactTotals(summary.weighted, props.currency, format.locale)}</dd>
        </div>
      </dl>
    </header>
    ${props.collapsed
      ? nothing
      : html`${props.quickAdd}
          <div part="cards" class="cards" role=${deals.length ? 'list' : nothing} aria-labelledby=${deals.length ? props.headingId : nothing} @scroll=${props.window.onScroll}>
            ${deals.length
              ? props.window.render(deals, props.renderCard, { key: (deal) => deal.id, ...(props.tabStop >= 0 ? { keep: props.tabStop } : {}) })
              : html`<p class="column-empty">${props.filtered ? m.noMatches : m.emptyColumn}</p>`}
          </div>`}
  </section>`;
}
