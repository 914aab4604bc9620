type JsonSchema = Record<string, unknown>;

const problems = (...statuses: number[]) => Object.fromEntries(statuses.map((status) => [String(status), { $ref: `#/components/responses/${status}` }]));
const sessionParameter = { name: 'sessionId', in: 'path', required: true, description: 'A random id the page chose for itself', schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,100}$' } };

/** Who has which ticket open: said by each staff page, heard on the change stream as `event: presence`. */
export const presencePaths: Record<string, JsonSchema> = {
  '/v1/presence/{sessionId}': {
    parameters: [sessionParameter],
    put: {
      operationId: 'presence.put',
      summary: 'Say a desk has a ticket open (and whether its agent is typing); repeat every 15 s as a heartbeat',
      description: 'Staff who may read tickets only. Kept in memory for 45 s after the last call, never stored.',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['topic', 'userId', 'typing'],
              properties: {
                topic: { type: 'string', pattern: '^tickets/[^/\\s]{1,200}$' },
                userId: { type: 'string', minLength: 1, maxLength: 200 },
                name: { type: 'string', maxLength: 200 },
                typing: { type: 'boolean' },
              },
            },
          },
        },
      },
      responses: { '204': { description: 'Present' }, ...problems(400, 401, 403) },
    },
    delete: {
      operationId: 'presence.delete',
      summary: 'Say a desk left its ticket',
      responses: { '204': { description: 'Gone' }, ...problems(401, 403) },
    },
  },
};
