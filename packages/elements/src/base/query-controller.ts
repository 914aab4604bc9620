import { QueryObserver, hashKey, type QueryClient, type QueryKey, type QueryObserverOptions, type QueryObserverResult } from '@tanstack/query-core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a `QueryController` observes: one query of one `QueryClient`. */
export interface QueryTarget<TData> {
  readonly queryClient: QueryClient;
  readonly options: QueryObserverOptions<TData, Error, TData, TData, QueryKey>;
}

/**
 * The Lit adapter of a query-core `QueryObserver`: the host re-renders whenever the result changes.
 * `target` is read before every update, so when the host's id (the query key) or client changes the
 * controller switches to the new query; it holds no subscription while the host is disconnected.
 * A `target` of `undefined` (no client or no id yet) observes nothing.
 */
export class QueryController<TData> implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #target: () => QueryTarget<TData> | undefined;
  #observer: QueryObserver<TData, Error, TData, TData, QueryKey> | undefined;
  #observedClient: QueryClient | undefined;
  #observedKeyHash: string | undefined;
  #unsubscribe: (() => void) | undefined;
  #result: QueryObserverResult<TData, Error> | undefined;

  constructor(host: ReactiveControllerHost & Element, target: () => QueryTarget<TData> | undefined) {
    this.#host = host;
    this.#target = target;
    host.addController(this);
  }

  /** The latest result, or `undefined` while there is nothing to observe. */
  get result(): QueryObserverResult<TData, Error> | undefined {
    return this.#result;
  }

  /** Fetches again (the retry of an error state). */
  async refetch(): Promise<void> {
    await this.#observer?.refetch();
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #sync(): void {
    const target = this.#target();
    if (!target) {
      this.#stop();
      return;
    }
    const observer = this.#observerFor(target);
    if (this.#host.isConnected && !this.#unsubscribe) {
      this.#unsubscribe = observer.subscribe((result) => {
        this.#result = result;
        this.#host.requestUpdate();
      });
    }
  }

  #observerFor(target: QueryTarget<TData>): QueryObserver<TData, Error, TData, TData, QueryKey> {
    const keyHash = hashKey(target.options.queryKey);
    if (this.#observer && this.#observedClient === target.queryClient) {
      if (keyHash === this.#observedKeyHash) return this.#observer;
      this.#observer.setOptions(target.options);
    } else {
      this.#stop();
      this.#observer = new QueryObserver(target.queryClient, target.options);
      this.#observedClient = target.queryClient;
    }
    this.#observedKeyHash = keyHash;
    this.#result = this.#observer.getCurrentResult();
    return this.#observer;
  }

  #stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#observer?.destroy();
    this.#observer = undefined;
    this.#observedClient = undefined;
    this.#observedKeyHash = undefined;
    this.#result = undefined;
  }
}
