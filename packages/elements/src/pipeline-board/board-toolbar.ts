import { html, nothing, type TemplateResult } from 'lit';
import { isFilterActive, type DealFilter } from './deal-filter.js';
import { dealSortKeys, isDealSortKey, type DealSortKey } from './deal-order.js';
import type { PipelineBoardMessages } from './pipeline-board.messages.js';

export interface BoardToolbarProps {
  readonly filter: DealFilter;
  readonly sort: DealSortKey;
  /** Owners to choose from: id and the name to show. */
  readonly owners: ReadonlyArray<readonly [id: string, name: string]>;
  readonly messages: PipelineBoardMessages;
  readonly onFilter: (filter: DealFilter) => void;
  readonly onSort: (sort: DealSortKey) => void;
}

/** The range conditions, each an input of its own. */
const ranges = [
  ['minAmount', 'number'],
  ['maxAmount', 'number'],
  ['closesFrom', 'date'],
  ['closesTo', 'date'],
] as const;

/** Filters (owner, text, amount range, close-date range) and the order of cards within columns. */
export function renderBoardToolbar(props: BoardToolbarProps): TemplateResult {
  const { filter, messages } = props;
  const m = messages.toolbar;
  const set = (change: Partial<DealFilter>) => props.onFilter(withoutBlanks({ ...filter, ...change }));
  const text = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value || undefined;
  return html`<div part="toolbar" class="toolbar" role="group" aria-label=${m.label}>
    <label class="field search">
      <span>${m.search}</span>
      <input type="search" .value=${filter.text ?? ''} @input=${(event: Event) => set({ text: text(event) })} />
    </label>
    <label class="field">
      <span>${m.owner}</span>
      <select @change=${(event: Event) => set({ ownerId: text(event) })}>
        <option value="" ?selected=${!filter.ownerId}>${m.anyOwner}</option>
        ${props.owners.map(([id, name]) => html`<option value=${id} ?selected=${filter.ownerId === id}>${name}</option>`)}
      </select>
    </label>
    ${ranges.map(
      ([key, type]) => html`<label class="field ${type}">
        <span>${m[key]}</span>
        <input
          type=${type}
          min=${type === 'number' ? '0' : nothing}
          .value=${filter[key]?.toString() ?? ''}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            set({ [key]: type === 'date' ? input.value || undefined : Number.isFinite(input.valueAsNumber) ? input.valueAsNumber : undefined });
          }}
        />
      </label>`,
    )}
    <label class="idle-only">
      <input type="checkbox" .checked=${filter.idle === true} @change=${(event: Event) => set({ idle: (event.target as HTMLInputElement).checked || undefined })} />
      <span>${m.idleOnly}</span>
    </label>
    <label class="field">
      <span>${m.sort}</span>
      <select
        @change=${(event: Event) => {
          const value = (event.target as HTMLSelectElement).value;
          if (isDealSortKey(value)) props.onSort(value);
        }}
      >
        ${dealSortKeys.map((key) => html`<option value=${key} ?selected=${props.sort === key}>${m.sorts[key]}</option>`)}
      </select>
    </label>
    ${isFilterActive(filter) ? html`<button part="clear-filters" type="button" class="clear" @click=${() => props.onFilter({})}>${m.clear}</button>` : nothing}
  </div>`;
}

/** The filter without empty conditions, so "no filter" is always `{}`. */
function withoutBlanks(filter: DealFilter): DealFilter {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined && value !== '')) as DealFilter;
}
