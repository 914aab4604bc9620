import { html, type TemplateResult } from 'lit';
import type { Messages } from '../base/locale/messages.js';
import type { ViewMessages } from './contact-card-views.messages.js';
import type { ConflictRow } from './contact-draft.js';

export interface ConflictNoticeProps {
  readonly rows: readonly ConflictRow[];
  readonly m: ViewMessages;
  readonly messages: Messages;
  /** How a field path reads to the user (`channels.0.value` → `Email`). */
  readonly labelOf: (path: string) => string;
  readonly onReloadTheirs: () => void;
  readonly onReapplyMine: () => void;
}

/** Someone else saved first: both versions side by side, and the user decides. */
export function renderConflictNotice(props: ConflictNoticeProps): TemplateResult {
  const m = props.m.conflict;
  return html`<div part="conflict" class="conflict" role="alert">
    <strong>${m.title}</strong>
    <p>${m.explanation}</p>
    <table>
      <thead>
        <tr>
          <td></td>
          <th scope="col">${m.theirs}</th>
          <th scope="col">${m.yours}</th>
        </tr>
      </thead>
      <tbody>
        ${props.rows.map(
          (row) => html`<tr>
            <th scope="row">${props.labelOf(row.path)}</th>
            <td>${row.theirs || props.messages.common.notSet}</td>
            <td>${row.yours || props.messages.common.notSet}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <div class="form-actions">
      <button type="button" @click=${props.onReloadTheirs}>${m.reload}</button>
      <button class="primary" type="button" @click=${props.onReapplyMine}>${m.reapply}</button>
    </div>
  </div>`;
}
