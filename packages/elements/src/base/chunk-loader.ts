import { NetworkError } from '@rapport/core';
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { fetchOnce, type FetchOnce } from './fetch-once.js';
import { errorText } from './locale/error-text.js';
import type { Messages } from './locale/messages.js';
import { holdUpdates } from './pending-work.js';
import { renderError, renderSkeleton } from './states.js';

/**
 * A part of a widget (a view, an editor, a form, an engine) fetched the first time it is needed,
 * so the first load carries only what the first render needs. `load` fetches the part's chunk
 * (from the widget's chunk table) and makes the part; the host re-renders when it arrives and
 * its `updateComplete` waits for it. Fetching starts on intent (`prefetch` on hover or focus) and
 * is usually done by the click. A fetch that fails (offline) is kept as a network error to show
 * with a retry; what the user asked for meanwhile (`use`) runs once the part is there.
 */
export class ChunkLoader<T> {
  readonly #host: ReactiveControllerHost;
  readonly #fetch: FetchOnce<T>;
  /** The actions asked for before the part was loaded, by what the user asked for, oldest first. */
  readonly #waiting = new Map<string, (part: T) => unknown>();
  #loading: Promise<T | undefined> | undefined;
  #failure: NetworkError | undefined;

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

  /** What the user asked for (`'edit'`, `'meeting'`) that waits for the part to load, oldest first: the busy state. */
  get pending(): readonly string[] {
    return this.#loading ? [...this.#waiting.keys()] : [];
  }

  /** The part, or `undefined` while it loads or after a failure; the first call starts the fetch. */
  get(): T | undefined {
    if (this.#fetch.value === undefined && this.#failure === undefined) void this.load();
    return this.#fetch.value;
  }

  /** Starts the fetch ahead of use; a failure here stays silent until the part is needed. */
  readonly prefetch = (): void => {
    this.#fetch().catch(() => undefined);
  };

  /**
   * Does what the user asked for with the part: at once when it is loaded, else once it is, in
   * the order asked. `what` names the request for the busy state; asking the same again replaces it.
   */
  use(what: string, action: (part: T) => unknown): void {
    const part = this.#fetch.value;
    if (part !== undefined) {
      action(part);
      return;
    }
    this.#waiting.delete(what);
    this.#waiting.set(what, action);
    void this.load();
    this.#host.requestUpdate();
  }

  /** Fetches the part unless it is loaded or on its way, trying again after a failure; `undefined` when it failed. */
  load(): Promise<T | undefined> {
    if (this.#fetch.value !== undefined) return Promise.resolve(this.#fetch.value);
    if (this.#loading) return this.#loading;
    this.#failure = undefined;
    const loading: Promise<T | undefined> = this.#fetch()
      .then(
        (part) => {
          const actions = [...this.#waiting.values()];
          this.#waiting.clear();
          for (const action of actions) action(part);
          return part;
        },
        (error: unknown) => {
          // A chunk that cannot be fetched is the connection's fault, and says so like any other request.
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
    return loading;
  }

  /** Tries a failed fetch again, showing the busy state meanwhile, then does what was waiting. */
  readonly retry = (): void => {
    void this.load();
    this.#host.requestUpdate();
  };
}

/** In place of a part that is not there yet: the loading lines, or the failure with a retry. */
export function renderPending<T>(part: ChunkLoader<T>, messages: Messages, lines: number): TemplateResult {
  const failure = part.failure;
  if (failure) return renderError(errorText(failure, messages), { label: messages.common.retry, onRetry: part.retry });
  return renderSkeleton(messages.common.loading, lines);
}

/** A part that could not be fetched (offline), with a retry that does what the user asked for; nothing otherwise. */
export function renderLoadFailure<T>(part: ChunkLoader<T>, messages: Messages): TemplateResult | typeof nothing {
  return part.failure ? renderPending(part, messages, 0) : nothing;
}
