import type { Account, Contact, CrmClient, RequestOptions } from '@rapport/core';

/** How many suggestions the search box offers. */
export const SUGGESTION_LIMIT = 8;

/** One suggestion: the contact, with the name of their company when they have one. */
export interface ContactSuggestion {
  readonly contact: Contact;
  readonly company: string | undefined;
}

/**
 * Contacts whose name, email, phone, title or company contains `text`, ignoring case, the best
 * matches first (a search without a sort is ranked: "Ann" before "Annika" before "Joanna"). The
 * storage searches (`q`: a server's trigram index, the local adapters' scan): contacts by their own fields,
 * and accounts by name, whose contacts are added after the direct matches. Company is a second
 * query rather than a copy of the account's name on every contact, which would go stale on rename.
 */
export async function searchContacts(client: CrmClient, text: string, options?: RequestOptions): Promise<ContactSuggestion[]> {
  const q = text.trim();
  if (!q) return [];
  const [direct, companies] = await Promise.all([
    client.contacts.list({ q, limit: SUGGESTION_LIMIT }, options),
    client.accounts.list({ q, limit: SUGGESTION_LIMIT }, options),
  ]);
  const found = [...direct.items];
  const room = SUGGESTION_LIMIT - found.length;
  if (room > 0 && companies.items.length > 0) {
    const atCompanies = await client.contacts.list(
      { where: { accountId: { in: companies.items.map((account) => account.id) } }, limit: SUGGESTION_LIMIT, sort: [{ field: 'name' }] },
      options,
    );
    for (const contact of atCompanies.items) if (found.length < SUGGESTION_LIMIT && !found.some((known) => known.id === contact.id)) found.push(contact);
  }
  const accounts = new Map<string, Account>(companies.items.map((account) => [account.id, account]));
  const missing = [...new Set(found.map((contact) => contact.accountId).filter((id): id is string => id !== undefined && !accounts.has(id)))];
  if (missing.length > 0) {
    const named = await client.accounts.list({ where: { id: { in: missing } }, limit: missing.length }, options);
    for (const account of named.items) accounts.set(account.id, account);
  }
  return found.map((contact) => ({ contact, company: contact.accountId ? accounts.get(contact.accountId)?.name : undefined }));
}
