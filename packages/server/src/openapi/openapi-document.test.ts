import { describe, expect, it } from 'vitest';
import { entityNames } from '@rapport/core';
import { ticketStatusSchema } from '@rapport/core/schema';
import { openApiDocument } from './openapi-document.js';

type Json = Record<string, any>;

describe('openApiDocument', () => {
  const document = openApiDocument() as Json;
  const schemas = document.components.schemas as Json;

  it('describes every collection with its list, create, read, update and remove operations', () => {
    for (const name of entityNames) {
      expect(Object.keys(document.paths[`/v1/${name}`])).toEqual(['get', 'post']);
      expect(Object.keys(document.paths[`/v1/${name}/{id}`])).toEqual(['parameters', 'get', 'put', 'patch', 'delete']);
    }
    expect(document.paths['/v1/stream'].get.responses[200].content).toHaveProperty('text/event-stream');
  });

  it('offers bulk upsert on the collections with an externalId, and only there', () => {
    const bulkPaths = Object.keys(document.paths).filter((path) => path.endsWith('/bulk'));
    expect(bulkPaths.sort()).toEqual(['/v1/accounts/bulk', '/v1/contacts/bulk', '/v1/deals/bulk', '/v1/orders/bulk', '/v1/tickets/bulk']);
    expect(schemas.ContactCreate.properties.externalId).toMatchObject({ type: 'string', maxLength: 200 });
    const records = document.paths['/v1/contacts/bulk'].post.requestBody.content['application/json'].schema.properties.records;
    expect(records.maxItems).toBe(1000);
  });

  it('takes its schemas from the entity schemas, as input for writes and output for records', () => {
    expect(schemas.Ticket.properties.status.enum).toEqual(ticketStatusSchema.options);
    expect(schemas.Ticket.required).toEqual(expect.arrayContaining(['id', 'tenantId', 'version', 'status']));
    // Fields with defaults may be left out of a create.
    expect(schemas.TicketCreate.required).not.toContain('status');
    // requesterId is optional: a public page's ticket carries only the visitor's unverified email.
    expect(schemas.TicketCreate.required).toEqual(expect.arrayContaining(['subject', 'description', 'channel']));
    expect(schemas.TicketPatch.required).toBeUndefined();
    expect(schemas.TicketPatch.properties.assigneeId.anyOf).toContainEqual({ type: 'null' });
  });

  it('describes the automation settings, the webhook endpoints and what a receiver gets', () => {
    expect(Object.keys(document.paths['/v1/webhooks'])).toEqual(['get', 'post']);
    expect(document.paths['/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver'].post.responses).toHaveProperty('202');
    expect(schemas.WebhookCreate.required).toEqual(['url', 'events']);
    expect(schemas.WebhookCreate.properties.events.items.enum).toContain('tickets.created');
    expect(schemas.AutomationSettings.properties.detractorFollowUp.properties).toHaveProperty('maxScore');
    expect(document.webhooks.recordChanged.post.parameters.map((parameter: Json) => parameter.name)).toContain('Rapport-Signature');
  });

  it('points every reference at a schema or response it defines', () => {
    const text = JSON.stringify(document);
    for (const [, kind, name] of text.matchAll(/"#\/components\/(schemas|responses)\/([^"]+)"/g)) {
      expect(document.components[kind as string], `${kind}/${name}`).toHaveProperty(name as string);
    }
  });
});
