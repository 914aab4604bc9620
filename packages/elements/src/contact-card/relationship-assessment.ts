import type { CrmClient } from '@rapport/core';
import { customerMeasures, serviceRecord, type ValueRules } from '@rapport/core/domain';
import { listAll } from '../base/list-all.js';
import type { Relationship } from './relationship.js';

/**
 * Works the measures out in the page, for a storage that does not keep them: from the contact's
 * own records only. RFM ranks a customer against all the others, which the storage reads, so it is
 * left out here.
 */
export async function assessRelationship(client: CrmClient, contactId: string, rules: ValueRules | undefined, signal: AbortSignal): Promise<Relationship> {
  const [orders, activities, deals, tickets, responses] = await Promise.all([
    listAll(client.orders, { where: { contactId } }, signal),
    client.activities.list({ where: { contactId }, sort: [{ field: 'at', direction: 'desc' }], limit: 1 }, { signal }),
    listAll(client.deals, { where: { contactId } }, signal),
    listAll(client.tickets, { where: { requesterId: contactId } }, signal),
    listAll(client.surveyResponses, { where: { contactId } }, signal),
  ]);
  const surveyIds = [...new Set(responses.map((response) => response.surveyId))];
  const surveys = surveyIds.length === 0 ? [] : await listAll(client.surveys, { where: { id: { in: surveyIds } } }, signal);
  const now = client.now();
  return customerMeasures(contactId, 'contact', { orders, activities: activities.items, deals, service: serviceRecord(tickets, now), responses, surveys }, now, rules);
}
