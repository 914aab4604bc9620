import type { CrmClient, Survey } from '@rapport/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type SurveyLoad = { readonly status: 'loading' } | { readonly status: 'loaded'; readonly survey: Survey } | { readonly status: 'failed'; readonly error: unknown };

interface Loading {
  readonly client: CrmClient;
  readonly id: string;
  state: SurveyLoad;
}

/**
 * The stored survey a form shows, read once per id through the client's cache. A form needs no
 * live view of its survey, so a plain read replaces a `QueryController`: that keeps query-core's
 * observer (about 3.5 KB) out of the shop embed.
 */
export class SurveyLoader implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #target: () => { readonly client: CrmClient; readonly id: string } | undefined;
  #current: Loading | undefined;

  constructor(host: ReactiveControllerHost, target: () => { readonly client: CrmClient; readonly id: string } | undefined) {
    this.#host = host;
    this.#target = target;
    host.addController(this);
  }

  /** The read in progress or done, or `undefined` when there is no survey to read. */
  get result(): SurveyLoad | undefined {
    return this.#current?.state;
  }

  hostUpdate(): void {
    const target = this.#target();
    if (target?.client === this.#current?.client && target?.id === this.#current?.id) return;
    this.#current = undefined;
    if (target) this.#load({ ...target, state: { status: 'loading' } });
  }

  /** Reads the survey again (the retry of a failure). */
  retry(): void {
    const current = this.#current;
    if (current) this.#load({ client: current.client, id: current.id, state: { status: 'loading' } });
    this.#host.requestUpdate();
  }

  #load(loading: Loading): void {
    this.#current = loading;
    const settle = (state: SurveyLoad) => {
      // A read overtaken by another id or client is dropped.
      if (this.#current !== loading) return;
      loading.state = state;
      this.#host.requestUpdate();
    };
    loading.client.surveys.fetch(loading.id).then(
      (survey) => settle({ status: 'loaded', survey }),
      (error: unknown) => settle({ status: 'failed', error }),
    );
  }
}
