/** When each survey was last answered in this page, for browsers that refuse localStorage. */
const inPage = new Map<string, number>();

const storageKey = (surveyId: string) => `rapport:feedback:${surveyId}`;

/** Epoch milliseconds of this visitor's last response to the survey, across reloads and tabs of the site. */
export function lastSubmissionAt(surveyId: string): number | undefined {
  let stored: string | null = null;
  try {
    stored = globalThis.localStorage.getItem(storageKey(surveyId));
  } catch {
    // Blocked cookies and some sandboxed frames refuse localStorage: the in-page record answers.
  }
  const at = stored === null ? Number.NaN : Number(stored);
  return Number.isFinite(at) ? at : inPage.get(surveyId);
}

export function rememberSubmission(surveyId: string, at: number): void {
  try {
    globalThis.localStorage.setItem(storageKey(surveyId), String(at));
  } catch {
    inPage.set(surveyId, at);
  }
}
