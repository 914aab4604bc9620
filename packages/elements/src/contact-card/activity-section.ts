import type { Activity, ActivityUpdate, CrmClient } from '@rapport/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Formatter } from '../base/locale/formatter.js';
import { errorText } from '../base/locale/error-text.js';
import type { Messages } from '../base/locale/messages.js';
import { memo } from '../base/memo.js';
import { renderEmpty, renderError } from '../base/states.js';
import { adoptViewStyles } from '../base/view-styles.js';
import { VirtualWindow } from '../base/virtual-window.js';
import { activitySectionStyles } from './activity-section.styles.js';
import { renderTimeline, renderTimelineFilter, TIMELINE_ROW_HEIGHT } from './activity-timeline.js';
import { CrmActivityDeleteEvent, CrmActivityUpdateEvent } from './contact-card.events.js';
import type { TimelineFilterKey, ViewMessages } from './contact-card-views.messages.js';
import { arrangeTimeline } from './timeline-filter.js';

type SectionHost = ReactiveControllerHost & HTMLElement;

/** How long a deleted activity can be brought back before it is deleted for good. */
export const UNDO_DELETE_MS = 6000;

const NO_IDS: ReadonlySet<string> = new Set();

export interface ActivitySectionProps {
  readonly activities: readonly Activity[];
  readonly m: ViewMessages;
  readonly messages: Messages;
  readonly format: Formatter;
  readonly nameOf: (userId: string) => string;
  readonly onEdit: (activity: Activity) => void;
}

/** A delete the user can still undo. */
interface PendingDelete {
  readonly activity: Activity;
  readonly timer: ReturnType<typeof setTimeout>;
}

/**
 * The card's activities and what the user does with them: filter by kind, open a row to its whole
 * text, mark a task done, pin, delete with undo. Fetched with the card's first full render, beside
 * the activities themselves, so the card's first load stays the header. Changes are the client's
 * optimistic writes: the row changes at once and changes back when the save fails.
 */
export class ActivitySection implements ReactiveController {
  readonly #host: SectionHost;
  readonly #client: () => CrmClient | undefined;
  readonly #window: VirtualWindow;
  readonly #arrange = memo(arrangeTimeline);
  #filter: TimelineFilterKey = 'all';
  #expanded = new Set<string>();
  #grown = new Map<string, number>();
  #focused: string | undefined;
  #hidden: ReadonlySet<string> = NO_IDS;
  #pendingDelete: PendingDelete | undefined;
  #failure: unknown;
  /** Where focus goes after the next render (a row's toggle after undo, the undo button after delete). */
  #focusNext: string | undefined;

  constructor(host: SectionHost, client: () => CrmClient | undefined) {
    this.#host = host;
    this.#client = client;
    this.#window = new VirtualWindow(host, { rowHeight: TIMELINE_ROW_HEIGHT });
    host.addController(this);
    adoptViewStyles(host, [activitySectionStyles]);
  }

  /** A deleted activity is deleted for good when the card goes away: the undo went with it. */
  hostDisconnected(): void {
    void this.#commitDelete();
  }

  get filter(): TimelineFilterKey {
    return this.#filter;
  }

  setFilter(filter: TimelineFilterKey): void {
    this.#filter = filter;
    this.#host.requestUpdate();
  }

