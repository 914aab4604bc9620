export interface Point {
  readonly x: number;
  readonly y: number;
}

/** What a pointer drag does; the host decides what is dragged, where it would land and how it scrolls. */
export interface PointerDragDelegate {
  /**
   * Whether a press may turn into a drag. Read what was pressed here: once the press event has
   * been dispatched, its target is retargeted to the shadow host.
   */
  canLift(event: PointerEvent): boolean;
  /** The press became a drag, at `point`. */
  lift(point: Point): void;
  /** Called on every pointer move and every auto-scroll step while dragging. */
  move(point: Point): void;
  drop(point: Point): void;
  cancel(): void;
  /** Scrolls whatever the point is near the edge of; `true` when something scrolled. */
  autoScroll(point: Point): boolean;
}

/** A mouse or pen must travel this far before a press becomes a drag, so clicks stay clicks. */
const MOUSE_THRESHOLD_PX = 5;
/** A finger must rest this long: a quick swipe scrolls the column instead. */
const TOUCH_HOLD_MS = 250;
/** …and may wobble this much while resting. */
const TOUCH_TOLERANCE_PX = 10;

type Phase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pressed'; readonly pointerId: number; readonly start: Point; readonly holdTimer?: ReturnType<typeof setTimeout> }
  | { readonly kind: 'dragging'; readonly pointerId: number; point: Point };

/**
 * Pointer dragging for mouse, pen and touch: a drag starts after a small movement (mouse, pen)
 * or a short hold (touch, where a plain swipe must keep scrolling), and the page does not scroll
 * under a finger that drags. Escape ends a drag without dropping. While dragging, edges of the host's scroll areas scroll on their own.
 * The gesture only: `BoardDragController` says what it means on the board.
 */
export class PointerDrag {
  readonly #delegate: PointerDragDelegate;
  #phase: Phase = { kind: 'idle' };
  #frame = 0;

  constructor(delegate: PointerDragDelegate) {
    this.#delegate = delegate;
  }

  get dragging(): boolean {
    return this.#phase.kind === 'dragging';
  }

  readonly onPointerDown = (event: PointerEvent): void => {
    if (this.#phase.kind !== 'idle' || !event.isPrimary || (event.pointerType === 'mouse' && event.button !== 0)) return;
    if (!this.#delegate.canLift(event)) return;
    const start = { x: event.clientX, y: event.clientY };
    const { pointerId } = event;
    const holdTimer = event.pointerType === 'touch' ? setTimeout(() => this.#lift(pointerId, start), TOUCH_HOLD_MS) : undefined;
    this.#phase = holdTimer === undefined ? { kind: 'pressed', pointerId, start } : { kind: 'pressed', pointerId, start, holdTimer };
    addEventListener('pointermove', this.#onPointerMove);
    addEventListener('pointerup', this.#onPointerUp);
    addEventListener('pointercancel', this.#onPointerCancel);
    addEventListener('touchmove', this.#onTouchMove, { passive: false });
  };

  /** Ends a drag without dropping (Escape, or the board leaving the page). */
  cancel(): void {
    const wasDragging = this.dragging;
    this.#reset();
    if (wasDragging) this.#delegate.cancel();
  }

  readonly #onPointerMove = (event: PointerEvent): void => {
    const phase = this.#phase;
    const point = { x: event.clientX, y: event.clientY };
    if (phase.kind === 'pressed' && event.pointerId === phase.pointerId) {
      const distance = Math.hypot(point.x - phase.start.x, point.y - phase.start.y);
      if (phase.holdTimer !== undefined) {
        if (distance > TOUCH_TOLERANCE_PX) this.#reset();
      } else if (distance >= MOUSE_THRESHOLD_PX) {
        this.#lift(phase.pointerId, phase.start);
        this.#moveTo(point);
      }
    } else if (phase.kind === 'dragging' && event.pointerId === phase.pointerId) {
      this.#moveTo(point);
    }
  };

  readonly #onPointerUp = (event: PointerEvent): void => {
    const phase = this.#phase;
    if (phase.kind === 'dragging' && event.pointerId === phase.pointerId) {
      const point = { x: event.clientX, y: event.clientY };
      this.#reset();
      this.#delegate.drop(point);
    } else if (phase.kind === 'pressed' && event.pointerId === phase.pointerId) {
      this.#reset();
    }
  };

  readonly #onPointerCancel = (event: PointerEvent): void => {
    const phase = this.#phase;
    if ((phase.kind === 'dragging' && event.pointerId === phase.pointerId) || (phase.kind === 'pressed' && event.pointerId === phase.pointerId)) this.cancel();
  };

  /** Escape puts the deal back, wherever focus is. */
  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.dragging) return;
    event.preventDefault();
    event.stopPropagation();
    this.cancel();
  };

  /** While a finger drags, the page must not scroll under it. */
  readonly #onTouchMove = (event: TouchEvent): void => {
    if (this.dragging && event.cancelable) event.preventDefault();
  };

  #lift(pointerId: number, start: Point): void {
    if (this.#phase.kind !== 'pressed') return;
    this.#phase = { kind: 'dragging', pointerId, point: start };
    addEventListener('keydown', this.#onKeyDown, true);
    this.#delegate.lift(start);
    this.#frame = requestAnimationFrame(this.#scrollStep);
  }

  #moveTo(point: Point): void {
    if (this.#phase.kind !== 'dragging') return;
    this.#phase.point = point;
    this.#delegate.move(point);
  }

  readonly #scrollStep = (): void => {
    if (this.#phase.kind !== 'dragging') return;
    const { point } = this.#phase;
    if (this.#delegate.autoScroll(point)) this.#delegate.move(point);
    this.#frame = requestAnimationFrame(this.#scrollStep);
  };

  #reset(): void {
    if (this.#phase.kind === 'pressed' && this.#phase.holdTimer !== undefined) clearTimeout(this.#phase.holdTimer);
    cancelAnimationFrame(this.#frame);
    this.#phase = { kind: 'idle' };
    removeEventListener('pointermove', this.#onPointerMove);
    removeEventListener('pointerup', this.#onPointerUp);
    removeEventListener('pointercancel', this.#onPointerCancel);
    removeEventListener('touchmove', this.#onTouchMove);
    removeEventListener('keydown', this.#onKeyDown, true);
  }
}
