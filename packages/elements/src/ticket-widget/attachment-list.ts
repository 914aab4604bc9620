import { humanFileTypes } from './attachment-kinds.js';
import type { Attachment } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { attachmentHref, type AttachmentPolicy } from './attachment-policy.js';
import type { RefusedFile } from './attachment-reader.js';
import type { WidgetContext } from './widget-context.js';

const sizeFormats = new Map<string, Intl.NumberFormat>();

/** A byte count as the reader's locale writes it: `820 kB`, `1 MB`. */
export function fileSize(bytes: number, locale: string): string {
  const unit = bytes >= 1e6 ? 'megabyte' : 'kilobyte';
  const key = `${locale}:${unit}`;
  let format = sizeFormats.get(key);
  if (!format) sizeFormats.set(key, (format = new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 })));
  return format.format(bytes / (unit === 'megabyte' ? 1e6 : 1e3));
}

/**
 * Attached files by name and size; a file opens (or downloads) only from a link `attachmentHref`
 * allows. With `remove`, each file gets a button that takes it off a draft.
 */
export function renderAttachments(
  attachments: readonly Attachment[],
  locale: string,
  remove?: { readonly label: (name: string) => string; readonly onRemove: (index: number, event: Event) => void },
): TemplateResult | typeof nothing {
  if (attachments.length === 0) return nothing;
  return html`<ul part="attachments" class="attachments">
    ${attachments.map((attachment, index) => {
      const href = attachmentHref(attachment);
      return html`<li part="attachment" class="attachment">
        ${href ? html`<a href=${href} download=${attachment.name} target="_blank" rel="noopener noreferrer">${attachment.name}</a>` : attachment.name}
        <span class="muted">${fileSize(attachment.size, locale)}</span>
        ${remove
          ? html`<button part="attachment-remove" type="button" aria-label=${remove.label(attachment.name)} @click=${(event: Event) => remove.onRemove(index, event)}>×</button>`
          : nothing}
      </li>`;
    })}
  </ul>`;
}

/** Why each of the files just chosen was not attached, with what would be accepted, announced as they appear. */
export function renderRefusedFiles(refused: readonly RefusedFile[], policy: AttachmentPolicy, { m, format }: WidgetContext): TemplateResult | typeof nothing {
  if (refused.length === 0) return nothing;
  const types = format.list(humanFileTypes(policy.acceptedTypes, m.form.fileKinds));
  const maxSize = fileSize(policy.maxSize, format.locale);
  const text = ({ name, problem }: RefusedFile) => (problem === 'type' ? m.form.wrongType(name, types) : problem === 'size' ? m.form.tooLarge(name, maxSize) : m.form.unreadable(name));
  return html`<div part="field-error" class="field-error file-errors" role="alert">${refused.map((file) => html`<div part="file-error">${text(file)}</div>`)}</div>`;
}
