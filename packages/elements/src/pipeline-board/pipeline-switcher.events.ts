import { CrmEvent } from '../base/crm-event.js';

// Apart from the board's other events: only the switcher, loaded on use, sends it.

/** The user chose another pipeline in the board's switcher; the board now shows it (`shownPipelineId`). */
export class CrmPipelineChangeEvent extends CrmEvent<{ readonly pipelineId: string }> {
  static readonly eventName = 'crm-pipeline-change';
  constructor(detail: CrmPipelineChangeEvent['detail']) {
    super(CrmPipelineChangeEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'crm-pipeline-change': CrmPipelineChangeEvent;
  }
}
