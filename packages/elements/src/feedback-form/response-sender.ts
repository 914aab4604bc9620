import { randomId, type OutboxChange, type SurveyResponseCreate } from '@rapport/core';
import type { ReactiveControllerHost } from 'lit';
import { CrmFeedbackFollowUpEvent, CrmFeedbackSubmitEvent, CrmFeedbackSubmittedEvent } from './feedback-form.events.js';
import { FeedbackOutboxController, type OutboxTarget } from './feedback-outbox.js';
import type { ScoredAnswer } from './response-scores.js';
import { sendOrQueue } from './send-or-queue.js';
import type { FollowUpState, ThanksDelivery } from './thank-you.js';

/** The answer key the thank-you follow-up is stored under, beside the survey's own question ids: `'yes'` or `'no'`. */
export const FOLLOW_UP_ANSWER_KEY = 'follow-up';

type SenderHost = ReactiveControllerHost & HTMLElement;

/**
 * Where one fill of the form goes once it is answered: sent through the client, or queued in the
 * outbox when the network is why it cannot be sent, under one key per fill (the response's id and
 * idempotency key) so a response re-sent after a lost reply is stored once. Then the follow-up
 * answer, stored on the same response and queued behind it when it is still waiting.
 */
export class ResponseSender {
  readonly #host: SenderHost;
  readonly #target: () => OutboxTarget | undefined;
  /** Whether the browser says it is offline; the form keeps track of it from its first render. */
  readonly #offline: () => boolean;
  /** The outbox of the form's client: it also holds this survey's responses the service refused, for the visitor to retry or discard. */
  readonly outbox: FeedbackOutboxController;
  #key = randomId();
  #sent: SurveyResponseCreate | undefined;
  #sending = false;
  #delivery: ThanksDelivery | undefined;
  #followUp: FollowUpState = 'asked';
  #error: unknown;

  constructor(host: SenderHost, target: () => OutboxTarget | undefined, offline: () => boolean) {
    this.#host = host;
    this.#target = target;
    this.#offline = offline;
    this.outbox = new FeedbackOutboxController(host, target, (change) => this.#onOutboxChange(change));
  }

  /** The response id (and idempotency key) of this fill. */
  get key(): string {
    return this.#key;
  }

  /** Whether the browser says it is offline: responses then go straight to the outbox. */
  get offline(): boolean {
    return this.#offline();
  }

  get sending(): boolean {
    return this.#sending;
  }

  /** What became of the response, or `undefined` before it was sent. */
  get delivery(): ThanksDelivery | undefined {
    return this.#delivery;
  }

  get followUp(): FollowUpState {
    return this.#followUp;
  }

  /** The failure of the last send or follow-up; the visitor's answers are untouched by it. */
  get failure(): unknown {
    return this.#error;
  }

  /** Forgets this fill: the next one gets a new key. */
  startOver(): void {
    this.#key = randomId();
    this.#sent = undefined;
    this.#sending = false;
    this.#delivery = undefined;
    this.#followUp = 'asked';
    this.#error = undefined;
    this.#host.requestUpdate();
  }

  /** Thanks a bot as if its response were stored, and stores nothing. */
  drop(): void {
    this.#delivery = 'dropped';
    this.#host.requestUpdate();
  }

  /**
   * Announces the response (the host may cancel), then sends or queues it. Resolves once it is
   * stored or queued, or failed (see `failure`); a cancelled one leaves everything as it was.
   */
  async send(response: SurveyResponseCreate, scores: readonly ScoredAnswer[]): Promise<void> {
    const target = this.#target();
    if (!target || this.#sending) return;
    const id = this.#key;
    const scored = { responseId: id, response, scores };
    if (!this.#host.dispatchEvent(new CrmFeedbackSubmitEvent(scored))) return;
    this.#sending = true;
    this.#error = undefined;
    this.#host.requestUpdate();
    try {
      const { delivery } = await sendOrQueue(
        () => target.client.surveyResponses.create(response, { id, idempotencyKey: id }),
        () => this.outbox.enqueue(target, { op: 'create', collection: 'surveyResponses', recordId: id, data: response }, { idempotencyKey: id }),
        this.offline,
      );
      this.#sent = response;
      this.#delivery = delivery;
      this.#host.dispatchEvent(new CrmFeedbackSubmittedEvent({ ...scored, delivery }));
    } catch (error) {
      this.#error = error;
    } finally {
      this.#sending = false;
      this.#host.requestUpdate();
    }
  }

  /** Stores the visitor's answer to the follow-up on their response. */
  async answerFollowUp(accepted: boolean): Promise<void> {
    const target = this.#target();
    const sent = this.#sent;
    if (!target || !sent || this.#followUp === 'saving') return;
    const id = this.#key;
    const patch = { answers: { ...sent.answers, [FOLLOW_UP_ANSWER_KEY]: accepted ? 'yes' : 'no' } };
    this.#followUp = 'saving';
    this.#error = undefined;
    this.#host.requestUpdate();
    try {
      // The form created the response, so it is at its first version; one not known to be stored yet is still queued, and its update queues behind it.
      await sendOrQueue(
        () => target.client.surveyResponses.update(id, patch, { expectedVersion: 1 }),
        () => this.outbox.enqueue(target, { op: 'update', collection: 'surveyResponses', recordId: id, data: patch, expectedVersion: 1 }),
        this.offline || this.#delivery === 'queued' || this.#delivery === 'unsent',
      );
      this.#followUp = accepted ? 'accepted' : 'declined';
      this.#host.dispatchEvent(new CrmFeedbackFollowUpEvent({ responseId: id, accepted }));
    } catch (error) {
      this.#followUp = 'asked';
      this.#error = error;
    }
    this.#host.requestUpdate();
  }

  /** A queued response of this fill is delivered, refused (the visitor is then offered a retry), or put back in line. */
  #onOutboxChange({ type, entry }: OutboxChange): void {
    if (entry.op !== 'create' || entry.idempotencyKey !== this.#key || (this.#delivery !== 'queued' && this.#delivery !== 'unsent')) return;
    if (type === 'delivered') this.#delivery = 'delivered';
    else if (type === 'failed') this.#delivery = 'unsent';
    else if (type === 'enqueued') this.#delivery = 'queued';
    this.#host.requestUpdate();
  }
}
