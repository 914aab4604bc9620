import type { Deal } from '@rapport/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Formatter } from '../base/locale/formatter.js';
import type { BoardModel, DealPlace, Drag } from './board-model.js';
import { cardAfterKey, placeOf, slotAfterKey, slotIn } from './board-navigation.js';
import { cardOf } from './card-focus.js';
import { CARD_ROW_HEIGHT } from './deal-card.js';
import type { DealOutcome } from './deal-move.js';
import { ghostTransform, renderDragGhost, type GhostPlace } from './drag-ghost.js';
import { isSlotKey, sameSlot, type DropSlot } from './drop-slot.js';
import type { DealEditingMessages } from './deal-editing.messages.js';
import type { PipelineBoardMessages, Place } from './pipeline-board.messages.js';
import { PointerDrag, type Point } from './pointer-drag.js';
import { contains, rowAt, scrollNearEdges } from './pointer-geometry.js';

/** What a drag asks of the board it runs on, which keeps saving, closing and focus. */
export interface BoardDragDelegate {
  messages(): PipelineBoardMessages;
  /** What moving a deal says (loaded with this code, not with the board). */
  moving(): DealEditingMessages['moving'];
  format(): Formatter;
  /** Whether a deal may be picked up: not while its change is being saved, nor while a dialog is open. */
  liftable(dealId: string): boolean;
  focusAfterUpdate(dealId: string | undefined): void;
  /** Moves focus to a card (no deal held). */
  focusCard(card: DealPlace): void;
  /** Scrolls a place of a stage into view. */
  reveal(stageId: string, index: number): void;
  /** Shows why a drop was refused; `undefined` takes the last reason away. */
  notice(text: string | undefined): void;
  /** Moves a dropped deal to a place of another stage or its own; `false` when the host vetoed it. */
  move(deal: Deal, stageId: string, index: number): boolean;
  /** A deal dropped on "won" or "lost": ask why. */
  close(deal: Deal, outcome: DealOutcome): void;
  /** Enter pressed on a card, no deal held: open the deal. */
  open(deal: Deal): void;
  /** Says something in the board's live region. */
  announce(text: string): void;
}

/** Where a pointer pressed a card, so the card under the pointer does not jump when it lifts. */
interface Grab {
  readonly id: string;
  readonly offsetX: number;
  readonly offsetY: number;
  readonly width: number;
  point?: Point;
}

/**
 * Picking a deal up, moving it and putting it down, by keyboard (Space, arrows, Space or Enter,
 * Escape) and by pointer (through `PointerDrag`), each step said in the board's live region. The
 * held deal is the board's state: the board renders `drag` and `ghost`, and says what the delegate is told to announce.
 */
