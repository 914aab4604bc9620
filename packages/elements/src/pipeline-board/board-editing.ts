import type { CrmClient, Deal, Pipeline } from '@rapport/core';
import type { LocaleController } from '../base/locale/locale-controller.js';
import type { CrmPipelineBoard } from './pipeline-board.js';

/**
 * What the board lends the parts it loads on use (the quick-add, the drawer): its client and
 * pipeline, its announcements, and the optimistic display of deals being saved. The rest they
 * read from the board's public properties.
 */
export interface BoardEditing {
  readonly host: CrmPipelineBoard;
  readonly i18n: LocaleController;
  client(): CrmClient | undefined;
  pipeline(): Pipeline | undefined;
  announce(text: string): void;
  notice(text: string | undefined): void;
  /** Shows `deal` as it will be while it is saved; `undefined` takes the stand-in away again. */
  pending(dealId: string, deal: Deal | undefined): void;
  /** Focuses the element of the board's shadow root that matches `selector` once rendered. */
  focusLater(selector: string): void;
}
