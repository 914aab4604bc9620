import type { CrmError, ListQueryKey, Page, SavedView } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ChunkLoader, renderPending } from '../base/chunk-loader.js';
import { errorText } from '../base/locale/error-text.js';
import { QueryController } from '../base/query-controller.js';
import type { DeskMessages } from './desk.messages.js';
import { queueSortKeys, ticketPriorities, ticketStatuses, type QueueFilter, type QueueSort, type QueueSortKey, type StatusFilter } from './queue.js';
import { slaStates, type SlaState } from './ticket-sla.js';
import { agentDeskChunks } from './agent-desk.chunks.js';
import type { WidgetContext, WidgetHost } from './widget-context.js';

/** Everything a saved view keeps of the queue. */
export interface QueueState {
  readonly status: StatusFilter;
  readonly filter: QueueFilter;
  readonly search: string;
  readonly sort: QueueSort | undefined;
}

const VIEWS_QUERY = { where: { collection: 'tickets' }, sort: [{ field: 'name' }], limit: 100 } as const;

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined => (values.includes(value as T) ? (value as T) : undefined);

/** The queue's state as a view's filter and sort. */
export function viewOfState({ status, filter, search, sort }: QueueState): Pick<SavedView, 'filter'> & { sort?: QueueSort } {
  return {
    filter: {
      status,
      ...(filter.priority ? { priority: filter.priority } : {}),
      ...(filter.assignee !== undefined ? { assignee: filter.assignee } : {}),
      ...(filter.sla ? { sla: filter.sla } : {}),
      ...(search.trim() ? { q: search.trim() } : {}),
    },
    ...(sort ? { sort } : {}),
  };
}

/** A view's filter and sort as the queue's state; what the queue does not know (an older or newer view) is left out. */
export function stateOfView(view: Pick<SavedView, 'filter' | 'sort'>): QueueState {
  const { status, priority, assignee, sla, q } = view.filter;
  const key = oneOf<QueueSortKey>(queueSortKeys, view.sort?.key);
  return {
    status: status === 'unresolved' || status === '' ? status : (oneOf(ticketStatuses, status) ?? 'unresolved'),
    filter: {
      priority: oneOf(ticketPriorities, priority),
      assignee: assignee === null ? null : typeof assignee === 'string' ? assignee : undefined,
      sla: oneOf<SlaState>(slaStates, sla),
    },
    search: typeof q === 'string' ? q : '',
    sort: key && view.sort ? { key, direction: view.sort.direction } : undefined,
  };
}

/**
 * The agent's saved views of the queue: a list to pick one from (which sets the queue's filters,
 * search and sort), saving the current state under a name (the editor loads on use), and
 * deleting the picked one. Views are stored through the adapter; a server keeps each user's apart.
 */
export class QueueViews {
  readonly #host: WidgetHost;
  readonly #owner: () => string;
  readonly #views: QueryController<Page<SavedView>, CrmError, ListQueryKey<'savedViews'>>;
  readonly #editor: ChunkLoader<typeof import('./saved-view-editor.js')>;
  #pickedId = '';
  #editing = false;
  #name = '';
  #failure: unknown;

  constructor(host: WidgetHost, context: () => WidgetContext | undefined, owner: () => string) {
    this.#host = host;
    this.#owner = owner;
    this.#views = new QueryController(host, () => {
      const client = context()?.client;
      return client && { queryClient: client.queryClient, options: client.savedViews.listQuery(VIEWS_QUERY) };
    });
    this.#editor = new ChunkLoader(host, () => agentDeskChunks.savedViewEditor());
  }

  /** The picked view no longer describes the queue once the agent changes it by hand. */
  forget(): void {
    this.#pickedId = '';
  }

  render(context: WidgetContext, desk: DeskMessages, state: QueueState, apply: (state: QueueState) => void, announce: (text: string) => void): TemplateResult {
    const views = this.#views.result?.data?.items ?? [];
    const picked = views.find((view) => view.id === this.#pickedId);
    const editor = this.#editing ? this.#editor.get() : undefined;
    return html`<div part="views" class="views row">
      <label
        >${desk.views.label}
        <select
          @change=${(event: Event) => {
            this.#pickedId = (event.target as HTMLSelectElement).value;
            const view = views.find((candidate) => candidate.id === this.#pickedId);
            if (view) apply(stateOfView(view));
            this.#host.requestUpdate();
          }}
        >
          <option value="" ?selected=${!picked}>${desk.views.none}</option>
          ${views.map((view) => html`<option value=${view.id} ?selected=${view.id === this.#pickedId}>${view.name}</option>`)}
        </select></label
      >
      ${this.#editing
        ? nothing
        : html`<button
            type="button"
            part="save-view"
            @pointerenter=${this.#editor.prefetch}
            @focus=${this.#editor.prefetch}
            @click=${() => {
              this.#editing = true;
              this.#name = '';
              this.#failure = undefined;
              this.#host.requestUpdate();
            }}
          >
            ${desk.views.save}
          </button>`}
      ${picked && !this.#editing
        ? html`<button type="button" part="remove-view" @click=${() => void this.#remove(context, desk, picked, announce)}>${desk.views.remove}</button>`
        : nothing}
    </div>
    ${!this.#editing
      ? nothing
      : editor
        ? editor.renderSavedViewEditor({
            context,
            desk,
            name: this.#name,
            failure: this.#failure,
            onName: (name) => {
              this.#name = name;
              this.#host.requestUpdate();
            },
            onCancel: () => {
              this.#editing = false;
              this.#host.requestUpdate();
            },
            onSave: () => void this.#save(context, desk, state, announce),
          })
        : renderPending(this.#editor, context.messages, 1)}`;
  }

  async #save(context: WidgetContext, desk: DeskMessages, state: QueueState, announce: (text: string) => void): Promise<void> {
    const name = this.#name.trim();
    try {
      const owner = this.#owner();
      const view = await context.client.savedViews.create({ name, collection: 'tickets', ...(owner ? { ownerId: owner } : {}), ...viewOfState(state) });
      this.#pickedId = view.id;
      this.#editing = false;
      announce(desk.views.saved(view.name));
    } catch (error) {
      // The name stays as typed, with what was wrong with it.
      this.#failure = error;
    }
    this.#host.requestUpdate();
  }

  async #remove(context: WidgetContext, desk: DeskMessages, view: SavedView, announce: (text: string) => void): Promise<void> {
    try {
      await context.client.savedViews.remove(view.id, { expectedVersion: view.version });
      this.#pickedId = '';
      announce(desk.views.removed(view.name));
    } catch (error) {
      announce(errorText(error, context.messages));
    }
    this.#host.requestUpdate();
  }
}
