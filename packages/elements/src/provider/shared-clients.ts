import type { CrmClient } from '@rapport/core';

/**
 * Clients of a server, shared by every provider on the page with the same endpoint and token: one
 * client means one live-change stream and one request for widgets showing the same query, however
 * many providers a page puts around them. Counted, so the last provider to let go disposes it.
 */
const shared = new Map<string, { client: CrmClient; holders: number }>();

export function acquireSharedClient(source: string, build: () => CrmClient): CrmClient {
  let entry = shared.get(source);
  if (!entry) shared.set(source, (entry = { client: build(), holders: 0 }));
  entry.holders += 1;
  return entry.client;
}

export function releaseSharedClient(source: string): void {
  const entry = shared.get(source);
  if (!entry) return;
  entry.holders -= 1;
  if (entry.holders > 0) return;
  shared.delete(source);
  entry.client.dispose();
}
