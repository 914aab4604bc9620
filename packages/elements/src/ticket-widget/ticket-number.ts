import type { Ticket } from '@rapport/core';
import { safeHref } from '../base/safe-href.js';

/** The ticket's short reference as people quote it (`#1042`), once the store has given it one. */
export function ticketReference(ticket: Ticket): string | undefined {
  const number: unknown = (ticket as { readonly number?: unknown }).number;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? `#${number}` : undefined;
}

/**
 * The host's page for following `ticket`: `template` with `{id}` and `{number}` filled in, resolved
 * against the page's address, shown only when it is then an `https:` (or `mailto:`) link. A
 * template that needs a number the ticket does not have yet gives no link.
 */
export function followHref(template: string, ticket: Ticket): string | undefined {
  if (!template) return undefined;
  const number = ticketReference(ticket)?.slice(1);
  if (template.includes('{number}') && !number) return undefined;
  const filled = template.replaceAll('{id}', encodeURIComponent(ticket.id)).replaceAll('{number}', number ?? '');
  try {
    return safeHref(new URL(filled, document.baseURI).href);
  } catch {
    return undefined;
  }
}
