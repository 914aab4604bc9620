/** What `fetchOnce` returns: call it for the value, read `value` once it has arrived. */
export interface FetchOnce<T> {
  (): Promise<T>;
  readonly value: T | undefined;
}

/**
 * `load` (a chunk's dynamic import, typically) run once and its value kept. Callers meanwhile
 * share the request; a failure is forgotten, so the next call (back online) fetches again.
 */
export function fetchOnce<T>(load: () => Promise<T>): FetchOnce<T> {
  let value: T | undefined;
  let request: Promise<T> | undefined;
  const fetch = (): Promise<T> => {
    if (value !== undefined) return Promise.resolve(value);
    request ??= load().then(
      (loaded) => (value = loaded),
      (error: unknown) => {
        request = undefined;
        throw error;
      },
    );
    return request;
  };
  return Object.defineProperty(fetch, 'value', { get: () => value }) as FetchOnce<T>;
}
