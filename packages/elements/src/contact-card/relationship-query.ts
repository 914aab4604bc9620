import type { CrmClient } from '@rapport/core';
import type { QueryTarget } from '../base/query-controller.js';
import { contactCardChunks } from './contact-card.chunks.js';
import type { Relationship, ValueRules } from './relationship.js';

/**
 * The relationship measures of one contact. A storage that keeps them (a server's automation
 * worker; the memory and IndexedDB adapters, which hold every customer's orders) hands over that
 * single record; over one without, the card works them out from the contact's own records, in a
 * chunk of its own, and without RFM. Either way the card reads nothing about other customers.
 */
export function relationshipQuery(client: CrmClient, contactId: string, rules: ValueRules | undefined): QueryTarget<Relationship> {
  const { adapter } = client;
  return {
    queryClient: client.queryClient,
    options: {
      queryKey: ['rapport', 'relationship', contactId, adapter.customerMeasures ? 'kept' : (rules ?? 'default')],
      queryFn: async ({ signal }) => {
        if (adapter.customerMeasures) return adapter.customerMeasures('contact', contactId, { signal });
        const { assessRelationship } = await contactCardChunks.relationship();
        return assessRelationship(client, contactId, rules, signal);
      },
    },
  };
}
