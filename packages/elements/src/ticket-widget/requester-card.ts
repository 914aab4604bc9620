import { fetchOnce } from '../base/fetch-once.js';
import { defineScoped } from '../base/registry.js';

const cardModule = fetchOnce(() => import('../contact-card/contact-card.js'));

/**
 * The requester's card (`<crm-contact-card>`, or `<acme-contact-card>` beside
 * `<acme-ticket-widget>`), registered if the page has not: a page that registered only the ticket
 * widget fetches the card with the first ticket it opens, so the desk's first load stays without
 * it. A failed fetch leaves the card empty until the ticket renders again.
 */
export function registeredCard(card: Element): Element {
  const tagName = card.localName;
  if (!customElements.get(tagName)) {
    const prefix = tagName.slice(0, -'contact-card'.length);
    cardModule().then(({ CrmContactCard }) => defineScoped(prefix, 'contact-card', CrmContactCard), () => undefined);
  }
  return card;
}
