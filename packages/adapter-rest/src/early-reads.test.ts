import { afterEach, describe, expect, it, vi } from 'vitest';
import { earlyReads } from './early-reads.js';
import { createRestAdapter } from './rest-adapter.js';

const record = { id: 'c 1', tenantId: 't', version: 1, createdAt: '2025-03-01T09:00:00.000Z', updatedAt: '2025-03-01T09:00:00.000Z', name: 'Ada' };
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

/** The page's `fetch`, which the entry's early reads use, and the adapter's own, each counting what it was asked. */
function fetches() {
  const page: string[] = [];
  const adapter: string[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    page.push(String(input));
    return json({ ...record, name: 'Ada, read early' });
  });
  const adapterFetch = (async (input: RequestInfo | URL) => {
    adapter.push(String(input));
    return json(record);
  }) as typeof fetch;
  return { page, adapter, adapterFetch };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('reads started before the SDK arrived', () => {
  it('are taken by the adapter in place of the same request, once', async () => {
    const { page, adapter, adapterFetch } = fetches();
    earlyReads('https://crm.example/', 'sk_test').record('contacts', 'c 1');
    const rest = createRestAdapter({ baseUrl: 'https://crm.example', token: 'sk_test', fetch: adapterFetch });
    expect(await rest.get('contacts', 'c 1')).toMatchObject({ name: 'Ada, read early' });
    expect(await rest.get('contacts', 'c 1')).toMatchObject({ name: 'Ada' });
    expect(page).toEqual(['https://crm.example/v1/contacts/c%201']);
    expect(adapter).toEqual(['https://crm.example/v1/contacts/c%201']);
  });

  it('match a list query and the measures by the URL the adapter builds', async () => {
    const { adapter, adapterFetch } = fetches();
    const reads = earlyReads('https://crm.example', 'sk_test');
    const query = { where: { contactId: 'c 2' }, sort: [{ field: 'at', direction: 'desc' as const }], limit: 1000 };
    reads.list('activities', query);
    reads.measures('contacts', 'c 2');
    const rest = createRestAdapter({ baseUrl: 'https://crm.example', token: 'sk_test', fetch: adapterFetch });
    await rest.list('activities', query);
    await rest.customerMeasures('contact', 'c 2');
    expect(adapter).toEqual([]);
  });

  it('are not taken with another token, nor after ten seconds', async () => {
    const { adapter, adapterFetch } = fetches();
    vi.useFakeTimers({ toFake: ['Date'] });
    earlyReads('https://crm.example', 'pk_public').record('contacts', 'c 3');
    const rest = createRestAdapter({ baseUrl: 'https://crm.example', token: 'sk_test', fetch: adapterFetch });
    await rest.get('contacts', 'c 3');
    expect(adapter).toHaveLength(1);

    earlyReads('https://crm.example', 'sk_test').record('contacts', 'c 4');
    vi.advanceTimersByTime(10_001);
    await rest.get('contacts', 'c 4');
    expect(adapter).toHaveLength(2);
  });

  it('stop being waited for when the caller aborts', async () => {
    vi.stubGlobal('fetch', () => new Promise<Response>(() => undefined));
    earlyReads('https://crm.example', 'sk_test').record('contacts', 'c 5');
    const rest = createRestAdapter({ baseUrl: 'https://crm.example', token: 'sk_test', fetch: fetches().adapterFetch });
    const controller = new AbortController();
    const reading = rest.get('contacts', 'c 5', { signal: controller.signal });
    controller.abort(new DOMException('left', 'AbortError'));
    await expect(reading).rejects.toThrow('left');
  });
});
