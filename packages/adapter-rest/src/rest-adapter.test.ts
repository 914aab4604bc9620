import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConflictError, NetworkError, NotFoundError, PermissionError, ValidationError } from '@rapport/core';
import { createRestAdapter, type RestAdapterOptions } from './rest-adapter.js';

interface Sent {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

type Reply = Response | Error | 'hang';

/** A `fetch` that answers from a script and remembers every request. */
function scriptedFetch(replies: Reply[]) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>).map(([key, value]) => [key.toLowerCase(), value]));
    sent.push({ method: init.method ?? 'GET', url: String(input), headers, body: init.body === undefined ? undefined : JSON.parse(String(init.body)) });
    const reply = replies.shift() ?? new Error('no more replies');
    if (reply === 'hang') {
      return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    }
    if (reply instanceof Error) throw reply;
    return reply;
  };
  return { fetch: fetch as typeof globalThis.fetch, sent };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
const record = { id: 'c1', tenantId: 't', version: 1, createdAt: '2025-03-01T09:00:00.000Z', updatedAt: '2025-03-01T09:00:00.000Z', name: 'Ada' };

function adapterWith(replies: Reply[], options: Partial<RestAdapterOptions> = {}) {
  const script = scriptedFetch(replies);
  const adapter = createRestAdapter({ baseUrl: 'https://crm.example/', token: 'sk_test', retryDelayMs: 1, fetch: script.fetch, ...options });
  return { adapter, sent: script.sent };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('REST adapter requests', () => {
  it('sends the bearer token and reads a record', async () => {
    const { adapter, sent } = adapterWith([json(200, record)]);
    expect(await adapter.get('contacts', 'c 1')).toEqual(record);
    expect(sent[0]).toMatchObject({ method: 'GET', url: 'https://crm.example/v1/contacts/c%201', headers: { authorization: 'Bearer sk_test' } });
  });

  it('puts a list query in the URL', async () => {
    const { adapter, sent } = adapterWith([json(200, { items: [], nextCursor: null, total: 0 })]);
    await adapter.list('deals', { where: { stageId: 'won', amount: { gte: 100 } }, sort: [{ field: 'amount', direction: 'desc' }, { field: 'name' }], limit: 20, cursor: 'abc' });
    const url = new URL(sent[0]?.url ?? '');
    expect(url.pathname).toBe('/v1/deals');
    expect(JSON.parse(url.searchParams.get('where') ?? '')).toEqual({ stageId: 'won', amount: { gte: 100 } });
    expect([url.searchParams.get('sort'), url.searchParams.get('limit'), url.searchParams.get('cursor')]).toEqual(['-amount,name', '20', 'abc']);
  });

  it('sends the expected version as If-Match and clears undefined members with null', async () => {
    const { adapter, sent } = adapterWith([json(200, { ...record, version: 4 })]);
    await adapter.update('contacts', 'c1', { title: undefined, region: 'east' }, { expectedVersion: 3 });
    expect(sent[0]).toMatchObject({ method: 'PATCH', headers: { 'if-match': '"3"', 'content-type': 'application/merge-patch+json' }, body: { title: null, region: 'east' } });
  });

  it('creates with a chosen id through PUT that must not replace anything', async () => {
    const { adapter, sent } = adapterWith([json(201, { ...record, id: 'mine' })]);
    await adapter.create('contacts', { name: 'Ada' }, { id: 'mine', idempotencyKey: 'k1' });
    expect(sent[0]).toMatchObject({ method: 'PUT', url: 'https://crm.example/v1/contacts/mine', headers: { 'if-none-match': '*', 'idempotency-key': 'k1' } });
  });
});

describe('REST adapter retries', () => {
  it('retries a create after a 503 and a network failure, with the same idempotency key', async () => {
    const { adapter, sent } = adapterWith([json(503, {}), new TypeError('fetch failed'), json(201, record)]);
    expect(await adapter.create('contacts', { name: 'Ada' })).toEqual(record);
    const keys = sent.map((request) => request.headers['idempotency-key']);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('waits as long as a 429 says in Retry-After before trying again', async () => {
    vi.useFakeTimers();
    const { adapter, sent } = adapterWith([json(429, { title: 'Too many requests' }, { 'Retry-After': '2' }), json(200, record)]);
    const reading = adapter.get('contacts', 'c1');
    await vi.advanceTimersByTimeAsync(1999);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await reading).toEqual(record);
    expect(sent).toHaveLength(2);
  });

  it('does not retry when the server asks for a longer wait than allowed', async () => {
    const { adapter, sent } = adapterWith([json(429, { title: 'Too many requests; please wait a moment' }, { 'Retry-After': '60' })]);
    const error = await adapter.get('contacts', 'c1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ retryable: true, message: 'Too many requests; please wait a moment' });
    expect(sent).toHaveLength(1);
  });

  it('gives up after the configured retries with a network error', async () => {
    const { adapter, sent } = adapterWith([new TypeError('down'), new TypeError('down'), new TypeError('down')], { retries: 2 });
    await expect(adapter.list('contacts')).rejects.toBeInstanceOf(NetworkError);
    expect(sent).toHaveLength(3);
  });

  describe('from a page on another origin', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('says the origin is not allowed when the server answers only requests that need no CORS permission', async () => {
      vi.stubGlobal('location', { origin: 'https://shop.example' });
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const { adapter, sent } = adapterWith([new TypeError('Failed to fetch'), new Response(null), new TypeError('Failed to fetch')]);
      const error = await adapter.get('contacts', 'c1').catch((caught: unknown) => caught);
      expect(error).toMatchObject({ reason: 'origin-not-allowed', retryable: false });
      expect((error as Error).message).toContain('does not accept requests from https://shop.example');
      expect(sent.map((request) => request.url)).toEqual(['https://crm.example/v1/contacts/c1', 'https://crm.example/v1/openapi.json', 'https://crm.example/v1/openapi.json']);
    });

    it('retries, rather than blaming the origin, a request that failed while the server restarted', async () => {
      vi.stubGlobal('location', { origin: 'https://shop.example' });
      const { adapter, sent } = adapterWith([new TypeError('Failed to fetch'), new Response(null), json(200, {}), json(200, record)]);
      await expect(adapter.get('contacts', 'c1')).resolves.toMatchObject({ id: 'c1' });
      expect(sent).toHaveLength(4);
    });
  });

  it('times out an attempt that never answers, and retries it', async () => {
    const { adapter, sent } = adapterWith(['hang', 'hang'], { timeoutMs: 20, retries: 1 });
    await expect(adapter.get('contacts', 'c1')).rejects.toThrow('The service took too long to answer');
    expect(sent).toHaveLength(2);
  });

  it('never retries other client errors, and maps them to typed errors', async () => {
    const issues = [{ path: ['name'], code: 'required', message: 'This field is required' }];
    const cases: Array<[Response, unknown]> = [
      [json(400, { title: 'Invalid input: name', issues }), ValidationError],
      [json(401, { title: 'Sign in again' }), PermissionError],
      [json(403, { title: 'No' }), PermissionError],
      [json(404, { title: 'No contacts record with id c1' }), NotFoundError],
      [json(413, { title: 'The request is too large' }), ValidationError],
    ];
    for (const [response, type] of cases) {
      const { adapter, sent } = adapterWith([response]);
      const error = await adapter.create('contacts', { name: '' }, { id: 'c1' }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(type);
      expect(sent).toHaveLength(1);
    }
    const { adapter } = adapterWith([json(400, { title: 'Invalid input: name', issues })]);
    const invalid = (await adapter.create('contacts', {}).catch((caught: unknown) => caught)) as ValidationError;
    expect(invalid.issuesAt('name').map((issue) => issue.code)).toEqual(['required']);
  });

  it('turns a stale write into a conflict carrying the current record', async () => {
    const current = { ...record, version: 5 };
    const { adapter } = adapterWith([json(412, { title: 'The contacts record was changed by someone else', current })]);
    const error = (await adapter.update('contacts', 'c1', { name: 'Eve' }, { expectedVersion: 4 }).catch((caught: unknown) => caught)) as ConflictError;
    expect(error).toBeInstanceOf(ConflictError);
    expect([error.collection, error.id, error.expectedVersion, error.current]).toEqual(['contacts', 'c1', 4, current]);
  });

  it('treats a retried removal that finds nothing as done', async () => {
    const { adapter, sent } = adapterWith([new TypeError('connection reset'), json(404, {})]);
    await expect(adapter.remove('contacts', 'c1')).resolves.toBeUndefined();
    expect(sent).toHaveLength(2);
    const { adapter: firstTry } = adapterWith([json(404, {})]);
    await expect(firstTry.remove('contacts', 'c1')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('stops at once when the caller aborts, without retrying', async () => {
    const { adapter, sent } = adapterWith(['hang', json(200, record)]);
    const controller = new AbortController();
    const reading = adapter.get('contacts', 'c1', { signal: controller.signal });
    controller.abort();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(sent).toHaveLength(1);
  });

  it('asks for the token before every request, so a refreshed one is used', async () => {
    const tokens = ['first', 'second'];
    const { adapter, sent } = adapterWith([json(200, record), json(200, record)], { token: () => tokens.shift() ?? '' });
    await adapter.get('contacts', 'c1');
    await adapter.get('contacts', 'c1');
    expect(sent.map((request) => request.headers.authorization)).toEqual(['Bearer first', 'Bearer second']);
  });
});
