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
  return renderFacts(m, [
    badge(undefined, stage),
    tier ? badge(tier, m.tiers[tier]) : messages.common.notSet,
    m.loyaltyLevels[loyalty],
    segment ? m.segments[segment] : messages.common.notSet,
    html`${badge(churnColour[level], churnText)}
    ${churn.reasons.length > 0 ? html`<ul class="reasons">${churn.reasons.map((reason) => html`<li>${reasonText(reason, m, format)}</li>`)}</ul>` : nothing}`,
  ]);
}

/**
 * The full section's frame while the measures load: its heading and rows, with a placeholder for
 * each value, so what follows in the card (the activities) does not move when the measures arrive.
 */
export function renderRelationshipPlaceholder(card: ContactCardMessages): TemplateResult {
  return renderFacts(card.relationship);
}

/** The five measures under their labels; without `values`, a placeholder for each, marked busy. */
function renderFacts(m: ContactCardMessages['relationship'], values?: readonly unknown[]): TemplateResult {
  return html`<section part=${values ? 'relationship' : nothing} class="relationship" aria-labelledby="relationship-heading" aria-busy=${values ? nothing : 'true'}>
    <h3 id="relationship-heading" class="section-heading">${m.heading}</h3>
    <dl class="facts">
      ${[m.lifecycle, m.tier, m.loyalty, m.segment, m.churn].map(
        (label, i) => html`<div class="fact"><dt>${label}</dt><dd>${values ? values[i] : html`<span class="placeholder"></span>`}</dd></div>`,
      )}
    </dl>
  </section>`;
}
