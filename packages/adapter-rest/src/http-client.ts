import { isCrmError, NetworkError, type CrmError } from '@rapport/core';
import { abortReason, linkedSignal, sleep } from './abortable.js';
import { backoffDelay, retryAfterMs, type RetryPolicy } from './backoff.js';
import { earlyReadTaker, type TakeEarlyRead } from './early-reads.js';
import { errorFromResponse, type RequestSubject } from './error-from-response.js';

/** A bearer token, or a function giving the current one (called before every request). */
export type TokenSource = string | (() => string | Promise<string>);

export interface HttpClientOptions {
  readonly baseUrl: string;
  readonly token?: TokenSource;
  readonly fetch: typeof fetch;
  /** Per attempt. */
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
}

export interface HttpRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** From the API root, e.g. `/v1/contacts?limit=10`. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly contentType?: string;
  readonly signal?: AbortSignal | undefined;
  readonly subject: RequestSubject;
  /** A status that means success when an earlier attempt may have reached the server (404 for a removal). */
  readonly doneIfRetriedAndStatus?: number;
}

/** A response read in full within the request's time limit. */
export interface HttpReply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** Whether an earlier attempt of this request failed in transit (it may have reached the server). */
  readonly retried: boolean;
}

/**
 * Sends a request and resolves with its successful response. Network failures, timeouts, 5xx
 * and 429 are retried with exponential backoff (a 429's or 503's `Retry-After` is honoured, and
 * a wait longer than the policy allows is not attempted); every other failure is thrown at once
 * as the SDK's typed error. A caller's abort rejects with the signal's reason.
 */
export async function send(options: HttpClientOptions, request: HttpRequest): Promise<HttpReply> {
  for (let attempt = 0; ; attempt++) {
    let failure: CrmError;
    let serverWaitMs: number | undefined;
    try {
      const reply = { ...(await attemptOnce(options, request)), retried: attempt > 0 };
      if ((reply.status >= 200 && reply.status < 300) || (reply.retried && reply.status === request.doneIfRetriedAndStatus)) return reply;
      const error = errorFromResponse(reply, request.subject);
      if (!isRetryableStatus(reply.status)) throw error;
      failure = error;
      serverWaitMs = retryAfterMs(reply.headers.get('Retry-After'));
    } catch (error) {
      if (request.signal?.aborted) throw abortReason(request.signal);
      if (isCrmError(error)) throw error;
      if (error instanceof TimeoutError) failure = new NetworkError('The service took too long to answer', true, { cause: error });
      else {
        const refused = await refusedOrigin(options, request.signal, error);
        if (refused) throw refused;
        failure = new NetworkError(undefined, true, { cause: error });
      }
    }
    if (attempt >= options.retry.retries || (serverWaitMs ?? 0) > options.retry.maxDelayMs) throw failure;
    await sleep(serverWaitMs ?? backoffDelay(attempt + 1, options.retry), request.signal);
  }
}

/** Whether the page's origin is refused, asked only after a failure (see `origin-refused.ts`), which a first load need not carry. */
async function refusedOrigin(options: HttpClientOptions, signal: AbortSignal | undefined, cause: unknown): Promise<NetworkError | undefined> {
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  if (!origin || origin === 'null' || new URL(options.baseUrl, origin).origin === origin) return undefined;
  return (await import('./origin-refused.js')).originRefusal(options, signal, cause);
}

function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

class TimeoutError extends Error {
  constructor() {
    super('Timed out');
    this.name = 'TimeoutError';
  }
}

/** One try, the body included: a server that stalls mid-body times out like one that never answers. */
async function attemptOnce(options: HttpClientOptions, request: HttpRequest): Promise<Omit<HttpReply, 'retried'>> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new TimeoutError()), options.timeoutMs);
  const { signal, release } = linkedSignal([request.signal, timeout.signal]);
  try {
    const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
    const token = typeof options.token === 'function' ? await options.token() : options.token;
    if (token) headers.Authorization = `Bearer ${token}`;
    if (request.body !== undefined) headers['Content-Type'] = request.contentType ?? 'application/json';
    const url = `${options.baseUrl}${request.path}`;
    // The page's entry may have asked for this already, while the SDK downloaded (see early-reads.ts).
    const takeEarly = (globalThis as { [earlyReadTaker]?: TakeEarlyRead })[earlyReadTaker];
    const early = request.method === 'GET' && !request.headers ? takeEarly?.(url, token, signal) : undefined;
    if (early) return await early;
    const response = await options.fetch(url, {
      method: request.method,
      headers,
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      signal,
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  } catch (error) {
    throw timeout.signal.aborted && !request.signal?.aborted ? new TimeoutError() : error;
  } finally {
    clearTimeout(timer);
    release();
  }
}
