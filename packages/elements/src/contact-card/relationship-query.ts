import type { CrmClient } from '@rapport/core';
import { allPagesQuery, listAll } from '../base/list-all.js';
import type { QueryTarget } from '../base/query-controller.js';
import { contactCardChunks } from './contact-card.chunks.js';
import type { Relationship, ValueRules } from './relationship.js';

/**
 * The relationship measures of one contact, loaded through the client. Everyone's orders (for
 * RFM ranking) are cached under their own key, so the cards of a page share one load. The domain
 * rules that turn them into measures are a chunk of their own, fetched alongside the records.
 */
export function relationshipQuery(client: CrmClient, contactId: string, rules: ValueRules): QueryTarget<Relationship> {
  return {
    queryClient: client.queryClient,
    options: {
      queryKey: ['rapport', 'relationship', contactId, rules],
      queryFn: async ({ signal }) => {
        const [{ assessRelationship }, [orders, everyonesOrders, activities, deals, tickets, responses]] = await Promise.all([
          contactCardChunks.relationship(),
          Promise.all([
            listAll(client.orders, { where: { contactId } }, signal),
            client.queryClient.fetchQuery(allPagesQuery(client.queryClient, client.orders, {}).options),
            client.activities.list({ where: { contactId }, sort: [{ field: 'at', direction: 'desc' }], limit: 1 }, { signal }),
            listAll(client.deals, { where: { contactId } }, signal),
            listAll(client.tickets, { where: { requesterId: contactId } }, signal),
            listAll(client.surveyResponses, { where: { contactId } }, signal),
          ]),
        ]);
        const surveyIds = [...new Set(responses.map((response) => response.surveyId))];
        const surveys = surveyIds.length === 0 ? [] : await listAll(client.surveys, { where: { id: { in: surveyIds } } }, signal);
        return assessRelationship(
          contactId,
          { orders, everyonesOrders: everyonesOrders.items, activities: activities.items, deals, tickets, responses, surveys },
          client.now(),
          rules,
        );
      },
    },
  };
}
