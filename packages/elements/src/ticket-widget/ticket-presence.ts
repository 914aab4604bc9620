import type { PresenceMember, PresenceSession } from '@rapport/core';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { TicketDetailMessages } from './ticket-detail.messages.js';
import type { WidgetContext, WidgetHost } from './widget-context.js';

/** After this long without a keystroke the agent is no longer "writing a reply". */
const TYPING_IDLE_MS = 5_000;

/** Who the desk is: the ticket open and the agent at it. */
export interface PresenceTarget {
  readonly ticketId: string;
  readonly agentId: string;
  readonly agentName: string | undefined;
}

/**
 * Other agents on the open ticket, over the adapter's presence (the server's live channel, or
 * the page's memory): the desk joins `tickets/<id>` while the ticket shows, says when its agent
 * is typing a reply, and leaves when the ticket closes, the widget goes or the page is hidden for
 * good. Nothing is written to the ticket; a closed tab is forgotten by the server after a timeout.
 */
export class TicketPresence implements ReactiveController {
  readonly #host: WidgetHost;
  readonly #context: () => WidgetContext | undefined;
  readonly #target: () => PresenceTarget | undefined;
  #joined: { key: string; session: PresenceSession } | undefined;
  #others: readonly PresenceMember[] = [];
  #typing = false;
  #idle: ReturnType<typeof setTimeout> | undefined;

  constructor(host: WidgetHost, context: () => WidgetContext | undefined, target: () => PresenceTarget | undefined) {
    this.#host = host;
    this.#context = context;
    this.#target = target;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('input', this.#onInput);
    window.addEventListener('pagehide', this.#leave);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('input', this.#onInput);
    window.removeEventListener('pagehide', this.#leave);
    this.#leave();
  }

  hostUpdated(): void {
    // A widget taken off the page still renders once more: it must not join again.
    const target = this.#host.isConnected ? this.#target() : undefined;
    const adapter = this.#context()?.client.adapter;
    const key = target && adapter?.presence ? `${target.ticketId}\n${target.agentId}\n${target.agentName ?? ''}` : '';
    if (key === (this.#joined?.key ?? '')) return;
    this.#leave();
    if (!target || !adapter?.presence) return;
    const session = adapter.presence({
      topic: `tickets/${target.ticketId}`,
      userId: target.agentId,
      name: target.agentName,
      // The same agent in another tab is not someone else.
      onChange: (others) => {
        this.#others = others.filter((member) => member.userId !== target.agentId);
        this.#host.requestUpdate();
      },
    });
    this.#joined = { key, session };
  }

  /** The reply was sent: the agent is no longer writing. */
  stopTyping(): void {
    clearTimeout(this.#idle);
    if (this.#typing) this.#joined?.session.setTyping((this.#typing = false));
  }

  #onInput = (event: Event): void => {
    if ((event.composedPath()[0] as Element | undefined)?.id !== 'reply' || !this.#joined) return;
    if (!this.#typing) this.#joined.session.setTyping((this.#typing = true));
    clearTimeout(this.#idle);
    this.#idle = setTimeout(() => this.stopTyping(), TYPING_IDLE_MS);
  };

  #leave = (): void => {
    clearTimeout(this.#idle);
    this.#typing = false;
    this.#joined?.session.leave();
    this.#joined = undefined;
    if (this.#others.length > 0) {
      this.#others = [];
      this.#host.requestUpdate();
    }
  };

  /** Says who else has the ticket open, and who is writing a reply to it; nothing when no one. */
  render({ format }: WidgetContext, d: TicketDetailMessages): TemplateResult | typeof nothing {
    const names = (members: readonly PresenceMember[]) => format.list([...new Set(members.map((member) => member.name ?? member.userId))]);
    const typing = this.#others.filter((member) => member.typing);
    const viewing = this.#others.filter((member) => !typing.some((writer) => writer.userId === member.userId));
    return html`<div part="presence" class="presence" role="status">
      ${typing.length > 0 ? html`<p class="presence-typing">${d.presence.typing(names(typing))}</p>` : nothing}
      ${viewing.length > 0 ? html`<p>${d.presence.viewing(names(viewing))}</p>` : nothing}
    </div>`;
  }
}
