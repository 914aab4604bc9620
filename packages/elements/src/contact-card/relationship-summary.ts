import type { ChurnReason } from '@rapport/core/domain';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '../base/locale/formatter.js';
import type { Messages } from '../base/locale/messages.js';
import type { ContactCardMessages } from './contact-card.messages.js';
import type { Relationship } from './relationship.js';

export type ChurnLevel = 'low' | 'medium' | 'high';

/** Risk bands a reader can act on: below 30 % low, below 60 % medium, else high. */
export function churnLevelOf(risk: number): ChurnLevel {
  return risk < 0.3 ? 'low' : risk < 0.6 ? 'medium' : 'high';
}

/** Colour of a risk band, in the green/yellow/red of the value tier. */
const churnColour: Readonly<Record<ChurnLevel, string>> = { low: 'green', medium: 'yellow', high: 'red' };

function reasonText(reason: ChurnReason, m: ContactCardMessages['relationship'], format: Formatter): string {
  return m.churnReasons[reason.factor](format.number(Math.round(reason.value)));
}

/** The relationship at a glance: all five measures in `full`, the three badges that matter most in `compact`. */
export function renderRelationship(relationship: Relationship, compact: boolean, card: ContactCardMessages, messages: Messages, format: Formatter): TemplateResult {
  const m = card.relationship;
  const { lifecycle, tier, loyalty, rfm, churn } = relationship;
  const segment = rfm?.segment;
  const stage = lifecycle.churn ? `${m.stages[lifecycle.stage]} · ${m.churnKinds[lifecycle.churn]}` : m.stages[lifecycle.stage];
  const level = churnLevelOf(churn.risk);
  const churnText = `${m.churnLevels[level]} (${format.percent(churn.risk)})`;
  const badge = (colour: string | undefined, text: string) => html`<span part="badge" class="badge" data-colour=${colour ?? nothing}>${text}</span>`;
  if (compact) {
    return html`<ul part="relationship" class="badges" aria-label=${m.heading}>
      <li>${badge(undefined, stage)}</li>
      ${tier ? html`<li>${badge(tier, `${m.tier}: ${m.tiers[tier]}`)}</li>` : nothing}
      <li>${badge(churnColour[level], `${m.churn}: ${churnText}`)}</li>
    </ul>`;
  }
  return html`<section part="relationship" class="relationship" aria-labelledby="relationship-heading">
    <h3 id="relationship-heading" class="section-heading">${m.heading}</h3>
    <dl class="facts">
      <div class="fact"><dt>${m.lifecycle}</dt><dd>${badge(undefined, stage)}</dd></div>
      <div class="fact"><dt>${m.tier}</dt><dd>${tier ? badge(tier, m.tiers[tier]) : messages.common.notSet}</dd></div>
      <div class="fact"><dt>${m.loyalty}</dt><dd>${m.loyaltyLevels[loyalty]}</dd></div>
      <div class="fact"><dt>${m.segment}</dt><dd>${segment ? m.segments[segment] : messages.common.notSet}</dd></div>
      <div class="fact">
        <dt>${m.churn}</dt>
        <dd>
          ${badge(churnColour[level], churnText)}
          ${churn.reasons.length > 0
            ? html`<ul class="reasons">${churn.reasons.map((reason) => html`<li>${reasonText(reason, m, format)}</li>`)}</ul>`
            : nothing}
        </dd>
      </div>
    </dl>
  </section>`;
}
