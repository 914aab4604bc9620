import type { Answers } from './survey-definition.js';

/**
 * The visitor's answers to a survey as they type them, in localStorage, so a reload (or a refusal
 * followed by one) loses nothing: kept until the response is sent or queued, or the visitor
 * discards it. Per outbox name and survey, as the queued responses are.
 */
const draftKey = (outbox: string, survey: string) => `rapport:answers:${outbox}:${survey}`;

export function readDraft(outbox: string, survey: string): Answers | undefined {
  try {
    const draft: unknown = JSON.parse(globalThis.localStorage.getItem(draftKey(outbox, survey)) ?? 'null');
    return typeof draft === 'object' && draft !== null && !Array.isArray(draft) ? (draft as Answers) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the answers; `undefined` (or none) forgets them. */
export function writeDraft(outbox: string, survey: string, answers: Answers | undefined): void {
  try {
    if (!answers || Object.keys(answers).length === 0) globalThis.localStorage.removeItem(draftKey(outbox, survey));
    else globalThis.localStorage.setItem(draftKey(outbox, survey), JSON.stringify(answers));
  } catch {
    // Storage refused (private mode, a sandboxed frame): the answers live in the page only.
  }
}
