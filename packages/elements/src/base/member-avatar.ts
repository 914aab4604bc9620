import { html, type TemplateResult } from 'lit';
import { initialsOf } from '../contact-card/initials.js';
import type { MemberView } from './member-directory.js';

/** A member's picture, else their initials (林静 → 林, Emma Clarke → EC); decorative, since the name sits beside it. */
export function renderMemberAvatar(member: Pick<MemberView, 'name' | 'avatarUrl'>): TemplateResult {
  return member.avatarUrl
    ? html`<img part="avatar" class="avatar" src=${member.avatarUrl} alt="" />`
    : html`<span part="avatar" class="avatar" aria-hidden="true">${initialsOf(member.name)}</span>`;
}
