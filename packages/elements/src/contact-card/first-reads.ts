import type { EarlyReads } from '@rapport/adapter-rest/early-reads';
import type { ListQuery } from '@rapport/core';
import { LARGEST_PAGE } from '../base/largest-page.js';

/** A contact's activities, newest first: the card's timeline. */
export const timelineListQuery = (contactId: string): ListQuery => ({ where: { contactId }, sort: [{ field: 'at', direction: 'desc' }] });

/**
 * What a card reads first over a server: its contact, the timeline's first page and the measures
 * the server keeps. The CDN entry asks for them while the card's code downloads.
 */
export function startContactCardReads(card: Element, reads: EarlyReads): void {
  const contactId = card.getAttribute('contact-id');
  if (!contactId) return;
  reads.record('contacts', contactId);
  reads.list('activities', { ...timelineListQuery(contactId), limit: LARGEST_PAGE });
  reads.measures('contacts', contactId);
}
