import type { CrmClient, Ticket } from '@rapport/core';
import type { RulesEngine, RulesSnapshot } from '@rapport/core/rules';
import type { ReactiveController } from 'lit';
import { agentDeskChunks } from './agent-desk.chunks.js';
import { CrmSlaBreachEvent } from './ticket-widget.events.js';
import type { WidgetHost } from './widget-context.js';

/**
 * Escalates SLA breaches of the agent queue through the rules engine: each check hands the loaded
 * tickets, policies and tiers to `engine.tick`, whose SLA monitor announces `ticket.sla-breached`
 * once per ticket, clock and level and whose escalation rule raises the ticket's level and
 * notifies. A host that runs its own engine passes it; otherwise the widget runs one with those
 * two rules on the client's bus, fetching the rules engine with the first check. Every breach
 * announced about a ticket in the queue is also dispatched from the widget as `crm-sla-breach`.
 */
export class SlaEscalation implements ReactiveController {
  readonly #host: WidgetHost;
  #client: CrmClient | undefined;
  #ownEngine: Promise<RulesEngine> | undefined;
  #stopListening: (() => void) | undefined;
  #queued: ReadonlySet<string> = new Set();

  constructor(host: WidgetHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Runs the SLA rules at `now` over the queue; `engine` is the host's, when it has one. */
  check(client: CrmClient, engine: RulesEngine | undefined, now: Date, snapshot: RulesSnapshot & { readonly tickets: readonly Ticket[] }): void {
    this.#follow(client);
    this.#queued = new Set(snapshot.tickets.map((ticket) => ticket.id));
    if (engine) {
      void engine.tick(now, snapshot);
      return;
    }
    const own = this.#engineFor(client);
    void own.then(
      (ready) => {
        // A check for a client the widget has left since is dropped with that client's engine.
        if (this.#ownEngine === own) void ready.tick(now, snapshot);
      },
      // Offline: forgotten, so the next check (a minute on at the latest) fetches it again.
      () => {
        if (this.#ownEngine === own) this.#ownEngine = undefined;
      },
    );
  }

  hostDisconnected(): void {
    this.#follow(undefined);
  }

  /** Listens to the bus of `client` (and only it), dropping what belonged to the previous one. */
  #follow(client: CrmClient | undefined): void {
    if (client === this.#client) return;
    this.#stopListening?.();
    void this.#ownEngine?.then((engine) => engine.dispose(), () => undefined);
    this.#ownEngine = undefined;
    this.#client = client;
    this.#stopListening = client?.events.on('ticket.sla-breached', ({ ticket, target, level }) => {
      if (this.#queued.has(ticket.id)) this.#host.dispatchEvent(new CrmSlaBreachEvent({ ticket, target, level }));
    });
  }

  #engineFor(client: CrmClient): Promise<RulesEngine> {
    this.#ownEngine ??= agentDeskChunks.rules().then(({ createRulesEngine, ruleActionsFromClient, slaBreachEscalation, slaMonitor }) =>
      createRulesEngine({
        bus: client.events,
        actions: ruleActionsFromClient(client),
        rules: [slaMonitor(), slaBreachEscalation()],
        now: client.now,
      }),
    );
    return this.#ownEngine;
  }
}
