import { html, type TemplateResult } from 'lit';
import { fileSize, renderAttachments, renderRefusedFiles } from './attachment-list.js';
import { humanFileTypes } from './attachment-kinds.js';
import type { AttachmentPolicy } from './attachment-policy.js';
import type { SubmitFlow } from './submit-flow.js';
import type { WidgetContext } from './widget-context.js';

/**
 * The request form's attachments: an "Add files" button that opens the system's picker (the
 * keyboard's way in), an area files can be dropped on, the hint in words rather than MIME types,
 * the chosen files with a remove button each, and for each file refused what would be accepted.
 */
export function renderFilePicker(flow: SubmitFlow, policy: AttachmentPolicy, context: WidgetContext): TemplateResult {
  const { m, messages, format } = context;
  const types = format.list(humanFileTypes(policy.acceptedTypes, m.form.fileKinds));
  const maxSize = fileSize(policy.maxSize, format.locale);
  const attach = (event: Event) => {
    const input = event.target as HTMLInputElement;
    void flow.attach([...(input.files ?? [])], policy);
    // Cleared, so choosing the same file again after removing it is seen as a change.
    input.value = '';
  };
  const choose = (event: Event) => ((event.currentTarget as HTMLElement).parentElement?.querySelector('input[type="file"]') as HTMLInputElement | null)?.click();
  const over = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    (event.currentTarget as HTMLElement).toggleAttribute('data-over', true);
  };
  const leave = (event: DragEvent) => (event.currentTarget as HTMLElement).toggleAttribute('data-over', false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    (event.currentTarget as HTMLElement).toggleAttribute('data-over', false);
    void flow.attach([...(event.dataTransfer?.files ?? [])], policy);
  };
  // The removed file's button goes away: focus stays in the picker, on its button.
  const remove = (index: number, event?: Event) => {
    ((event?.target as Element | undefined)?.getRootNode() as ShadowRoot | undefined)?.getElementById('files-button')?.focus();
    flow.detach(index);
  };
  return html`<div part="field file-picker" class="field" role="group" aria-labelledby="files-label">
    <span id="files-label" class="label">${m.form.attachments}</span>
    <div part="drop-zone" class="drop-zone" @dragenter=${over} @dragover=${over} @dragleave=${leave} @drop=${drop}>
      <button part="file-button" id="files-button" type="button" aria-describedby="files-hint" @click=${choose}>${m.form.chooseFiles}</button>
      <span class="muted" aria-hidden="true">${m.form.dropFiles}</span>
      <input id="files" type="file" multiple hidden accept=${policy.acceptedTypes.join(',')} @change=${attach} />
    </div>
    <span id="files-hint" class="muted">${m.form.attachmentHint(types, maxSize)}</span>
    ${renderRefusedFiles(flow.refused, policy, context)}
    ${renderAttachments(flow.draft.attachments, format.locale, {
      label: messages.common.remove,
      onRemove: (index, event) => remove(index, event),
    })}
  </div>`;
}
