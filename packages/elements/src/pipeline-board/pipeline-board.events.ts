import type { CrmError, Deal, DealUpdate } from '@rapport/core';
import { CrmEvent } from '../base/crm-event.js';
import type { DealOutcome } from './deal-move.js';

export interface DealMoveDetail {
  readonly deal: Deal;
  readonly fromStageId: string;
  readonly toStageId: string;
  /** Zero-based place in the target stage as shown (with the board's filters and order). */
  readonly toIndex: number;
  /** What will be saved. */
  readonly patch: DealUpdate;
}

/** Before a deal moves to another stage or place; cancel it to leave the deal where it was. */
export class CrmDealMoveEvent extends CrmEvent<DealMoveDetail> {
  static readonly eventName = 'crm-deal-move';
  constructor(detail: DealMoveDetail) {
    super(CrmDealMoveEvent.eventName, detail, { cancelable: true });
  }
}

/** After a move was saved. */
export class CrmDealMovedEvent extends CrmEvent<{ readonly deal: Deal; readonly previous: Deal }> {
  static readonly eventName = 'crm-deal-moved';
  constructor(detail: CrmDealMovedEvent['detail']) {
    super(CrmDealMovedEvent.eventName, detail);
  }
}

/** A move or close could not be saved; the deal is shown where it was, and `error` says why. */
export class CrmDealMoveFailedEvent extends CrmEvent<{ readonly deal: Deal; readonly error: CrmError }> {
  static readonly eventName = 'crm-deal-move-failed';
  constructor(detail: CrmDealMoveFailedEvent['detail']) {
    super(CrmDealMoveFailedEvent.eventName, detail);
  }
}

/** Before a deal is closed as won or lost; cancel it to keep the deal open. */
export class CrmDealCloseEvent extends CrmEvent<{ readonly deal: Deal; readonly outcome: DealOutcome; readonly reason: string }> {
  static readonly eventName = 'crm-deal-close';
  constructor(detail: CrmDealCloseEvent['detail']) {
    super(CrmDealCloseEvent.eventName, detail, { cancelable: true });
  }
}

/** After a deal was closed as won or lost. */
export class CrmDealClosedEvent extends CrmEvent<{ readonly deal: Deal; readonly outcome: DealOutcome }> {
  static readonly eventName = 'crm-deal-closed';
  constructor(detail: CrmDealClosedEvent['detail']) {
    super(CrmDealClosedEvent.eventName, detail);
  }
}

/** A card was clicked or Enter pressed on it; cancel it to open the deal your own way instead of the board's drawer. */
export class CrmDealOpenEvent extends CrmEvent<{ readonly deal: Deal }> {
  static readonly eventName = 'crm-deal-open';
  constructor(detail: CrmDealOpenEvent['detail']) {
    super(CrmDealOpenEvent.eventName, detail, { cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'crm-deal-move': CrmDealMoveEvent;
    'crm-deal-moved': CrmDealMovedEvent;
    'crm-deal-move-failed': CrmDealMoveFailedEvent;
    'crm-deal-close': CrmDealCloseEvent;
    'crm-deal-closed': CrmDealClosedEvent;
    'crm-deal-open': CrmDealOpenEvent;
  }
}
