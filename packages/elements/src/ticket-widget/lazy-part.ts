import { NetworkError } from '@rapport/core';
import { fetchOnce, type FetchOnce } from '../base/fetch-once.js';
import { holdUpdates } from '../base/pending-work.js';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { errorText } from '../base/locale/error-text.js';
import type { Messages } from '../base/locale/messages.js';
import { renderError, renderSkeleton } from '../base/states.js';

/**
 * A part of the widget (a view, a form, an engine) fetched the first time it is shown or its
 * control is approached, so the first load carries only what the first render needs. `load`
 * fetches its module and makes the part; the host re-renders when it arrives. A fetch that fails
 * (offline) is kept as a network error to show with a retry.
 */
export class LazyPart<T> {
  readonly #host: ReactiveControllerHost;
  readonly #fetch: FetchOnce<T>;
  #failure: NetworkError | undefined;
  #loading: Promise<T | undefined> | undefined;

  constructor(host: ReactiveControllerHost, load: () => Promise<T>) {
    this.#host = host;
    this.#fetch = fetchOnce(load);
  }

  /** The part, once loaded; never starts a fetch. */
  get value(): T | undefined {
    return this.#fetch.value;
  }

  /** Why the last fetch failed, until the next one starts. */
  get failure(): NetworkError | undefined {
    return this.#failure;
  }

  /** The part, or `undefined` while it loads or after a failure; the first call starts the fetch. */
  get(): T | undefined {
    if (this.#fetch.value === undefined && this.#failure === undefined) void this.load();
    return this.#fetch.value;
  }

  /** Starts the fetch on intent (pointer over, focus in), so the part is usually there by the click. */
  readonly prefetch = (): void => {
    this.get();
  };

  /** Fetches the part unless it is loaded or on its way, trying again after a failure. */
  load(): Promise<T | undefined> {
    if (this.#fetch.value !== undefined) return Promise.resolve(this.#fetch.value);
    if (this.#loading) return this.#loading;
    this.#failure = undefined;
    const loading: Promise<T | undefined> = this.#fetch()
      .then(
        (value) => value,
        (error: unknown) => {
          this.#failure = new NetworkError('A part of the widget could not be loaded', true, { cause: error });
          return undefined;
        },
      )
      .finally(() => {
        this.#loading = undefined;
        this.#host.requestUpdate();
      });
    holdUpdates(this.#host, loading);
    this.#loading = loading;
    return this.#loading;
  }

  /** Tries a failed fetch again, showing the loading state meanwhile. */
  readonly retry = (): void => {
    void this.load();
    this.#host.requestUpdate();
  };
}

/** In place of a part that is not there yet: the loading lines, or the failure with a retry. */
export function renderPending(part: LazyPart<unknown>, messages: Messages, lines: number): TemplateResult {
  const failure = part.failure;
  if (failure) return renderError(errorText(failure, messages), { label: messages.common.retry, onRetry: part.retry });
  return renderSkeleton(messages.common.loading, lines);
}
