import { embedModeOf, markOpenedByTrigger, mayAsk, promptRulesOf, rememberAsked, watchPrompt } from './prompt-watch.js';

/**
 * A popup or slider that has not opened yet costs the page about a kilobyte: this module watches
 * its triggers, and the form, the SDK and the survey load only when one fires (or when the page
 * calls its `show()`). Inline forms and side tabs are on screen at once, so they load at once.
 */

/** Marks a form already handed over, so a second scan leaves it alone. */
const handled = new WeakSet<Element>();

/**
 * Watches one not-yet-defined form. Until it fires, the element's `show()` is this module's; it is
 * removed before the form's class upgrades the element, which then opens at once (`open`).
 */
export function deferFeedbackForm(element: Element, load: () => Promise<unknown>): void {
  if (handled.has(element)) return;
  handled.add(element);
  const mode = embedModeOf(element);
  if ((mode !== 'popup' && mode !== 'slider') || element.hasAttribute('open')) {
    void load();
    return;
  }
  const rules = promptRulesOf(element);
  const open = (): void => {
    stop();
    // Asked from this moment, on every tab, as when the loaded form opens itself.
    rememberAsked(rules, 'dismissed');
    delete (element as { show?: unknown }).show;
    // The loaded form still asks the store whether its contact answered on another device.
    markOpenedByTrigger(element);
    element.setAttribute('open', '');
    void load();
  };
  const stop = watchPrompt(rules, open);
  Object.assign(element, {
    show: (): boolean => {
      const allowed = mayAsk(rules);
      if (allowed) open();
      return allowed;
    },
  });
}

export interface DeferOptions {
  /** The form's tag, when it is registered under another prefix. */
  readonly tagName?: string;
}

/**
 * For bundler users: `load` registers the form and makes its client (typically a dynamic
 * `import()` of the module that does both). Every form in the page now or added later is watched.
 *
 * @example
 * deferFeedbackForms(() => import('./feedback-setup.js'));
 */
export function deferFeedbackForms(load: () => Promise<unknown>, { tagName = 'crm-feedback-form' }: DeferOptions = {}): void {
  let loading: Promise<unknown> | undefined;
  const loadOnce = () => (loading ??= load());
  const scan = (): void => {
    for (const element of document.querySelectorAll(`${tagName}:not(:defined)`)) deferFeedbackForm(element, loadOnce);
  };
  scan();
  new MutationObserver(scan).observe(document, { childList: true, subtree: true });
}
