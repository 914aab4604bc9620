import type { MessageVisibility, TicketStatus } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { issueText } from '../base/locale/error-text.js';
import { fileSize, renderAttachments, renderRefusedFiles } from './attachment-list.js';
import { humanFileTypes } from './attachment-kinds.js';
import { chunkMessages } from '../base/locale/chunk-messages.js';
import { renderField } from './form-field.js';
import { ticketDetailMessages } from './ticket-detail.messages.js';
import { ticketDetailStyles } from './ticket-detail.styles.js';
import { adoptViewStyles } from '../base/view-styles.js';
import type { TicketActions } from './ticket-actions.js';
import type { WidgetContext } from './widget-context.js';

/** The agent's extras: reply or internal note, what to set the status to in the same step, and prepared replies. */
export interface AgentReplyOptions {
  readonly visibility: MessageVisibility;
  /** The statuses "send and mark …" offers (the ticket's own is left out). */
  readonly thenStatuses: readonly TicketStatus[];
  readonly onVisibility: (visibility: MessageVisibility) => void;
  /** The canned replies' picker and manager. */
  readonly cannedReplies?: TemplateResult | typeof nothing;
  /** Said of the draft under it: the placeholders a canned reply left to replace. */
  readonly draftNotice?: TemplateResult | typeof nothing;
}

/** Arrow keys, Home and End move between the items of the "send and mark" menu. */
function moveInMenu(event: KeyboardEvent): void {
  const items = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  const at = items.indexOf(event.target as HTMLButtonElement);
  const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  items[(next + items.length) % items.length]?.focus();
}

/**
 * The reply box under a thread, with files to attach (checked against the widget's policy before
 * they are read). Agents choose between a public reply and an internal note, and may send and set
 * the status in one step from the split button beside "Send".
 */
export function renderReplyForm(context: WidgetContext, actions: TicketActions, onSend: (then?: TicketStatus) => void, agent?: AgentReplyOptions): TemplateResult {
  const { m, messages, format, attachments: policy } = context;
  // Until its strings arrive (a moment, the first time in a translated locale) the box shows without its extras.
  adoptViewStyles(actions.host, [ticketDetailStyles]);
  const d = chunkMessages(actions.host, ticketDetailMessages, format.locale);
  const internal = agent?.visibility === 'internal';
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    onSend();
  };
  const host = (event: Event) => (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
  const chooseFiles = (event: Event) => host(event).getElementById('reply-files')?.click();
  const attach = (event: Event) => {
    const input = event.target as HTMLInputElement;
    void actions.attach([...(input.files ?? [])], policy);
    input.value = '';
  };
  const sendAnd = (event: Event, status: TicketStatus) => {
    (host(event).getElementById('send-menu') as HTMLElement | null)?.hidePopover();
    onSend(status);
  };
  const menuToggled = (event: ToggleEvent) => {
    if (event.newState === 'open') (event.target as HTMLElement).querySelector<HTMLElement>('[role="menuitem"]')?.focus();
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
    ${agent?.draftNotice ?? nothing}
    ${renderAttachments(actions.draftAttachments, format.locale, { label: messages.common.remove, onRemove: (index) => actions.detach(index) })}
    ${renderRefusedFiles(actions.refused, policy, context)}
    <div class="row reply-actions">
      <span class="split-button">
        <button part="reply-button" class="primary" type="submit" ?disabled=${actions.busy}>${internal ? m.thread.addNote : m.thread.send}</button>
        ${d && agent && agent.thenStatuses.length > 0
          ? html`<button part="send-menu-button" class="primary" type="button" popovertarget="send-menu" aria-haspopup="menu" aria-label=${d.sendAndSet} ?disabled=${actions.busy}>▾</button>
              <div id="send-menu" part="send-menu" class="menu" popover role="menu" aria-label=${d.sendAndSet} @keydown=${moveInMenu} @toggle=${menuToggled}>
                ${agent.thenStatuses.map(
                  (status) => html`<button role="menuitem" type="button" tabindex="-1" @click=${(event: Event) => sendAnd(event, status)}>
                    ${d.sendAndMark(internal ? m.thread.addNote : m.thread.send, m.status[status])}
                  </button>`,
                )}
              </div>`
          : nothing}
      </span>
      ${d
        ? html`<button part="attach-button" type="button" aria-describedby="reply-files-hint" @click=${chooseFiles}>${d.attach}</button>
            <input id="reply-files" type="file" multiple hidden accept=${policy.acceptedTypes.join(',')} @change=${attach} />`
        : nothing}
      ${agent?.cannedReplies ?? nothing}
    </div>
    ${d ? html`<span id="reply-files-hint" class="muted">${m.form.attachmentHint(format.list(humanFileTypes(policy.acceptedTypes, m.form.fileKinds)), fileSize(policy.maxSize, format.locale))}</span>` : nothing}
  </form>`;
}
