import type { MessageVisibility } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { issueText } from '../base/locale/error-text.js';
import { withCannedReply, type CannedReply } from './canned-reply.js';
import { renderField } from './form-field.js';
import type { TicketActions } from './ticket-actions.js';
import type { WidgetContext } from './widget-context.js';

/** The agent's extras: reply or internal note, and prepared replies. */
export interface AgentReplyOptions {
  readonly visibility: MessageVisibility;
  readonly cannedReplies: readonly CannedReply[];
  readonly onVisibility: (visibility: MessageVisibility) => void;
}

/** The reply box under a thread; agents choose between a public reply and an internal note. */
export function renderReplyForm(context: WidgetContext, actions: TicketActions, onSend: () => void, agent?: AgentReplyOptions): TemplateResult {
  const { m, messages } = context;
  const internal = agent?.visibility === 'internal';
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    onSend();
  };
  const insert = (event: Event) => {
    const select = event.target as HTMLSelectElement;
    const reply = agent?.cannedReplies[Number(select.value)];
    if (reply) actions.setDraft(withCannedReply(actions.draft, reply.body));
    select.value = '';
  };
  return html`<form part="reply-form" class="stack reply-form ${internal ? 'internal' : ''}" novalidate @submit=${submit}>
    ${agent
      ? html`<fieldset class="choice">
          <legend class="visually-hidden">${m.thread.reply}</legend>
          ${(['public', 'internal'] as const).map(
            (visibility) => html`<label
              ><input type="radio" name="visibility" .checked=${agent.visibility === visibility} @change=${() => agent.onVisibility(visibility)} />
              ${visibility === 'public' ? m.thread.reply : m.thread.note}</label
            >`,
          )}
        </fieldset>`
      : nothing}
    ${renderField('reply', internal ? m.thread.note : m.thread.reply, actions.draftIssues.map((issue) => issueText(issue, messages)), (aria) =>
      html`<textarea id="reply" rows="3" .value=${actions.draft} aria-invalid=${aria.invalid} aria-describedby=${aria.describedBy}
        @input=${(event: Event) => actions.setDraft((event.target as HTMLTextAreaElement).value)}></textarea>`,
    )}
    <div class="row">
      <button part="reply-button" class="primary" type="submit" ?disabled=${actions.busy}>${internal ? m.thread.addNote : m.thread.send}</button>
      ${agent && agent.cannedReplies.length > 0
        ? html`<select part="canned-replies" aria-label=${m.thread.canned} @change=${insert}>
            <option value="">${m.thread.canned}</option>
            ${agent.cannedReplies.map((reply, index) => html`<option value=${index}>${reply.title}</option>`)}
          </select>`
        : nothing}
    </div>
  </form>`;
}
