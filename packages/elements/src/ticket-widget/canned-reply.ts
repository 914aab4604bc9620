import type { Contact, Ticket } from '@rapport/core';

/** `{{ requester.firstName }}`: a name in double braces, spaces allowed inside. */
const PLACEHOLDER = /\{\{\s*([A-Za-z][\w.]*)\s*\}\}/g;

/** What a canned reply's placeholders are filled with: each name, or `undefined` where it is not known. */
export type PlaceholderValues = Readonly<Record<string, string | undefined>>;

/** The draft with `body` added: in place of an empty draft, else after what is there as a new paragraph. */
export function withCannedReply(draft: string, body: string): string {
  const kept = draft.trimEnd();
  return kept ? `${kept}\n\n${body}` : body;
}

/** `body` with every placeholder it knows a value for filled; unknown ones stay as written, for the agent to see and replace. */
export function fillPlaceholders(body: string, values: PlaceholderValues): string {
  return body.replace(PLACEHOLDER, (written, name: string) => values[name] ?? written);
}

/** The placeholders still in `text`, each once, as written. */
export function unfilledPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map(([written]) => written))];
}

/**
 * How to greet a person: their given name when the contact has one; else the first word of a name
 * written with spaces (`Ada Lovelace`); a name without spaces (`王小明`) is used whole, since its
 * given name cannot be told apart.
 */
export function firstNameOf(person: Pick<Contact, 'name' | 'givenName'>): string {
  if (person.givenName) return person.givenName;
  const words = person.name.trim().split(/\s+/);
  return words.length > 1 ? (words[0] ?? person.name) : person.name;
}

/** The values of the placeholders a canned reply may hold, for one ticket, its requester and the agent answering. */
export function placeholderValues(ticket: Ticket, requester: Pick<Contact, 'name' | 'givenName'> | undefined, agentName: string | undefined): PlaceholderValues {
  const person = requester ?? (ticket.requesterName ? { name: ticket.requesterName } : undefined);
  const number = (ticket as { readonly number?: number }).number;
  return {
    'requester.name': person?.name,
    'requester.firstName': person ? firstNameOf(person) : undefined,
    'ticket.number': number === undefined ? undefined : String(number),
    'ticket.subject': ticket.subject,
    'agent.name': agentName,
  };
}
