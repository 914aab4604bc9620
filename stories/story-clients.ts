import { createCrmClient, NetworkError, type CrmClient } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';

/** A client whose reads never finish: a widget stays in its loading state. */
export function pendingClient(): CrmClient {
  const adapter = createMemoryAdapter();
  adapter.get = () => new Promise(() => {});
  adapter.list = () => new Promise(() => {});
  adapter.surveySummary = () => new Promise(() => {});
  return createCrmClient({ adapter });
}

/** A client whose storage cannot be reached: a widget shows its error with a retry. */
export function failingClient(): CrmClient {
  const adapter = createMemoryAdapter();
  adapter.get = () => Promise.reject(new NetworkError(undefined, false));
  adapter.list = () => Promise.reject(new NetworkError(undefined, false));
  adapter.surveySummary = () => Promise.reject(new NetworkError(undefined, false));
  return createCrmClient({ adapter });
}
