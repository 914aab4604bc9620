import { html, type TemplateResult } from 'lit';
import { initialsOf } from '../contact-card/initials.js';
import type { MemberView } from './member-directory.js';

/** A picture URL fit for `<img src>` on any page: `https:` (no mixed content) or an inline image. */
export function safeAvatarUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  if (/^data:image\/(png|jpeg|gif|webp)[;,]/i.test(url)) return url;
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A member's picture, else their initials (林静 → 林, Emma Clarke → EC); decorative, since the name sits beside it. */
export function renderMemberAvatar(member: Pick<MemberView, 'name' | 'avatarUrl'>): TemplateResult {
  const avatarUrl = safeAvatarUrl(member.avatarUrl);
  return avatarUrl
    ? html`<img part="avatar" class="avatar" src=${avatarUrl} alt="" />`
    : html`<span part="avatar" class="avatar" aria-hidden="true">${initialsOf(member.name)}</span>`;
}
