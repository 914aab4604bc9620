import type { Channel } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { safeHref } from '../base/safe-href.js';
import type { ContactCardMessages } from './contact-card.messages.js';

/** The link a channel stands for, or `undefined` for one that is shown as text (an address, a fax, an unsafe URL). */
export function channelHref(channel: Channel): string | undefined {
  switch (channel.kind) {
    case 'email':
      return safeHref(`mailto:${channel.value}`);
    case 'phone':
    case 'mobile':
      return safeHref(`tel:${channel.value.replace(/[\s()-]/g, '')}`);
    case 'web':
      return safeHref(channel.value);
    default:
      return undefined;
  }
}

export function renderChannels(channels: readonly Channel[], m: ContactCardMessages): TemplateResult | typeof nothing {
  if (channels.length === 0) return nothing;
  return html`<ul part="channels" class="channels" aria-label=${m.fields.channels}>
    ${channels.map((channel) => {
      const href = channelHref(channel);
      const kind = channel.label ?? m.channelKinds[channel.kind];
      return html`<li class="channel">
        <span class="channel-kind">${kind}</span>
        ${href ? html`<a part="channel-link" href=${href} target=${channel.kind === 'web' ? '_blank' : nothing} rel="noopener noreferrer">${channel.value}</a>` : html`<span>${channel.value}</span>`}
      </li>`;
    })}
  </ul>`;
}
