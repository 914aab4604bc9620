import type { EarlyReads } from '@rapport/adapter-rest/early-reads';

/** What a form of a stored survey reads first: the survey. The CDN entry asks for it while the form's code downloads. */
export function startFeedbackFormReads(form: Element, reads: EarlyReads): void {
  const surveyId = form.getAttribute('survey-id');
  // A survey the page set as a property before the form upgraded wins over `survey-id`.
  if (surveyId && !Object.hasOwn(form, 'survey')) reads.record('surveys', surveyId);
}
