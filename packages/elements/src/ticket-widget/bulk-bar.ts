import type { SlaPolicy, Ticket, TicketPriority, TicketStatus } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { errorText } from '../base/locale/error-text.js';
import { adoptViewStyles } from '../base/view-styles.js';
import type { Agent } from './agent.js';
import { bulkBarStyles } from './bulk-bar.styles.js';
import { applyBulkChange, type BulkChange } from './bulk-changes.js';
import type { DeskMessages } from './desk.messages.js';
import { ticketPriorities, ticketStatuses } from './queue.js';
import { ticketReference } from './queue-list.js';
import type { WidgetContext, WidgetHost } from './widget-context.js';

export interface BulkBarProps {
  readonly context: WidgetContext;
  readonly desk: DeskMessages;
  readonly agents: readonly Agent[];
  /** The selected tickets the change applies to. */
  readonly tickets: readonly Ticket[];
  readonly policyOf: (ticket: Ticket) => SlaPolicy | undefined;
  /** Tells the agent how it went (announced), and clears the selection of what was updated. */
  readonly onDone: (summary: string, updatedIds: readonly string[]) => void;
}

const UNASSIGN = '\u0000unassign';

/**
 * The change to make to every selected ticket (assignee, status, priority, a tag) and the button
 * that applies it; loaded the first time tickets are selected. The change is kept while tickets
 * are chosen, and applied optimistically: the queue shows it at once, and failures are summed up.
 */
export class BulkBar {
  readonly #host: WidgetHost;
  #change: { assignee: string; status: string; priority: string; tag: string } = { assignee: '', status: '', priority: '', tag: '' };
  #working = 0;

  constructor(host: WidgetHost) {
    this.#host = host;
    adoptViewStyles(host, [bulkBarStyles]);
  }

  #set(field: keyof BulkBar['change'], value: string): void {
    this.#change = { ...this.#change, [field]: value };
    this.#host.requestUpdate();
  }

  get change(): { assignee: string; status: string; priority: string; tag: string } {
    return this.#change;
  }

  /** What is chosen, as a change; empty fields keep each ticket as it is. */
  #bulkChange(): BulkChange {
    const { assignee, status, priority, tag } = this.#change;
    return {
      ...(assignee ? { assigneeId: assignee === UNASSIGN ? null : assignee } : {}),
      ...(status ? { status: status as TicketStatus } : {}),
      ...(priority ? { priority: priority as TicketPriority } : {}),
      ...(tag.trim() ? { tag: tag.trim() } : {}),
    };
  }

  async #apply(props: BulkBarProps): Promise<void> {
    const { context, desk, tickets, policyOf, onDone } = props;
    const change = this.#bulkChange();
    if (Object.keys(change).length === 0 || tickets.length === 0) return;
    this.#working = tickets.length;
    this.#host.requestUpdate();
    const { updated, failed } = await applyBulkChange(context.client, tickets, change, policyOf);
    this.#working = 0;
    this.#change = { assignee: '', status: '', priority: '', tag: '' };
    const { format, messages } = context;
    const done = desk.bulk.done(updated.length, format.number(updated.length));
    const failures = failed.map(({ ticket, error }) => `${ticketReference(ticket) || ticket.subject} (${errorText(error, messages)})`);
    onDone(failed.length ? `${done} ${desk.bulk.failed(failed.length, format.number(failed.length), format.list(failures))}` : done, updated.map((ticket) => ticket.id));
  }

  render(props: BulkBarProps): TemplateResult {
    const { context, desk, agents } = props;
    const { m, format } = context;
    const value = (event: Event) => (event.target as HTMLSelectElement | HTMLInputElement).value;
    const option = (optionValue: string, label: string, selected: boolean) => html`<option value=${optionValue} ?selected=${selected}>${label}</option>`;
    const change = this.#change;
    const busy = this.#working > 0;
    return html`<form
      part="bulk-bar"
      class="bulk-bar"
      aria-label=${desk.bulk.label}
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.#apply(props);
      }}
    >
      <label
        >${desk.bulk.assign}
        <select @change=${(event: Event) => this.#set('assignee', value(event))}>
          ${option('', desk.bulk.unchanged, change.assignee === '')} ${option(UNASSIGN, m.queue.unassigned, change.assignee === UNASSIGN)}
          ${agents.map((agent) => option(agent.id, agent.name, change.assignee === agent.id))}
        </select></label
      >
      <label
        >${desk.bulk.status}
        <select @change=${(event: Event) => this.#set('status', value(event))}>
          ${option('', desk.bulk.unchanged, change.status === '')} ${ticketStatuses.map((status) => option(status, m.status[status], change.status === status))}
        </select></label
      >
      <label
        >${desk.bulk.priority}
        <select @change=${(event: Event) => this.#set('priority', value(event))}>
          ${option('', desk.bulk.unchanged, change.priority === '')} ${ticketPriorities.map((priority) => option(priority, m.priority[priority], change.priority === priority))}
        </select></label
      >
      <label
        >${desk.bulk.addTag}
        <input type="text" maxlength="100" .value=${change.tag} @input=${(event: Event) => this.#set('tag', value(event))} /></label
      >
      <button type="submit" part="bulk-apply" ?disabled=${busy}>${desk.bulk.apply}</button>
      ${busy ? html`<span class="muted">${desk.bulk.working(this.#working, format.number(this.#working))}</span>` : nothing}
    </form>`;
  }
}
