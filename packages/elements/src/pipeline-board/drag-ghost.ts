import type { Deal } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '../base/locale/formatter.js';

/** Where a dragged card is drawn: under the pointer, less the offset at which it was grabbed. */
export interface GhostPlace {
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

export function ghostTransform({ x, y }: Pick<GhostPlace, 'x' | 'y'>): string {
  return `translate(${x}px, ${y}px)`;
}

/** The card that follows the pointer during a drag; hidden from assistive technology, which hears the announcements. */
export function renderDragGhost(deal: Deal | undefined, place: GhostPlace | undefined, format: Formatter): TemplateResult | typeof nothing {
  if (!deal || !place) return nothing;
  return html`<div part="drag-ghost" class="ghost" aria-hidden="true" style="width: ${place.width}px; transform: ${ghostTransform(place)}">
    <span class="card-name">${deal.name}</span>
    <span class="amount">${format.money(deal.amount, deal.currency)}</span>
  </div>`;
}
