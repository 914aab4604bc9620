import type { CrmClient, Deal, Pipeline } from '@rapport/core';
import type { ReactiveControllerHost } from 'lit';
import type { LocaleController } from '../base/locale/locale-controller.js';

/**
 * What the board lends the parts it loads on use (the quick-add, the drawer): its client and
 * pipeline, its announcements, and the optimistic display of deals being saved.
 */
export interface BoardEditing {
  readonly host: ReactiveControllerHost & HTMLElement;
  readonly i18n: LocaleController;
  client(): CrmClient | undefined;
  pipeline(): Pipeline | undefined;
  /** The person using the board (`user-id`): owner of what they create and log, unless they pick another. */
  userId(): string;
  /** Owners to choose from, as `[id, name]`, in name order. */
  owners(): readonly (readonly [string, string])[];
  /** A deal by id, as the board shows it now. */
  deal(dealId: string): Deal | undefined;
  now(): Date;
  announce(text: string): void;
  notice(text: string | undefined): void;
  /** Shows `deal` as it will be while it is saved; `undefined` takes the stand-in away again. */
  pending(dealId: string, deal: Deal | undefined): void;
  /** Puts a saved new deal among the board's loaded ones, so it stays when its stand-in goes. */
  loaded(deal: Deal): void;
  /** Focuses the element of the board's shadow root that matches `selector` once rendered. */
  focusLater(selector: string): void;
}
