import type { ReactiveController, ReactiveControllerHost } from 'lit';

const TICK_MS = 1000;

const ticking = new Set<ReactiveControllerHost>();
let interval: ReturnType<typeof setInterval> | undefined;

function tick(): void {
  for (const host of ticking) host.requestUpdate();
}

/**
 * Re-renders its host every second while it is connected and `wanted()` holds, so SLA timers
 * count live. All hosts on a page share one interval, cleared when the last one stops.
 */
export class LiveClock implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #wanted: () => boolean;
  #connected = false;

  constructor(host: ReactiveControllerHost, wanted: () => boolean) {
    this.#host = host;
    this.#wanted = wanted;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostUpdated(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#sync();
  }

  #sync(): void {
    if (this.#connected && this.#wanted()) {
      ticking.add(this.#host);
      interval ??= setInterval(tick, TICK_MS);
    } else if (ticking.delete(this.#host) && ticking.size === 0) {
      clearInterval(interval);
      interval = undefined;
    }
  }
}
