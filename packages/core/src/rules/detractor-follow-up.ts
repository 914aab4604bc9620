import type { Account } from '../schema/account.js';
import type { Contact } from '../schema/contact.js';
import type { SurveyResponse } from '../schema/survey-response.js';
import { isOnScale, NPS_SCALE } from '../domain/survey-scores.js';
import { defineEventRule, type EventRule, type RuleActions } from './rule.js';

export interface DetractorFollowUpOptions {
  readonly enabled?: boolean;
  /** The detractor cut-off: NPS answers at or below it call for a follow-up. Default 6 (NPS detractors, 0–6). */
  readonly maxScore?: number;
  /** How long the owner has for the follow-up. Default 48 hours. */
  readonly dueInHours?: number;
  /** Who gets the task when neither the account nor the contact has an owner; else the queue is notified. */
  readonly fallbackOwnerId?: string;
  /** The task's subject, in the host's language. */
  readonly subject?: (score: number) => string;
}

const HOUR_MS = 3_600_000;

async function respondent(actions: RuleActions, response: SurveyResponse): Promise<{ contact?: Contact; account?: Account }> {
  if (response.contactId === undefined) return {};
  const contact = await actions.getContact(response.contactId);
  const account = contact.accountId === undefined ? undefined : await actions.getAccount(contact.accountId);
  return { contact, account };
}

/**
 * Detractor response → follow-up task for the account owner (客户满意 → 客户保留): when a survey
 * response scores at or below `maxScore` (0–6 by default) on an NPS question, creates a task for the owner of the respondent's
 * account (else of the contact, else `fallbackOwnerId`) and notifies them; with nobody to own it,
 * notifies the queue instead. Once per response.
 */
export function detractorFollowUp(options: DetractorFollowUpOptions = {}): EventRule<'survey.response-received'> {
  const { maxScore = 6, dueInHours = 48, fallbackOwnerId, subject = (score: number) => `Follow up on an NPS score of ${score}` } = options;
  return defineEventRule({
    id: 'detractor-follow-up',
    on: 'survey.response-received',
    enabled: options.enabled,
    key: ({ response }) => response.id,
    // A cheap first look: a detractor answer is a number at or below the cut-off, whatever the question.
    when: ({ response }) => Object.values(response.answers).some((answer) => typeof answer === 'number' && answer <= maxScore),
    async then({ response, survey }, { actions, now }) {
      const questions = (survey ?? (await actions.getSurvey(response.surveyId))).questions;
      const scores = questions
        .filter((question) => question.type === 'nps')
        .map((question) => response.answers[question.id])
        .filter((answer): answer is number => typeof answer === 'number' && isOnScale(answer, NPS_SCALE));
      const detractorScores = scores.filter((score) => score <= maxScore);
      if (detractorScores.length === 0) return;
      const score = Math.min(...detractorScores);
      const { contact, account } = await respondent(actions, response);
      const ownerId = account?.ownerId ?? contact?.ownerId ?? fallbackOwnerId;
      const who = contact?.name ?? 'A respondent';
      if (ownerId === undefined) {
        await actions.notify({
          code: 'detractor-unassigned',
          severity: 'warning',
          message: `${who} gave an NPS score of ${score}; nobody owns the follow-up`,
          subject: { collection: 'surveyResponses', id: response.id },
        });
        return;
      }
      const task = await actions.createActivity({
        kind: 'task',
        subject: subject(score),
        at: now.toISOString(),
        dueAt: new Date(now.getTime() + dueInHours * HOUR_MS).toISOString(),
        done: false,
        ownerId,
        contactId: contact?.id,
        accountId: account?.id,
        ticketId: response.ticketId,
      });
      await actions.notify({
        code: 'detractor-follow-up',
        severity: 'warning',
        message: `${who} gave an NPS score of ${score}; a follow-up task is due`,
        recipientId: ownerId,
        subject: { collection: 'activities', id: task.id },
      });
    },
  });
}
