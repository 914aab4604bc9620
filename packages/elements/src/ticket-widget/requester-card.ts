import { fetchOnce } from '../base/fetch-once.js';
import { defineScoped, scopedTagName } from '../base/registry.js';

const cardModule = fetchOnce(() => import('../contact-card/contact-card.js'));

/**
 * The tag of the requester's card in `host`'s registration (`crm-contact-card` beside
 * `<crm-ticket-widget>`). A page that registered only the ticket widget has no card yet: it is
 * fetched and registered here, on the desk's first open ticket, so the widget's first load stays
 * without it. A failed fetch leaves the card empty until the desk renders again.
 */
export function requesterCardTag(host: Element): string {
  const tagName = scopedTagName(host, 'contact-card');
  if (!customElements.get(tagName)) {
    const prefix = tagName.slice(0, -'contact-card'.length);
    cardModule().then(({ CrmContactCard }) => defineScoped(prefix, 'contact-card', CrmContactCard), () => undefined);
  }
  return tagName;
}
