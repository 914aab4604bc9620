import { lookup } from 'node:dns/promises';
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { WebhookAddressPolicy } from './webhook-address-policy.js';

/** Every address a host name resolves to (the system resolver by default; tests pass their own). */
export type ResolveHost = (hostname: string) => Promise<ReadonlyArray<{ readonly address: string; readonly family: number }>>;

export const systemResolver: ResolveHost = (hostname) => lookup(hostname, { all: true, verbatim: true });

export interface WebhookRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly policy: WebhookAddressPolicy;
  readonly resolve: ResolveHost;
  readonly timeoutMs: number;
}

/** How one attempt went: a 2xx is delivered; anything else carries a short, loggable error. */
export interface WebhookResponse {
  readonly delivered: boolean;
  readonly statusCode?: number;
  readonly error?: string;
}

// Connections to receivers are kept alive between deliveries; each was opened to a checked address.
const agents = { 'http:': new HttpAgent({ keepAlive: true, maxSockets: 32 }), 'https:': new HttpsAgent({ keepAlive: true, maxSockets: 32 }) };

/** The one address to connect to, after checking every address the host resolves to. */
async function checkedAddress(hostname: string, policy: WebhookAddressPolicy, resolve: ResolveHost): Promise<{ address: string; family: number } | string> {
  if (isIP(hostname) !== 0) return policy.refusal(hostname) ?? { address: hostname, family: isIP(hostname) };
  let addresses: Awaited<ReturnType<ResolveHost>>;
  try {
    addresses = await resolve(hostname);
  } catch (error) {
    return `${hostname} does not resolve (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
  if (addresses.length === 0) return `${hostname} does not resolve`;
  // One refused address refuses the host: a resolver may hand out any of them.
  for (const { address } of addresses) {
    const refusal = policy.refusal(address);
    if (refusal) return `${hostname} resolves to ${refusal}`;
  }
  return addresses[0]!;
}

/**
 * POSTs one delivery. The host is resolved and every address checked against the policy at
 * this moment, and the connection goes to the checked address (no second lookup a rebinding
 * DNS could answer differently). Redirects are never followed.
 */
export async function sendWebhook(request: WebhookRequest): Promise<WebhookResponse> {
  const url = new URL(request.url);
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const target = await checkedAddress(hostname, request.policy, request.resolve);
  if (typeof target === 'string') return { delivered: false, error: `Refused: ${target}` };
  const pinned: LookupFunction = (_host, options, callback) => {
    if (options.all) (callback as (error: null, addresses: Array<{ address: string; family: number }>) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
  const response = await post(url, request, pinned);
  // A kept-alive connection the receiver closed meanwhile: the request never reached it, send it on a new one.
  if (response !== 'stale connection') return response;
  const retried = await post(url, request, pinned, false);
  return retried === 'stale connection' ? { delivered: false, error: 'ECONNRESET: the connection was reset' } : retried;
}

function post(url: URL, request: WebhookRequest, pinned: LookupFunction, reuse = true): Promise<WebhookResponse | 'stale connection'> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const signal = AbortSignal.timeout(request.timeoutMs);
    const req = send(
      url,
      {
        method: 'POST',
        headers: { ...request.headers, 'Content-Length': String(Buffer.byteLength(request.body)) },
        agent: reuse ? agents[url.protocol as 'http:' | 'https:'] : false,
        lookup: pinned,
        signal,
      },
      (res: IncomingMessage) => {
        const statusCode = res.statusCode ?? 0;
        // The body is not needed; reading it to the end frees the connection for the next delivery.
        res.resume();
        res.on('error', () => undefined);
        if (statusCode >= 200 && statusCode < 300) resolve({ delivered: true, statusCode });
        else if (statusCode >= 300 && statusCode < 400) {
          resolve({ delivered: false, statusCode, error: `Redirected to ${res.headers.location ?? '(no location)'}: redirects are not followed` });
        } else resolve({ delivered: false, statusCode, error: `HTTP ${statusCode}${res.statusMessage ? ` ${res.statusMessage}` : ''}` });
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (req.reusedSocket && error.code === 'ECONNRESET' && !signal.aborted) return resolve('stale connection');
      resolve({ delivered: false, error: signal.aborted ? `Timed out after ${request.timeoutMs} ms` : `${error.code ?? 'Error'}: ${error.message}` });
    });
    req.end(request.body);
  });
}
