import { MutationObserver, type MutationObserverOptions, type MutationObserverResult, type QueryClient } from '@tanstack/query-core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a `MutationController` runs: a mutation against one `QueryClient`. */
export interface MutationTarget<TData, TVariables, TError = Error> {
  readonly queryClient: QueryClient;
  readonly options: MutationObserverOptions<TData, TError, TVariables>;
}

/**
 * The Lit adapter of a query-core `MutationObserver`: `mutate()` runs the host's current mutation
 * and the host re-renders as it goes pending, succeeds or fails (`result.isPending`, `result.error`).
 */
export class MutationController<TData, TVariables, TError = Error> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #target: () => MutationTarget<TData, TVariables, TError> | undefined;
  #observer: MutationObserver<TData, TError, TVariables> | undefined;
  #observedClient: QueryClient | undefined;
  #unsubscribe: (() => void) | undefined;
  #connected = false;

  constructor(host: ReactiveControllerHost, target: () => MutationTarget<TData, TVariables, TError> | undefined) {
    this.#host = host;
    this.#target = target;
    host.addController(this);
  }

  /** The state of the latest `mutate()`, or `undefined` before the first. */
  get result(): MutationObserverResult<TData, TError, TVariables> | undefined {
    return this.#observer?.getCurrentResult();
  }

  /** Runs the mutation; resolves with its data or rejects with its (typed) error. */
  mutate(variables: TVariables): Promise<TData> {
    const target = this.#target();
    if (!target) return Promise.reject(new Error('No client to run this change with'));
    const observer = this.#observerFor(target);
    this.#subscribe();
    return observer.mutate(variables);
  }

  /** Clears a finished mutation's result (e.g. when the user dismisses its error). */
  reset(): void {
    this.#observer?.reset();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#subscribe();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #observerFor(target: MutationTarget<TData, TVariables, TError>): MutationObserver<TData, TError, TVariables> {
    if (this.#observer && this.#observedClient === target.queryClient) {
      this.#observer.setOptions(target.options);
      return this.#observer;
    }
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#observer = new MutationObserver(target.queryClient, target.options);
    this.#observedClient = target.queryClient;
    return this.#observer;
  }

  #subscribe(): void {
    if (!this.#connected || !this.#observer || this.#unsubscribe) return;
    this.#unsubscribe = this.#observer.subscribe(() => this.#host.requestUpdate());
  }
}
