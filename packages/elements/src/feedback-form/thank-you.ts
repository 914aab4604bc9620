import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocaleCode } from '../base/locale/locale.js';
import { safeHref } from '../base/safe-href.js';
import { chunkMessages } from '../base/locale/chunk-messages.js';
import { outboxNotices } from './outbox-notices.js';
import type { FeedbackFormMessages } from './feedback-form.messages.js';
import type { ScoredAnswer } from './response-scores.js';
import { thankYouMessages, type ThankYouMessages } from './thank-you.messages.js';

/**
 * What became of the response: stored, queued for the connection, queued and since delivered,
 * queued and then refused by the service (the unsent notice offers a retry), or dropped as spam.
 */
export type ThanksDelivery = 'sent' | 'queued' | 'delivered' | 'unsent' | 'dropped';

/** The follow-up question ("may we contact you?") and the visitor's answer to it. */
export type FollowUpState = 'asked' | 'saving' | 'accepted' | 'declined';

export interface ThankYouProps {
  readonly m: FeedbackFormMessages;
  readonly delivery: ThanksDelivery;
  /** Whether the browser says it is offline: a queued response then waits for it, else for the service to be reachable. */
  readonly offline: boolean;
  /** Whether a queued response is kept in page memory only (the browser gave no storage that outlives the page). */
  readonly pageOnly: boolean;
  /** The follow-up question, or `undefined` when the page asks none. */
  readonly followUp: string | undefined;
  readonly followUpState: FollowUpState;
  readonly failure: TemplateResult | typeof nothing;
  /** Responses of this survey the service refused, with a retry and a discard. */
  readonly unsent: TemplateResult | typeof nothing;
  readonly onFollowUp: (accepted: boolean) => void;
  /** The response's scores: their band chooses the message. */
  readonly scores: readonly ScoredAnswer[];
  /** The host's review page, offered to promoters once checked (`https:` only). */
  readonly reviewUrl: string;
  /** Whether the response says how to reach the visitor: only then are detractors told they will be contacted. */
  readonly contactable: boolean;
  readonly host: ReactiveControllerHost;
  readonly locale: LocaleCode;
}

export type ScoreBand = 'promoter' | 'passive' | 'detractor';

/** The response's band: its NPS category, else its CSAT level (above expectation, at it, below it). */
export function scoreBand(scores: readonly ScoredAnswer[]): ScoreBand | undefined {
  const nps = scores.find((score) => score.type === 'nps');
  if (nps) return nps.category;
  const csat = scores.find((score) => score.type === 'csat');
  if (!csat) return undefined;
  return csat.level === 'highly-satisfied' ? 'promoter' : csat.level === 'satisfied' ? 'passive' : 'detractor';
}

function renderBand(t: ThankYouMessages, { scores, reviewUrl, contactable }: ThankYouProps): TemplateResult | typeof nothing {
  const band = scoreBand(scores);
  if (band === 'passive') return html`<p part="band-message" class="description">${t.passive}</p>`;
  if (band === 'detractor') {
    return html`<p part="band-message" class="description">${t.detractor} ${contactable ? t.detractorContact : t.detractorAnonymous}</p>`;
  }
  if (band !== 'promoter') return nothing;
  const review = safeHref(reviewUrl);
  return html`<p part="band-message" class="description">${t.promoter}</p>
    ${review
      ? html`<p class="description">${t.reviewPrompt} <a part="review-link" href=${review} target="_blank" rel="noopener noreferrer">${t.reviewLink}</a></p>`
      : nothing}`;
}

function renderFollowUp({ m, followUp, followUpState, onFollowUp }: ThankYouProps & { readonly followUp: string }): TemplateResult {
  if (followUpState === 'accepted' || followUpState === 'declined') {
    return html`<p part="follow-up" class="follow-up-result" tabindex="-1">${followUpState === 'accepted' ? m.followUp.accepted : m.followUp.declined}</p>`;
  }
  const saving = followUpState === 'saving';
  return html`<div part="follow-up" class="follow-up" role="group" aria-labelledby="follow-up-question">
    <p id="follow-up-question">${followUp}</p>
    <div class="follow-up-actions">
      <button part="follow-up-button" type="button" class="primary" ?disabled=${saving} @click=${() => onFollowUp(true)}>${m.followUp.yes}</button>
      <button part="follow-up-button" type="button" ?disabled=${saving} @click=${() => onFollowUp(false)}>${m.followUp.no}</button>
    </div>
  </div>`;
}

/**
 * The thank-you state: a message for the response's score band (a review link for promoters, a
 * word on being contacted for detractors), where the answers are (in a live region, which announces a queued response
 * being sent), and the follow-up when the page asks one.
 */
export function renderThankYou(props: ThankYouProps): TemplateResult {
  const { m, delivery, followUp } = props;
  const t = chunkMessages(props.host, thankYouMessages, props.locale);
  const notices = outboxNotices(props.host, props.locale);
  return html`<section part="thanks" class="frame" aria-labelledby="thanks-title">
    <h2 id="thanks-title" part="title" class="title" tabindex="-1">${m.thanks.title}</h2>
    ${t && delivery !== 'dropped' ? renderBand(t, props) : nothing}
    <div role="status">
      ${delivery === 'queued'
        ? html`<p part="notice" class="notice">${props.offline ? notices?.thanksOffline : notices?.thanksUnreachable}</p>
            ${props.pageOnly ? html`<p part="notice page-only" class="notice">${notices?.pageOnly}</p>` : nothing}`
        : delivery === 'delivered'
          ? html`<p class="description">${m.thanks.delivered}</p>`
          : nothing}
    </div>
    ${props.unsent} ${followUp !== undefined && delivery !== 'dropped' ? renderFollowUp({ ...props, followUp }) : nothing} ${props.failure}
  </section>`;
}
