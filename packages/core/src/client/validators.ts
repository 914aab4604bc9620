import { NetworkError } from '../errors/index.js';

export type Validators = typeof import('../schema/index.js');

let loading: Promise<Validators> | undefined;

/**
 * The schemas, fetched with the first write (or `client.prepareWrites()`) and kept. A fetch that
 * fails (offline) is a retryable `NetworkError`, and the next write fetches again.
 */
export function loadValidators(): Promise<Validators> {
  loading ??= import('../schema/index.js').catch((error: unknown) => {
    loading = undefined;
    throw new NetworkError(undefined, true, { cause: error });
  });
  return loading;
}
