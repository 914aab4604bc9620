import { PermissionError, type AdapterRecord } from '@rapport/core';

/**
 * The one change a public key or a customer may make to a survey response: adding answers to a
 * response they just sent (the thank-you follow-up "may we contact you?"). They cannot read
 * responses, so knowing the response's id is the proof of having sent it; the rule keeps that
 * proof from reaching further than adding answers, to recent responses with unguessable ids.
 */

/** How long after a response is stored answers may still be added to it. */
export const ANSWER_ADDITION_WINDOW_MS = 30 * 60 * 1000;

/** The form of `randomId()` of the SDK and `randomUUID()` of the server, which make response ids: 122 random bits nobody guesses. */
const RANDOM_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Whether `id` has the form of `randomId()`: one nobody can guess, nor name on purpose. */
export function isRandomId(id: string): boolean {
  return RANDOM_ID.test(id);
}

const ONLY_NEW_ANSWERS = 'Only answers to new questions can be added to a sent response';

/** What can be told from the request alone: a patch of `answers` only, to a response whose id is random. */
export function assertAnswerAdditionRequest(id: string, patch: Readonly<Record<string, unknown>>): void {
  const answers = patch['answers'];
  const onlyAnswers = Object.keys(patch).length === 1 && typeof answers === 'object' && answers !== null && !Array.isArray(answers);
  if (!onlyAnswers) throw new PermissionError(ONLY_NEW_ANSWERS);
  if (!isRandomId(id)) throw new PermissionError('This response cannot be changed');
}

/** The response is recent enough to take more answers, by the server's clock. */
export function assertWithinAdditionWindow(response: AdapterRecord, now: Date): void {
  const age = now.getTime() - Date.parse(response.createdAt);
  if (!(age <= ANSWER_ADDITION_WINDOW_MS)) throw new PermissionError('Answers can be added only within 30 minutes of sending a response');
}

/** The patch's answers hold every stored answer unchanged and add at least one. */
export function assertAddsAnswersOnly(response: AdapterRecord, patch: Readonly<Record<string, unknown>>): void {
  const stored = answersOf(response);
  const patched = answersOf(patch);
  const keepsEvery = Object.keys(stored).every((key) => Object.hasOwn(patched, key) && sameAnswer(stored[key], patched[key]));
  const addsOne = Object.keys(patched).some((key) => !Object.hasOwn(stored, key));
  if (!keepsEvery || !addsOne) throw new PermissionError(ONLY_NEW_ANSWERS);
}

function answersOf(fields: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const answers = fields['answers'];
  return typeof answers === 'object' && answers !== null ? (answers as Record<string, unknown>) : {};
}

/** Answers are numbers, strings, `null` or arrays of strings: their JSON text is equal exactly when they are. */
function sameAnswer(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
