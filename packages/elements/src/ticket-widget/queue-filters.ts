import type { TicketPriority } from '@rapport/core';
import { html, type TemplateResult } from 'lit';
import type { Agent } from './agent.js';
import type { DeskMessages } from './desk.messages.js';
import { ticketPriorities, ticketStatuses, type QueueFilter, type StatusFilter } from './queue.js';
import { slaStates, type SlaState } from './ticket-sla.js';
import type { WidgetContext } from './widget-context.js';

export interface QueueFiltersProps {
  readonly context: WidgetContext;
  readonly status: StatusFilter;
  readonly filter: QueueFilter;
  readonly agents: readonly Agent[];
  readonly agentId: string;
  readonly onStatus: (status: StatusFilter) => void;
  readonly onFilter: (filter: QueueFilter) => void;
}

/** Marks the "unassigned" choice of the assignee filter, which no agent id can be. */
const UNASSIGNED = '\u0000unassigned';

// Each select's value is set as well as its options' `selected`: once the agent has chosen, only the
// value follows a saved view.

/** The queue's filters: status (asked of the adapter), priority, assignee and SLA state (applied to the loaded queue). */
export function renderQueueFilters({ context, status, filter, agents, agentId, onStatus, onFilter }: QueueFiltersProps): TemplateResult {
  const { m } = context;
  const value = (event: Event) => (event.target as HTMLSelectElement).value;
  const option = (optionValue: string, label: string, selected: boolean) => html`<option value=${optionValue} ?selected=${selected}>${label}</option>`;
  const assignee = filter.assignee === null ? UNASSIGNED : (filter.assignee ?? '');
  return html`<div part="filters" class="filters" role="group" aria-label=${m.queue.filters}>
    <label
      >${m.queue.status}
      <select .value=${status} @change=${(event: Event) => onStatus(value(event) as StatusFilter)}>
        ${option('unresolved', m.queue.unresolved, status === 'unresolved')} ${option('', m.queue.any, status === '')}
        ${ticketStatuses.map((s) => option(s, m.status[s], status === s))}
      </select></label
    >
    <label
      >${m.queue.priority}
      <select .value=${filter.priority ?? ''} @change=${(event: Event) => onFilter({ ...filter, priority: (value(event) || undefined) as TicketPriority | undefined })}>
        ${option('', m.queue.any, filter.priority === undefined)} ${ticketPriorities.map((p) => option(p, m.priority[p], filter.priority === p))}
      </select></label
    >
    <label
      >${m.queue.assignee}
      <select .value=${assignee} @change=${(event: Event) => onFilter({ ...filter, assignee: value(event) === UNASSIGNED ? null : value(event) || undefined })}>
        ${option('', m.queue.any, assignee === '')} ${option(UNASSIGNED, m.queue.unassigned, assignee === UNASSIGNED)}
        ${agents.map((agent) => option(agent.id, agent.id === agentId ? `${m.queue.me} · ${agent.name}` : agent.name, assignee === agent.id))}
      </select></label
    >
    <label
      >${m.queue.sla}
      <select .value=${filter.sla ?? ''} @change=${(event: Event) => onFilter({ ...filter, sla: (value(event) || undefined) as SlaState | undefined })}>
        ${option('', m.queue.any, filter.sla === undefined)} ${slaStates.map((state) => option(state, m.sla.states[state], filter.sla === state))}
      </select></label
    >
  </div>`;
}

export interface QueueSearchProps {
  readonly desk: DeskMessages;
  /** What the agent typed, kept as typed. */
  readonly value: string;
  readonly onInput: (value: string) => void;
}

/** The queue's search box: number (`#1042` or `1042`), subject, message text or requester. */
export function renderQueueSearch({ desk, value, onInput }: QueueSearchProps): TemplateResult {
  return html`<input
    part="search"
    class="search"
    type="search"
    .value=${value}
    aria-label=${desk.search.label}
    placeholder=${desk.search.placeholder}
    @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
  />`;
}
