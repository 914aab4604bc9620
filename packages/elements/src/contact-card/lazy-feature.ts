import { NetworkError } from '@rapport/core';
import type { ReactiveControllerHost } from 'lit';
import { fetchOnce, type FetchOnce } from '../base/fetch-once.js';
import { holdUpdates } from '../base/pending-work.js';

/**
 * A part of the card fetched the first time it is needed (the editor, the composer), so a card
 * that is only looked at never downloads it. Loading starts on intent (hover, focus) and is
 * usually done by the click; an action asked for meanwhile waits for it, and one whose load
 * failed (offline) waits for `retry`.
 */
export class LazyFeature<T> {
  readonly #host: ReactiveControllerHost;
  readonly #fetch: FetchOnce<T>;
  /** The actions asked for before the feature was loaded, by what the user asked for, oldest first. */
  readonly #waiting = new Map<string, (feature: T) => unknown>();
  #loading = false;
  #settled: Promise<void> = Promise.resolve();
  #failure: NetworkError | undefined;

  constructor(host: ReactiveControllerHost, load: () => Promise<T>) {
    this.#host = host;
    this.#fetch = fetchOnce(load);
  }

  /** The feature, once loaded. */
  get value(): T | undefined {
    return this.#fetch.value;
  }

  /** What the user asked for (`'edit'`, `'meeting'`) that waits for the feature to load, oldest first. */
  get pending(): readonly string[] {
    return this.#loading ? [...this.#waiting.keys()] : [];
  }

  /** Why the feature could not be loaded for the waiting action; the action runs on `retry`. */
  get failure(): NetworkError | undefined {
    return this.#failure;
  }

  /** Starts loading ahead of use; a failure here stays silent until an action needs the feature. */
  readonly prefetch = (): void => {
    this.#fetch().catch(() => undefined);
  };

  /**
   * Does what the user asked for with the feature: at once when it is loaded, else once it is, in
   * the order asked. `what` names the request for a busy state; asking the same again replaces it.
   */
  use(what: string, action: (feature: T) => unknown): void {
    const feature = this.#fetch.value;
    if (feature !== undefined) {
      action(feature);
      return;
    }
    this.#waiting.delete(what);
    this.#waiting.set(what, action);
    this.#wait();
  }

  /** Loads again after a failure, then does what was waiting. */
  readonly retry = (): void => {
    if (this.#waiting.size > 0) this.#wait();
  };

  #wait(): void {
    this.#failure = undefined;
    this.#loading = true;
    this.#host.requestUpdate();
    const settled: Promise<void> = this.#fetch()
      .then(
        (feature) => {
          const actions = [...this.#waiting.values()];
          this.#waiting.clear();
          for (const action of actions) action(feature);
        },
        (error: unknown) => {
          // A chunk that cannot be fetched is the connection's fault, and says so like any other request.
          this.#failure = new NetworkError(undefined, true, { cause: error });
        },
      )
      .finally(() => {
        if (this.#settled === settled) this.#loading = false;
        this.#host.requestUpdate();
      });
    this.#settled = settled;
    holdUpdates(this.#host, settled);
  }
}
