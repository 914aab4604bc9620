import { randomId, type AdapterRecord, type ChangeEvent, type Page, type PresenceSession, type StorageAdapter, type Unsubscribe } from '@rapport/core';
import type { KeptCustomerMeasures, SurveyPeriodAggregate } from '@rapport/core/domain';
import type { RetryPolicy } from './backoff.js';
import { send, type HttpClientOptions, type HttpRequest, type TokenSource } from './http-client.js';
import { LiveChanges } from './live-changes.js';
import { listPath, measuresPath, recordPath } from './protocol-paths.js';

export interface RestAdapterOptions {
  /** Where the server is, e.g. `https://crm.example.com` or `/crm`; the protocol's `/v1/…` paths follow it. */
  readonly baseUrl: string;
  /** An API key (`pk_…` in public pages, `sk_…` for staff) or a customer token, or a function returning the current one. */
  readonly token?: TokenSource;
  /** Time limit of each attempt, in milliseconds. Default 15 000. */
  readonly timeoutMs?: number;
  /** Retries after network failures, 5xx and 429 (never after other errors). Default 3. */
  readonly retries?: number;
  /** The first backoff delay; it doubles per retry, with jitter. Default 300 ms. */
  readonly retryDelayMs?: number;
  /** The longest wait between attempts, `Retry-After` included: a longer one is not waited for. Default 10 000 ms. */
  readonly maxRetryDelayMs?: number;
  /** The `fetch` to use. Default: the global one. */
  readonly fetch?: typeof fetch;
}

/** The REST adapter always supports `watch`, reads the measures the server keeps and has the server count survey periods. */
export interface RestAdapter extends StorageAdapter {
  watch(collection: string, listener: (change: ChangeEvent) => void): Unsubscribe;
  customerMeasures: NonNullable<StorageAdapter['customerMeasures']>;
  surveySummary: NonNullable<StorageAdapter['surveySummary']>;
  presence: NonNullable<StorageAdapter['presence']>;
}

/**
 * A storage adapter that speaks the Rapport HTTP protocol (docs/protocol.md) to a server: versions
 * travel as ETag / If-Match, creates carry an idempotency key so retries never duplicate, and
 * `watch` listens to the server's Server-Sent Events. Runs in browsers and in Node 20.
 */
export function createRestAdapter(options: RestAdapterOptions): RestAdapter {
  const retry: RetryPolicy = { retries: options.retries ?? 3, baseDelayMs: options.retryDelayMs ?? 300, maxDelayMs: options.maxRetryDelayMs ?? 10_000 };
  const http: HttpClientOptions = {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    ...(options.token === undefined ? {} : { token: options.token }),
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: options.timeoutMs ?? 15_000,
    retry,
  };
  const live = new LiveChanges(http);

  async function recordFrom(req: HttpRequest): Promise<AdapterRecord> {
    return JSON.parse((await send(http, req)).text) as AdapterRecord;
  }

  /** Writes made after `watch` wait (at most one time limit) for the stream, so their own changes are heard. */
  async function afterSubscribed(): Promise<void> {
    const subscribing = live.subscribing();
    if (!subscribing) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, http.timeoutMs);
      void subscribing.then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  return {
    name: 'rest',

    get(collection, id, { signal } = {}) {
      return recordFrom({ method: 'GET', path: recordPath(collection, id), signal, subject: { collection, id } });
    },

    async customerMeasures(kind, id, { signal } = {}) {
      const collection = kind === 'contact' ? 'contacts' : 'accounts';
      const { text } = await send(http, { method: 'GET', path: measuresPath(collection, id), signal, subject: { collection, id } });
      return JSON.parse(text) as KeptCustomerMeasures;
    },

    async surveySummary(surveyId, query, { signal } = {}) {
      const search = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)]));
      const { text } = await send(http, { method: 'GET', path: `${recordPath('surveys', surveyId)}/summary?${search}`, signal, subject: { collection: 'surveys', id: surveyId } });
      return JSON.parse(text) as SurveyPeriodAggregate;
    },

    async list(collection, query, { signal } = {}) {
      const { text } = await send(http, { method: 'GET', path: listPath(collection, query), signal, subject: { collection } });
      return JSON.parse(text) as Page<AdapterRecord>;
    },

    async create(collection, data, { id, idempotencyKey = randomId(), signal } = {}) {
      await afterSubscribed();
      // Retries resend the same key, so a create that reached the server is never made twice.
      const headers: Record<string, string> = { 'Idempotency-Key': idempotencyKey };
      if (id === undefined) return recordFrom({ method: 'POST', path: recordPath(collection), headers, body: data, signal, subject: { collection } });
      return recordFrom({ method: 'PUT', path: recordPath(collection, id), headers: { ...headers, 'If-None-Match': '*' }, body: data, signal, subject: { collection, id } });
    },

    async update(collection, id, patch, { expectedVersion, signal }) {
      await afterSubscribed();
      return recordFrom({
        method: 'PATCH',
        path: recordPath(collection, id),
        headers: { 'If-Match': `"${expectedVersion}"` },
        body: asMergePatch(patch),
        contentType: 'application/merge-patch+json',
        signal,
        subject: { collection, id, expectedVersion },
      });
    },

    async remove(collection, id, { expectedVersion, signal } = {}) {
      await afterSubscribed();
      await send(http, {
        method: 'DELETE',
        path: recordPath(collection, id),
        headers: expectedVersion === undefined ? {} : { 'If-Match': `"${expectedVersion}"` },
        signal,
        subject: { collection, id, ...(expectedVersion === undefined ? {} : { expectedVersion }) },
        // A retry after a lost response finds the record already gone: that removal was ours.
        doneIfRetriedAndStatus: 404,
      });
    },

    watch(collection, listener) {
      return live.watch(collection, listener);
    },

    // Fetched on first use: only a staff desk showing a ticket needs it.
    presence(join) {
      return sessionWhenLoaded(import('./rest-presence.js').then(({ joinOverServer }) => joinOverServer(http, live, join, send)));
    },
  };
}

/** A presence session usable at once, while its code is still being fetched: what it is told meanwhile is passed on. */
function sessionWhenLoaded(loading: Promise<PresenceSession>): PresenceSession {
  let session: PresenceSession | undefined;
  let typing = false;
  let left = false;
  void loading.then(
    (loaded) => {
      if (left) return loaded.leave();
      session = loaded;
      if (typing) loaded.setTyping(true);
    },
    () => undefined,
  );
  return {
    setTyping(next) {
      typing = next;
      session?.setTyping(next);
    },
    leave() {
      left = true;
      session?.leave();
    },
  };
}

/** `undefined` members clear a field; JSON Merge Patch says that with `null`. */
function asMergePatch(patch: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(patch).map((key) => [key, patch[key] === undefined ? null : patch[key]]));
}
