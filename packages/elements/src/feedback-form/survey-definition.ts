import type { Answer, SurveyCreate, SurveyQuestion } from '@rapport/core';

/**
 * A survey as the form takes it: a stored survey, or one written inline in the page. Responses
 * are filed under its `id`. Fields with defaults (`required`, a rating's `max`) may be left out.
 */
export type SurveyDefinition = Pick<SurveyCreate, 'title' | 'description' | 'questions'> & { readonly id: string };

/** What the visitor has answered so far, by question id; a question never touched is absent. */
export type Answers = Readonly<Record<string, Answer>>;

/** A rating's scale when the survey does not give one, as the survey schema defaults it. */
const DEFAULT_RATING_MAX = 5;

/** The questions with their defaults filled in, so the rest of the form reads one shape. */
export function questionsOf(survey: SurveyDefinition): SurveyQuestion[] {
  return survey.questions.map((question): SurveyQuestion => {
    const required = question.required ?? false;
    return question.type === 'rating' ? { ...question, required, max: question.max ?? DEFAULT_RATING_MAX } : { ...question, required };
  });
}

/** Whether an answer says nothing: skipped, blank or no choice made. */
export function isEmptyAnswer(answer: Answer | undefined): boolean {
  return answer === undefined || answer === null || (typeof answer === 'string' && answer.trim() === '') || (Array.isArray(answer) && answer.length === 0);
}

/** Whether an answer meets a question's `showIf` condition; an empty answer meets none. */
function meetsCondition(answer: Answer | undefined, { op, value }: NonNullable<SurveyQuestion['showIf']>): boolean {
  if (answer === undefined || isEmptyAnswer(answer)) return false;
  const given = Array.isArray(answer) ? answer : [answer as string | number];
  switch (op) {
    case 'eq':
      return given.includes(value as string | number);
    case 'in':
      return Array.isArray(value) && given.some((one) => value.includes(one));
    case 'lte':
      return typeof answer === 'number' && typeof value === 'number' && answer <= value;
    case 'gte':
      return typeof answer === 'number' && typeof value === 'number' && answer >= value;
  }
}

/**
 * The questions the visitor sees given their answers so far, in survey order. A question whose
 * condition looks at a hidden question is hidden too, so a chain of conditions collapses at once.
 */
export function shownQuestions(questions: readonly SurveyQuestion[], answers: Answers): SurveyQuestion[] {
  const shown = new Set<string>();
  return questions.filter((question) => {
    const condition = question.showIf;
    const visible = !condition || (shown.has(condition.questionId) && meetsCondition(answers[condition.questionId], condition));
    if (visible) shown.add(question.id);
    return visible;
  });
}

/** The page of a question; questions without one are on the first page. */
export function pageOf(question: SurveyQuestion): number {
  return question.page ?? 1;
}

/** The page numbers that have at least one shown question, in order: a page left empty by its conditions is skipped. */
export function pagesOf(shown: readonly SurveyQuestion[]): number[] {
  return [...new Set(shown.map(pageOf))].sort((a, b) => a - b);
}
