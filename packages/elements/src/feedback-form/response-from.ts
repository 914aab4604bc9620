import type { Answer, SurveyQuestion, SurveyResponseCreate } from '@rapport/core';
import { isEmptyAnswer, type Answers } from './survey-definition.js';

/** What a response is filed with besides the answers. */
export interface ResponseContext {
  readonly surveyId: string;
  readonly submittedAt: string;
  readonly locale: string;
  readonly idempotencyKey: string;
  readonly contactId: string;
  readonly orderId: string;
  readonly ticketId: string;
}

/** The visitor's answers to the questions they were shown: blanks as `null` (skipped), hidden questions left out. */
export function responseFrom(shown: readonly SurveyQuestion[], given: Answers, { contactId, orderId, ticketId, ...context }: ResponseContext): SurveyResponseCreate {
  const answers: Record<string, Answer> = {};
  for (const question of shown) {
    const answer = given[question.id];
    answers[question.id] = answer === undefined || isEmptyAnswer(answer) ? null : typeof answer === 'string' ? answer.trim() : answer;
  }
  return { ...context, answers, ...(contactId ? { contactId } : {}), ...(orderId ? { orderId } : {}), ...(ticketId ? { ticketId } : {}) };
}

/** Whether the response says how to reach the visitor: a known customer, or an email address given. */
export function isContactable(shown: readonly SurveyQuestion[], response: SurveyResponseCreate): boolean {
  return Boolean(response.contactId) || shown.some((question) => question.type === 'email' && typeof response.answers[question.id] === 'string');
}
