import type { CrmError, FieldDefinition, ListQueryKey, Page, Ticket } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { fieldDefinitionsQuery } from '../base/custom-field-display.js';
import { customFieldDraft, editableDefinitions, readCustomFieldDraft, renderCustomFieldEditor, type CustomFieldDraftValue } from '../base/custom-field-editor.js';
import { customFieldEditorMessages } from '../base/custom-field-editor.messages.js';
import { chunkMessages } from '../base/locale/chunk-messages.js';
import { QueryController } from '../base/query-controller.js';
import type { TicketActions } from './ticket-actions.js';
import type { TicketDetailMessages } from './ticket-detail.messages.js';
import type { WidgetContext, WidgetHost } from './widget-context.js';

/**
 * The tenant's ticket fields (`fieldDefinitions` of `tickets`) on the open ticket: one input per
 * active field, saved together; a value a field does not accept says what it expects and is kept.
 */
export class TicketFields {
  readonly #host: WidgetHost;
  readonly #definitions: QueryController<Page<FieldDefinition>, CrmError, ListQueryKey<'fieldDefinitions'>>;
  /** The draft, for the ticket and version it started from; edits survive the ticket's own re-renders. */
  #draft: { ticketId: string; version: number; values: Record<string, CustomFieldDraftValue>; dirty: boolean } | undefined;
  #errors: Record<string, string> = {};

  constructor(host: WidgetHost, context: () => WidgetContext | undefined) {
    this.#host = host;
    this.#definitions = new QueryController(host, () => {
      const client = context()?.client;
      return client ? fieldDefinitionsQuery(client, 'tickets') : undefined;
    });
  }

  #draftOf(ticket: Ticket, definitions: readonly FieldDefinition[]): Record<string, CustomFieldDraftValue> {
    const draft = this.#draft;
    const stale = !draft || draft.ticketId !== ticket.id || (!draft.dirty && draft.version !== ticket.version);
    if (stale) {
      if (draft?.ticketId !== ticket.id) this.#errors = {};
      this.#draft = { ticketId: ticket.id, version: ticket.version, values: customFieldDraft(ticket.customFields ?? {}, definitions), dirty: false };
    }
    return this.#draft!.values;
  }

  render(ticket: Ticket, actions: TicketActions, { format }: WidgetContext, d: TicketDetailMessages): TemplateResult | typeof nothing {
    const definitions = this.#definitions.result?.data?.items ?? [];
    if (editableDefinitions(definitions).length === 0) return nothing;
    const messages = chunkMessages(this.#host, customFieldEditorMessages, format.locale) ?? customFieldEditorMessages.en;
    const draft = this.#draftOf(ticket, definitions);
    const save = (event: Event) => {
      event.preventDefault();
      const reading = readCustomFieldDraft(draft, definitions, messages, format.locale);
      this.#errors = reading.errors;
      this.#host.requestUpdate();
      if (Object.keys(reading.errors).length > 0) return;
      if (this.#draft) this.#draft.dirty = false;
      void actions.change(ticket, { customFields: { ...(ticket.customFields ?? {}), ...reading.values } });
    };
    return html`<form part="ticket-fields" class="stack ticket-fields" novalidate aria-labelledby="ticket-fields-label" @submit=${save}>
      <h4 id="ticket-fields-label" class="muted">${d.fields.label}</h4>
      <div class="ticket-fields-grid">
        ${renderCustomFieldEditor({
          definitions,
          draft,
          errors: this.#errors,
          locale: format.locale,
          messages,
          idPrefix: 'ticket',
          onChange: (key, value) => {
            if (!this.#draft) return;
            this.#draft = { ...this.#draft, values: { ...this.#draft.values, [key]: value }, dirty: true };
            this.#host.requestUpdate();
          },
        })}
      </div>
      <div><button part="ticket-fields-save" type="submit" ?disabled=${actions.busy}>${d.fields.save}</button></div>
    </form>`;
  }
}
