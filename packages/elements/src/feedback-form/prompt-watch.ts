import { askableFrom, askKey, onAskedElsewhere, readAsked, recordAsked, type AskOutcome, type AskWaits } from './ask-record.js';
import { parseTriggers, watchTriggers, type PromptTrigger } from './prompt-triggers.js';
import { inSample, visitorId } from './visitor-sample.js';

/** How the form sits in the page: in its flow, a modal popup, a card in a corner, or a tab at the window's edge. */
export type EmbedMode = 'inline' | 'popup' | 'slider' | 'side-tab';

/**
 * When and to whom a popup, slider or side tab is shown, read from the form's attributes. Plain
 * DOM, no Lit: the page reads it before the form (or the SDK) is loaded.
 */
export interface PromptRules extends AskWaits {
  readonly mode: EmbedMode;
  readonly triggers: readonly PromptTrigger[];
  readonly surveyId: string;
  readonly contactId: string;
  /** Share of visitors asked, 0–1. */
  readonly sampleRate: number;
}

const MODES: readonly EmbedMode[] = ['inline', 'popup', 'slider', 'side-tab'];

function numberAttribute(element: Element, name: string, fallback: number): number {
  const text = element.getAttribute(name);
  const value = text === null || text.trim() === '' ? Number.NaN : Number(text);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** The embed mode an element asks for; an unknown one is inline. */
export function embedModeOf(element: Element): EmbedMode {
  const mode = element.getAttribute('mode') as EmbedMode | null;
  return mode && MODES.includes(mode) ? mode : 'inline';
}

export function promptRulesOf(element: Element): PromptRules {
  return {
    mode: embedModeOf(element),
    triggers: parseTriggers(element.getAttribute('trigger')),
    // A survey written in the page (the `survey` property, set before or after the form loads) wins, as in the form.
    surveyId: (element as { survey?: { id?: string } }).survey?.id ?? element.getAttribute('survey-id') ?? '',
    contactId: element.getAttribute('contact-id') ?? '',
    sampleRate: Math.min(1, numberAttribute(element, 'sample-rate', 1)),
    askAgainDays: numberAttribute(element, 'ask-again-days', 90),
    dismissDays: numberAttribute(element, 'dismiss-days', 7),
  };
}

/** The survey's key for this visitor's record (see `ask-record.ts`). */
function keyOf(rules: PromptRules): string {
  return askKey(rules.surveyId, rules.contactId);
}

/** Whether this visitor is in the sample and not asked this survey too recently, on any tab. */
export function mayAsk(rules: PromptRules, now = Date.now()): boolean {
  const who = rules.contactId || visitorId();
  return inSample(rules.surveyId, who, rules.sampleRate) && askableFrom(readAsked(keyOf(rules)), rules) <= now;
}

/** Set on a form a trigger opened before the form was loaded (`deferred-forms.ts`); a registry symbol, so separate bundles agree. */
const OPENED_BY_TRIGGER = Symbol.for('rapport.feedback-form.opened-by-trigger');

export function markOpenedByTrigger(element: Element): void {
  (element as unknown as Record<symbol, boolean>)[OPENED_BY_TRIGGER] = true;
}

/** Whether a trigger (not the page) opened the form before it loaded; reading it clears it. */
export function takeOpenedByTrigger(element: Element): boolean {
  const record = element as unknown as Record<symbol, boolean>;
  const opened = record[OPENED_BY_TRIGGER] === true;
  delete record[OPENED_BY_TRIGGER];
  return opened;
}

export function rememberAsked(rules: PromptRules, outcome: AskOutcome): void {
  recordAsked(keyOf(rules), outcome, rules);
}

/**
 * Watches the triggers of a form that may be asked, and calls `fire` at the first; stops for good
 * when another tab records an answer or a dismissal meanwhile. Returns what stops watching.
 */
export function watchPrompt(rules: PromptRules, fire: () => void): () => void {
  if (!mayAsk(rules)) return () => undefined;
  const stopTriggers = watchTriggers(rules.triggers, () => {
    stopStorage();
    fire();
  });
  const stopStorage = onAskedElsewhere(keyOf(rules), () => {
    if (mayAsk(rules)) return;
    stopTriggers();
    stopStorage();
  });
  return () => {
    stopTriggers();
    stopStorage();
  };
}
