import { QueryObserver, hashKey, type QueryClient, type QueryKey, type QueryObserverOptions, type QueryObserverResult } from '@tanstack/query-core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a `QueryController` observes: one query of one `QueryClient`. */
export interface QueryTarget<TData, TError = Error, TQueryKey extends QueryKey = QueryKey> {
  readonly queryClient: QueryClient;
  readonly options: QueryObserverOptions<TData, TError, TData, TData, TQueryKey>;
}

/**
 * The Lit adapter of a query-core `QueryObserver`: the host re-renders whenever the result changes.
 * `target` is read before every update, so when the host's id (the query key) or client changes the
 * controller switches to the new query; it holds no subscription while the host is disconnected.
 * A `target` of `undefined` (no client or no id yet) observes nothing.
 */
export class QueryController<TData, TError = Error, TQueryKey extends QueryKey = QueryKey> implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #target: () => QueryTarget<TData, TError, TQueryKey> | undefined;
  #observer: QueryObserver<TData, TError, TData, TData, TQueryKey> | undefined;
  #observedClient: QueryClient | undefined;
  #observedKeyHash: string | undefined;
  #unsubscribe: (() => void) | undefined;
  #result: QueryObserverResult<TData, TError> | undefined;

  constructor(host: ReactiveControllerHost & Element, target: () => QueryTarget<TData, TError, TQueryKey> | undefined) {
    this.#host = host;
    this.#target = target;
    host.addController(this);
  }

  /** The latest result, or `undefined` while there is nothing to observe. */
  get result(): QueryObserverResult<TData, TError> | undefined {
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

  #observerFor(target: QueryTarget<TData, TError, TQueryKey>): QueryObserver<TData, TError, TData, TData, TQueryKey> {
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
