// Loaded by a same-origin frame in browser tests: another tab of the site, with its own window,
// its own module instances (forms, outbox, Web Lock requests) and the site's localStorage and
// IndexedDB. The test drives the forms it puts in the frame's document.
import { createIndexedDbOutboxStore } from '@rapport/adapter-indexeddb';
import { createRestAdapter } from '@rapport/adapter-rest';
import { createCrmClient, type CrmClient } from '@rapport/core';
import '../define.js';

export interface OtherTab {
  /** A client as `<crm-provider endpoint token="pk_…">` builds it in this tab: REST with the public key, queued writes in IndexedDB. */
  publicClient(url: string, token: string): CrmClient;
}

(globalThis as { otherTab?: OtherTab }).otherTab = {
  publicClient: (url, token) => createCrmClient({ adapter: createRestAdapter({ baseUrl: url, token }), outboxStore: (name) => createIndexedDbOutboxStore({ name }) }),
};
