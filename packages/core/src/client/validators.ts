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

export type WriteSupport = typeof import('./write-support.js');

let loadingSupport: Promise<WriteSupport> | undefined;

/** The optimistic changes and events of a write, fetched alongside the validators and kept; a failed fetch is retryable as above. */
export function loadWriteSupport(): Promise<WriteSupport> {
  loadingSupport ??= import('./write-support.js').catch((error: unknown) => {
    loadingSupport = undefined;
    throw new NetworkError(undefined, true, { cause: error });
  });
  return loadingSupport;
}

/** Both halves a write waits for, fetched in parallel. */
export async function loadWrites(): Promise<[Validators, WriteSupport]> {
  return Promise.all([loadValidators(), loadWriteSupport()]);
}