  /** Opens a row to its whole text and actions, or closes it. */
  toggle(activity: Activity): void {
    const expanded = new Set(this.#expanded);
    if (!expanded.delete(activity.id)) expanded.add(activity.id);
    else this.#grown.delete(activity.id);
    this.#expanded = expanded;
    this.#host.requestUpdate();
  }

  setDone(activity: Activity, done: boolean): Promise<boolean> {
    return this.#update(activity, { done });
  }

  togglePin(activity: Activity): Promise<boolean> {
    return this.#update(activity, { pinned: !activity.pinned });
  }

  /** Hides the activity at once and deletes it when the undo runs out (or the next delete starts). */
  remove(activity: Activity): void {
    if (!this.#host.dispatchEvent(new CrmActivityDeleteEvent({ activity }))) return;
    void this.#commitDelete();
    this.#pendingDelete = { activity, timer: setTimeout(() => void this.#commitDelete(), UNDO_DELETE_MS) };
    this.#hidden = new Set([...this.#hidden, activity.id]);
    this.#failure = undefined;
    this.#focusNext = '[part~="undo-button"]';
    this.#host.requestUpdate();
  }

  /** Brings back the activity deleted last, while its undo lasts. */
  undo(): void {
    const pending = this.#pendingDelete;
    if (!pending) return;
    clearTimeout(pending.timer);
    this.#pendingDelete = undefined;
    this.#unhide(pending.activity.id);
    this.#focusNext = `[data-id="${CSS.escape(pending.activity.id)}"] [part~="activity-toggle"]`;
  }

  /**
   * After each render: measures opened rows (their height is their text's) and moves focus
   * where the last action left it. Returns whether a measure changed, so the host renders again.
   */
  afterRender(root: ParentNode): void {
    let changed = false;
    for (const row of root.querySelectorAll<HTMLElement>('[part~="activity"][data-expanded]')) {
      const id = row.dataset['id'];
      const extra = Math.max(0, row.offsetHeight - TIMELINE_ROW_HEIGHT);
      if (id && this.#grown.get(id) !== extra) {
        this.#grown.set(id, extra);
        changed = true;
      }
    }
    if (changed) {
      this.#grown = new Map(this.#grown);
      this.#host.requestUpdate();
    }
    if (this.#focusNext) {
      const target = root.querySelector<HTMLElement>(this.#focusNext);
      this.#focusNext = undefined;
      target?.focus();
    }
  }

  async #update(activity: Activity, patch: ActivityUpdate): Promise<boolean> {
    const client = this.#client();
    if (!client || !this.#host.dispatchEvent(new CrmActivityUpdateEvent({ activity, patch }))) {
      this.#host.requestUpdate();
      return false;
    }
    this.#failure = undefined;
    try {
      await client.activities.update(activity.id, patch, { expectedVersion: activity.version });
      return true;
    } catch (error) {
      // The client has already put the activity back as it was; say why.
      this.#failure = error;
      return false;
    } finally {
      this.#host.requestUpdate();
    }
  }

  async #commitDelete(): Promise<void> {
    const pending = this.#pendingDelete;
    const client = this.#client();
    if (!pending) return;
    clearTimeout(pending.timer);
    this.#pendingDelete = undefined;
    this.#host.requestUpdate();
    if (!client) return this.#unhide(pending.activity.id);
    try {
      await client.activities.remove(pending.activity.id);
      this.#hidden = new Set([...this.#hidden].filter((id) => id !== pending.activity.id));
    } catch (error) {
      this.#failure = error;
      this.#unhide(pending.activity.id);
    }
  }

  #unhide(id: string): void {
    this.#hidden = new Set([...this.#hidden].filter((hidden) => hidden !== id));
    this.#host.requestUpdate();
  }

  readonly #onFocusIn = (event: FocusEvent): void => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[part~="activity"]');
    this.#focused = row?.dataset['id'];
  };

  render(props: ActivitySectionProps): TemplateResult {
    const { m, messages, format } = props;
    const arranged = this.#arrange(props.activities, this.#filter, this.#hidden);
    const pending = this.#pendingDelete;
    const focusedIndex = this.#focused ? arranged.activities.findIndex((activity) => activity.id === this.#focused) : -1;
    const client = this.#client();
    return html`${renderTimelineFilter(this.#filter, arranged.counts, m.activity, format, (filter) => this.setFilter(filter))}
      <div class="timeline-status" role="status">
        ${pending
          ? html`<span>${m.activity.deleted(pending.activity.subject)}</span>
              <button part="undo-button" type="button" @click=${() => this.undo()}>${m.activity.undo}</button>`
          : nothing}
      </div>
      ${this.#failure ? renderError(errorText(this.#failure, messages)) : nothing}
      <div @focusin=${this.#onFocusIn}>
        ${arranged.activities.length === 0
          ? renderEmpty(arranged.counts.all === 0 ? m.timeline.empty : m.activity.emptyKind)
          : renderTimeline({
              timeline: arranged,
              window: this.#window,
              m,
              messages,
              format,
              now: client ? client.now() : new Date(),
              expanded: this.#expanded,
              grown: this.#grown,
              keep: focusedIndex >= 0 ? focusedIndex : undefined,
              nameOf: props.nameOf,
              onToggle: (activity) => this.toggle(activity),
              onDone: (activity, done) => void this.setDone(activity, done),
              onEdit: props.onEdit,
              onPin: (activity) => void this.togglePin(activity),
              onDelete: (activity) => this.remove(activity),
            })}
      </div>`;
  }
}
