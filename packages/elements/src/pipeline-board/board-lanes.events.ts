import { CrmEvent } from '../base/crm-event.js';
import type { BoardSwimlanes } from './lane-grouping.js';

// Apart from the board's other events: only the lanes' choice, loaded on use, sends it.

/** The user chose how the board's rows are grouped (`swimlanes`): none, by owner or by account. */
export class CrmSwimlanesChangeEvent extends CrmEvent<{ readonly swimlanes: BoardSwimlanes }> {
  static readonly eventName = 'crm-swimlanes-change';
  constructor(detail: CrmSwimlanesChangeEvent['detail']) {
    super(CrmSwimlanesChangeEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'crm-swimlanes-change': CrmSwimlanesChangeEvent;
  }
}
