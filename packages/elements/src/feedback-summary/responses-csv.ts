import type { Survey, SurveyResponse } from '@rapport/core';
import type { CsvValue } from './csv.js';
import type { SummaryPartMessages } from './feedback-summary-parts.messages.js';

/**
 * Responses as rows of a spreadsheet: when, every question under its own text (choices as their
 * labels), then the language and the records it is linked to. Headings are in the reader's language.
 */
export function responseRows(survey: Survey, responses: readonly SurveyResponse[], m: SummaryPartMessages): CsvValue[][] {
  const { csvColumns } = m;
  const header = [csvColumns.submittedAt, ...survey.questions.map((question) => question.label), csvColumns.locale, csvColumns.contact, csvColumns.ticket, csvColumns.order];
  const optionLabel = (questionId: string, value: string) => {
    const question = survey.questions.find((candidate) => candidate.id === questionId);
    return question && (question.type === 'single' || question.type === 'multi') ? (question.options.find((option) => option.value === value)?.label ?? value) : value;
  };
  const cell = (questionId: string, answer: SurveyResponse['answers'][string] | undefined): CsvValue => {
    if (answer === null || answer === undefined) return undefined;
    if (Array.isArray(answer)) return answer.map((value) => optionLabel(questionId, value)).join('; ');
    return typeof answer === 'string' ? optionLabel(questionId, answer) : answer;
  };
  const rows = responses.map((response) => [
    response.submittedAt,
    ...survey.questions.map((question) => cell(question.id, response.answers[question.id])),
    response.locale,
    response.contactId,
    response.ticketId,
    response.orderId,
  ]);
  return [header, ...rows];
}
