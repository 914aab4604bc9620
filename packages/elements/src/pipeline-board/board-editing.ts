import type { CrmClient, Deal, Pipeline } from '@rapport/core';
import type { LocaleController } from '../base/locale/locale-controller.js';
import type { BoardModel } from './board-model.js';
import type { PipelineBoardMessages } from './pipeline-board.messages.js';
import type { CrmPipelineBoard } from './pipeline-board.js';

/**
 * What the board lends the parts it loads on use (the quick-add, the drawer, saving moves and
 * closes): its client, pipeline and strings, what it last rendered, its announcements, focus, and
 * the optimistic display of deals being saved. The rest they read from the board's public properties.
 */
export interface BoardEditing {
  readonly host: CrmPipelineBoard;
  readonly i18n: LocaleController;
  client(): CrmClient | undefined;
  pipeline(): Pipeline | undefined;
  /** What the board last rendered. */
  shown(): BoardModel | undefined;
  messages(): PipelineBoardMessages;
  announce(text: string): void;
  notice(text: string | undefined): void;
  /** Shows `deal` as it will be while it is saved; `undefined` takes the stand-in away again. */
  pending(dealId: string, deal: Deal | undefined): void;
  /** Focuses the element of the board's shadow root that matches `selector` once rendered. */
  focusLater(selector: string): void;
  /** Makes a card its stage's Tab stop and focuses it once rendered; `undefined` focuses none. */
  focusCard(card: { readonly stageId: string; readonly deal: Deal } | undefined): void;
  /** Makes `dealId` its stage's Tab stop. */
  tabStop(stageId: string, dealId: string): void;
  /** Loads the board's deals again (someone else's change won). */
  refetch(): void;
}
