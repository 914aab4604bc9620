import type { CrmClient } from '@rapport/core';
import { askKey, recordAsked } from './ask-record.js';
import type { PromptRules } from './prompt-watch.js';

const DAY_MS = 86_400_000;

/**
 * Whether the form's contact answered this survey within `ask-again-days`, on any device: asked of
 * the store, which holds the contact's responses. The caller reads only what it may: a signed-in
 * customer their own responses, staff any. A public key reads no responses (and a public page
 * cannot link one to a contact), so it learns nothing here and the device's own record decides.
 *
 * A response found is written into this device's record, at its own time, so every tab and every
 * later check here sees it without asking again.
 */
export async function contactAnsweredRecently(client: CrmClient, rules: PromptRules): Promise<boolean> {
  if (!rules.contactId || !rules.surveyId || rules.askAgainDays <= 0) return false;
  try {
    const page = await client.surveyResponses.list({
      where: {
        surveyId: rules.surveyId,
        contactId: rules.contactId,
        submittedAt: { gte: new Date(client.now().getTime() - rules.askAgainDays * DAY_MS).toISOString() },
      },
      sort: [{ field: 'submittedAt', direction: 'desc' }],
      limit: 1,
    });
    const latest = page.items[0];
    if (!latest) return false;
    recordAsked(askKey(rules.surveyId, rules.contactId), 'answered', rules, Date.parse(latest.submittedAt));
    return true;
  } catch {
    // Refused (a public key) or unreachable: asking is not held up by what cannot be known.
    return false;
  }
}
