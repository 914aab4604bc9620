import type { CrmClient } from '@rapport/core';
import type { QueryTarget } from '../base/query-controller.js';
import { contactCardChunks } from './contact-card.chunks.js';
import type { Relationship, ValueRules } from './relationship.js';

/**
 * The relationship measures of one contact. A server keeps them (its automation worker works
 * them out when the customer's records change), so over one the card reads that single record;
 * over local storage the card works them out from the contact's own records, in a chunk of its
 * own. Either way nothing is read about other customers.
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
