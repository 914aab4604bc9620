// A page's first reads, asked for before the SDK has arrived. The one-tag CDN entry knows from a
// widget's tag what it will read first; asking then, rather than once the widget's code has
// downloaded and run, takes a slow phone's round trip (≈400 ms) off the time to first content.
// The adapter takes each answer in place of sending the same request again.
import type { ListQuery } from '@rapport/core';
import { listPath, measuresPath, recordPath } from './protocol-paths.js';

/** An answer read in full, as `send` reads its own. */
export interface EarlyReply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/**
 * Takes the answer to an early read of `url` with `token`, once; waiting for it ends when `signal`
 * aborts. `undefined` when there is none, or it was asked with another token, or too long ago.
 */
export type TakeEarlyRead = (url: string, token: string | undefined, signal: AbortSignal) => Promise<EarlyReply> | undefined;

/**
 * Where the page's entry puts its `TakeEarlyRead` for the adapter: on the global object, since the
 * two are separate files, and may come from separate builds. A page without it pays nothing.
 */
export const earlyReadTaker = Symbol.for('rapport.take-early-read');

interface EarlyRead {
  readonly token: string;
  readonly startedAt: number;
  readonly reply: Promise<EarlyReply>;
}

/** Older answers are not taken: the widget reads again, so it never starts from a stale record. */
const FRESH_MS = 10_000;

const started = new Map<string, EarlyRead>();

/** Where a request goes, as `fetch` resolves it in this document. */
const absolute = (url: string): string => new URL(url, globalThis.document?.baseURI).href;

const take: TakeEarlyRead = (url, token, signal) => {
  // Asked before every read of the page's life: once every early answer is taken, nothing to do.
  if (started.size === 0) return undefined;
  const now = Date.now();
  for (const [key, read] of started) if (now - read.startedAt > FRESH_MS) started.delete(key);
  const key = absolute(url);
  const read = started.get(key);
  if (!read || read.token !== (token ?? '')) return undefined;
  started.delete(key);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    read.reply.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
};

/** Starts reads against a server, `endpoint` and `token` as a provider's attributes give them. */
export function earlyReads(endpoint: string, token: string | undefined) {
  (globalThis as { [earlyReadTaker]?: TakeEarlyRead })[earlyReadTaker] = take;
  const base = endpoint.replace(/\/+$/, '');
  const start = (path: string): void => {
    const url = absolute(`${base}${path}`);
    if (started.has(url)) return;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    const reply = fetch(url, { headers }).then(async (response) => ({ status: response.status, headers: response.headers, text: await response.text() }));
    // An answer nobody takes must not report an unhandled failure; the one who takes it sees it.
    reply.catch(() => undefined);
    started.set(url, { token: token ?? '', startedAt: Date.now(), reply });
  };
  return {
    record: (collection: string, id: string) => start(recordPath(collection, id)),
    list: (collection: string, query: ListQuery) => start(listPath(collection, query)),
    measures: (collection: 'contacts' | 'accounts', id: string) => start(measuresPath(collection, id)),
  };
}

export type EarlyReads = ReturnType<typeof earlyReads>;
