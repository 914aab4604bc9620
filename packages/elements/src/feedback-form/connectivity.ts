import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the browser says it is offline, kept current from `online`/`offline` events. A browser
 * that says it is online may still fail to reach the service; the write's own failure tells that.
 */
export class ConnectivityController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #offline = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  get offline(): boolean {
    return this.#offline;
  }

  hostConnected(): void {
    this.#offline = globalThis.navigator?.onLine === false;
    globalThis.addEventListener('online', this.#onChange);
    globalThis.addEventListener('offline', this.#onChange);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener('online', this.#onChange);
    globalThis.removeEventListener('offline', this.#onChange);
  }

  readonly #onChange = (event: Event): void => {
    this.#offline = event.type === 'offline';
    this.#host.requestUpdate();
  };
}
