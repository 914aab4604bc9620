import type { Deal } from '@rapport/core';
import { daysBetween, enteredCurrentStageAt } from '@rapport/core/domain';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '../base/locale/formatter.js';
import { formatCalendarDate } from './calendar-date.js';
import type { PipelineBoardMessages } from './pipeline-board.messages.js';

/** Height of one card with the gap below it, in CSS pixels; the styles hold cards to it so windowing stays exact. */
export const CARD_ROW_HEIGHT = 116;

/**
 * `lifted`: picked up from the keyboard; `placeholder`: where a pointer drag would drop it;
 * `leaving`: about to be closed as won or lost; `saving`: a change is on its way.
 */
export type CardState = 'resting' | 'lifted' | 'placeholder' | 'leaving' | 'saving';

export interface DealCardProps {
  readonly deal: Deal;
  readonly stageProbability: number;
  readonly accountName: string | undefined;
  readonly ownerName: string | undefined;
  readonly nowMs: number;
  readonly format: Formatter;
  readonly messages: PipelineBoardMessages;
  readonly state: CardState;
  /** Past its stage's rotting days. */
  readonly idle: boolean;
  /** The one card of its column reached with Tab. */
  readonly tabStop: boolean;
  readonly position: number;
  readonly setSize: number;
}

/** One deal: what it is worth, how likely, who has it, when it should close and how long it has waited. */
export function renderDealCard(props: DealCardProps): TemplateResult {
  const { deal, format, messages, state } = props;
  const m = messages.card;
  const days = Math.max(0, Math.floor(daysBetween(enteredCurrentStageAt(deal), props.nowMs)));
  const people = [props.accountName, props.ownerName].filter(Boolean).join(' · ');
  return html`<div role="listitem" class="slot" aria-posinset=${props.position} aria-setsize=${props.setSize}>
    <div
      part="card"
      class="card ${state} ${props.idle ? 'idle' : ''}"
      role="button"
      tabindex=${props.tabStop ? 0 : -1}
      data-deal-id=${deal.id}
      aria-roledescription=${m.roleDescription}
      aria-describedby="drag-instructions"
      aria-disabled=${state === 'saving' ? 'true' : nothing}
    >
      <span part="card-name" class="card-name">${deal.name}</span>
      <span class="card-line">${people}</span>
      <span class="card-line">
        <span part="card-amount" class="amount">${format.money(deal.amount, deal.currency)}</span>
        <span class="probability">${m.probability(format.percent(deal.probability ?? props.stageProbability))}</span>
      </span>
      <span class="card-line muted">
        <span class="closes">${deal.expectedCloseDate ? m.closes(formatCalendarDate(deal.expectedCloseDate, format.locale)) : m.noCloseDate}</span>
        <span class="age">${state === 'saving' ? m.saving : `${props.idle ? `${m.idle} · ` : ''}${m.daysInStage(days, format.number(days))}`}</span>
      </span>
    </div>
  </div>`;
}
