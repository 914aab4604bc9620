import type { Answer, FieldIssue, SurveyQuestion } from '@rapport/core';
import { isEmptyAnswer } from './survey-definition.js';

/** Deliberately loose: the address is for a reply, and only its owner can say it is right. */
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The problems of one answer, at the path `[question id]`: a required question left empty, text
 * beyond its limit, an email address that cannot be one. Choices and scales come from the form's
 * own controls, so they cannot be off their scale.
 */
export function answerIssues(question: SurveyQuestion, answer: Answer | undefined): FieldIssue[] {
  const path = [question.id];
  if (isEmptyAnswer(answer)) return question.required ? [{ path, code: 'required', message: 'Answer this question' }] : [];
  if (question.type === 'text' && question.maxLength !== undefined && typeof answer === 'string' && answer.length > question.maxLength) {
    return [{ path, code: 'too_big', message: `Use at most ${question.maxLength} characters` }];
  }
  if (question.type === 'email' && typeof answer === 'string' && !emailPattern.test(answer.trim())) {
    return [{ path, code: 'invalid_format', message: 'Enter an email address' }];
  }
  return [];
}
