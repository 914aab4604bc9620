import type { CrmClient } from './create-crm-client.js';

let defaultClient: CrmClient | undefined;

/** Makes `client` the one elements use when neither a property nor a `<crm-provider>` gives them one. */
export function setDefaultClient(client: CrmClient | undefined): void {
  defaultClient = client;
}

/** The page's default client, or `undefined` when none was set (or it was disposed). */
export function getDefaultClient(): CrmClient | undefined {
  return defaultClient;
}
