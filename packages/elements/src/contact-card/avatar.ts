import type { Contact } from '@rapport/core';
import { html, type TemplateResult } from 'lit';
import { initialsOf } from './initials.js';

/** The photo when it is served over https, else the initials; decorative, since the name sits beside it. */
export function renderAvatar(contact: Contact): TemplateResult {
  if (contact.avatarUrl?.startsWith('https://')) {
    return html`<img part="avatar" class="avatar" src=${contact.avatarUrl} alt="" />`;
  }
  return html`<span part="avatar" class="avatar" aria-hidden="true">${initialsOf(contact.name, contact.familyName, contact.givenName)}</span>`;
}