export class BoardDragController implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  readonly #delegate: BoardDragDelegate;
  /** What the board last rendered: the keyboard and the pointer act on what the user sees. */
  shown: BoardModel | undefined;
  /** Where a pointer drag may drop: the board's columns, or the cells of the lane the held deal stays in. */
  cells: () => string = () => '.column';
  #drag: Drag | undefined;
  #grab: Grab | undefined;
  /** Set from a pointer drop until the click that the same press fires has passed: a drop is not an open. */
  #dropping = false;

  readonly #pointer: PointerDrag;
  readonly onPointerDown: (event: PointerEvent) => void;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }, delegate: BoardDragDelegate) {
    this.#host = host;
    this.#delegate = delegate;
    host.addController(this);
    this.#pointer = new PointerDrag({
      canLift: (event) => {
        const card = cardOf(event);
        const id = card?.dataset['dealId'];
        if (!card || id === undefined || this.#drag || !delegate.liftable(id)) return false;
        const rect = card.getBoundingClientRect();
        this.#grab = { id, offsetX: event.clientX - rect.left, offsetY: event.clientY - rect.top, width: rect.width };
        return true;
      },
      lift: (point) => {
        const grab = this.#grab;
        const found = grab && this.shown?.locate(grab.id);
        if (!grab || !found) return;
        grab.point = point;
        this.#lift(found, 'pointer');
      },
      move: (point) => this.#pointerMove(point),
      drop: (point) => {
        this.#dropping = true;
        setTimeout(() => (this.#dropping = false));
        const target = this.#slotAt(point);
        if (!target) return this.#cancel();
        if (this.#drag) this.#set({ ...this.#drag, target });
        this.#drop();
      },
      cancel: () => this.#cancel(),
      autoScroll: (point) => scrollNearEdges(host.renderRoot.querySelector<HTMLElement>('.columns'), host.renderRoot.querySelectorAll<HTMLElement>(`${this.cells()} .cards`), point),
    });
    this.onPointerDown = this.#pointer.onPointerDown;
  }

  hostDisconnected(): void {
    this.#pointer.cancel();
  }

  /** The deal held now, where from and where it would land. */
  get drag(): Drag | undefined {
    return this.#drag;
  }

  /** Where the card following the pointer is drawn, during a pointer drag. */
  get ghost(): GhostPlace | undefined {
    const point = this.#grab?.point;
    return this.#drag?.mode === 'pointer' && point ? ghostPlaceOf(this.#grab as Grab, point) : undefined;
  }

  /** The card following the pointer, during a pointer drag. */
  renderGhost(format: Formatter): ReturnType<typeof renderDragGhost> {
    return renderDragGhost(this.#drag?.deal, this.ghost, format);
  }

  /** Whether the press now ending was a pointer drop: the click it fires is not a click on a card. */
  get dropping(): boolean {
    return this.#dropping;
  }

  announce(text: string): void {
    this.#delegate.announce(text);
  }

  /** Lets go of the held deal without a word, as when the board shows another pipeline. */
  reset(): void {
    this.#set(undefined);
  }

  /**
   * The board's keys: Space picks the focused card's deal up, and then moves and drops it (or
   * Escape puts it back); with no deal held, the arrows, Home and End move focus between cards,
   * and Enter opens the focused deal.
   */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    const drag = this.#drag;
    const shown = this.shown;
    const found = shown?.locate(cardOf(event)?.dataset['dealId'] ?? '');
    if (drag?.mode === 'keyboard') return this.#keyWhileHeld(event, drag);
    if (!found || drag) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      this.#delegate.open(found.deal);
      return;
    }
    if (event.key === ' ') {
      event.preventDefault();
      if (this.#delegate.liftable(found.deal.id)) this.#lift(found, 'keyboard');
      else this.announce(this.#delegate.moving().busy(found.deal.name));
      return;
    }
    const next = shown && cardAfterKey(shown, event.key, found);
    if (!next) return;
    event.preventDefault();
    this.#delegate.focusCard(next);
  };

  #keyWhileHeld(event: KeyboardEvent, drag: Drag): void {
    const m = this.#delegate.messages();
    const shown = this.shown;
    if (isSlotKey(event.key)) {
      event.preventDefault();
      if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && shown && shown.sort !== 'rank') {
        this.announce(this.#delegate.moving().sortedColumn(m.toolbar.sorts[shown.sort]));
        return;
      }
      const target = shown ? slotAfterKey(shown, event.key, drag.target, drag.deal) : drag.target;
      if (!sameSlot(target, drag.target)) this.#retarget(target);
      else this.#announceTarget();
    } else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      this.#drop();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.#cancel();
    } else if (event.key === 'Tab') {
      // Focus leaving the board with a deal in hand would leave it nowhere: put it back first.
      this.#cancel();
    }
  }

  #set(drag: Drag | undefined): void {
    this.#drag = drag;
    if (!drag) this.#grab = undefined;
    this.#host.requestUpdate();
  }

  #lift({ deal, stageId, index }: DealPlace, mode: Drag['mode']): void {
    this.#delegate.notice(undefined);
    this.#set({ mode, deal, origin: { stageId, index }, target: { kind: 'stage', stageId, index } });
    this.#delegate.focusAfterUpdate(mode === 'keyboard' ? deal.id : undefined);
    this.announce(this.#delegate.moving().lifted(deal.name, this.#placeOf(stageId, index, deal)));
  }

  #retarget(target: DropSlot): void {
    const drag = this.#drag;
    if (!drag) return;
    this.#set({ ...drag, target });
    if (target.kind === 'stage') this.#delegate.reveal(target.stageId, target.index);
    if (drag.mode === 'keyboard') this.#delegate.focusAfterUpdate(drag.deal.id);
    this.#announceTarget();
  }

  #announceTarget(): void {
    const drag = this.#drag;
    if (!drag) return;
    const m = this.#delegate.messages();
    const { target, deal } = drag;
    if (target.kind === 'outcome') {
      this.announce(this.#delegate.moving().overOutcome(deal.name, m.outcomes[target.outcome]));
      return;
    }
    const over = this.#delegate.moving().over(deal.name, this.#placeOf(target.stageId, target.index, deal));
    this.announce([over, this.#wipRefusal(target.stageId, deal)].filter(Boolean).join(' '));
  }

  #cancel(): void {
    const drag = this.#drag;
    if (!drag) return;
    this.#set(undefined);
    this.#delegate.focusAfterUpdate(drag.mode === 'keyboard' ? drag.deal.id : undefined);
    this.announce(this.#delegate.moving().cancelled(drag.deal.name, this.#placeOf(drag.origin.stageId, drag.origin.index, drag.deal)));
  }

  #drop(): void {
    const drag = this.#drag;
    if (!drag) return;
    this.#set(undefined);
    const { deal, target } = drag;
    const m = this.#delegate.messages();
    if (target.kind === 'outcome') {
      this.#delegate.close(deal, target.outcome);
      return;
    }
    if (drag.mode === 'keyboard') this.#delegate.focusAfterUpdate(deal.id);
    const refusal = this.#wipRefusal(target.stageId, deal);
    if (refusal) {
      this.#delegate.notice(refusal);
      this.announce(refusal);
      return;
    }
    const place = this.#placeOf(target.stageId, target.index, deal);
    this.announce(this.#delegate.move(deal, target.stageId, target.index) ? this.#delegate.moving().dropped(deal.name, place) : this.#delegate.moving().vetoed(deal.name));
  }

  #pointerMove(point: Point): void {
    const grab = this.#grab;
    const drag = this.#drag;
    if (!grab || !drag) return;
    grab.point = point;
    const ghost = this.#host.renderRoot.querySelector<HTMLElement>('.ghost');
    if (ghost) ghost.style.transform = ghostTransform(ghostPlaceOf(grab, point));
    const target = this.#slotAt(point);
    if (target && !sameSlot(target, drag.target)) this.#retarget(target);
  }

  /** The slot under a pointer: an outcome zone, or the place in the column under it. */
  #slotAt(point: Point): DropSlot | undefined {
    const drag = this.#drag;
    const shown = this.shown;
    if (!drag || !shown) return undefined;
    const root = this.#host.renderRoot;
    for (const zone of root.querySelectorAll<HTMLElement>('[data-outcome]')) {
      if (contains(zone.getBoundingClientRect(), point)) return { kind: 'outcome', outcome: zone.dataset['outcome'] as DealOutcome };
    }
    for (const column of root.querySelectorAll<HTMLElement>(this.cells())) {
      const rect = column.getBoundingClientRect();
      if (point.x < rect.left || point.x > rect.right) continue;
      const list = column.querySelector<HTMLElement>('.cards');
      return slotIn(shown, column.dataset['stageId'] ?? '', drag.deal, list ? rowAt(list, point, CARD_ROW_HEIGHT) : undefined);
    }
    return undefined;
  }

  /** Why a drop of `deal` into the stage would be refused, or `undefined` when it would not. */
  #wipRefusal(stageId: string, deal: Deal): string | undefined {
    const stage = this.shown?.wipRefusal(stageId, deal);
    return stage && this.#delegate.moving().wipRefused(stage.name, this.#delegate.format().number(stage.wipLimit ?? 0));
  }

  #placeOf(stageId: string, index: number, deal: Deal): Place {
    const place = this.shown ? placeOf(this.shown, stageId, index, deal) : { stage: stageId, index, size: 1 };
    const format = this.#delegate.format();
    return { stage: place.stage, position: format.number(place.index + 1), size: format.number(place.size) };
  }
}


function ghostPlaceOf(grab: Grab, point: Point): GhostPlace {
  return { x: point.x - grab.offsetX, y: point.y - grab.offsetY, width: grab.width };
}
