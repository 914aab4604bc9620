import { PRESENCE_HEARTBEAT_MS, PresenceHub } from '@rapport/core/adapter';

/**
 * Who has which ticket open, per tenant, in this process's memory: never stored, gone on restart.
 * Sessions that stop their heartbeat (a closed tab) are swept out after their time to live.
 * Several server instances each know only the desks connected to them.
 */
export class TenantPresence {
  readonly #hubs = new Map<string, PresenceHub>();
  readonly #sweeping: ReturnType<typeof setInterval>;

  constructor(private readonly now: () => number = Date.now) {
    this.#sweeping = setInterval(() => {
      for (const hub of this.#hubs.values()) hub.sweep();
    }, PRESENCE_HEARTBEAT_MS);
    this.#sweeping.unref();
  }

  of(tenantId: string): PresenceHub {
    let hub = this.#hubs.get(tenantId);
    if (!hub) this.#hubs.set(tenantId, (hub = new PresenceHub(this.now)));
    return hub;
  }

  close(): void {
    clearInterval(this.#sweeping);
  }
}
