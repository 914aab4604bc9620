/**
 * What opens a popup, slider or side tab, as written in the `trigger` attribute (several, separated
 * by spaces, the first to happen wins): `seconds:N` after N seconds on the page, `scroll:N` once
 * N % of the page is scrolled, `exit-intent` when a desktop pointer leaves through the top of the
 * window, `event:NAME` when the shop dispatches NAME on window, document or any element. Without
 * one, only the form's `show()` opens it.
 */
export type PromptTrigger =
  | { readonly kind: 'seconds'; readonly seconds: number }
  | { readonly kind: 'scroll'; readonly percent: number }
  | { readonly kind: 'exit-intent' }
  | { readonly kind: 'event'; readonly name: string };

/** The triggers of an attribute value; a token it cannot read is named in a console warning and left out. */
export function parseTriggers(text: string | null): PromptTrigger[] {
  const triggers: PromptTrigger[] = [];
  for (const token of (text ?? '').trim().split(/\s+/)) {
    if (!token) continue;
    const [kind, value = ''] = token.split(/:(.*)/s);
    const number = Number(value);
    if (kind === 'exit-intent' && !value) triggers.push({ kind });
    else if (kind === 'seconds' && value && number >= 0) triggers.push({ kind, seconds: number });
    else if (kind === 'scroll' && value && number >= 0 && number <= 100) triggers.push({ kind, percent: number });
    else if (kind === 'event' && value) triggers.push({ kind, name: value });
    else console.warn(`Rapport: trigger "${token}" is not one of seconds:N, scroll:0–100, exit-intent, event:NAME`);
  }
  return triggers;
}

/** The share of the page scrolled, 0–100; a page that does not scroll counts as read to its end. */
function scrolledPercent(): number {
  const { scrollHeight } = document.documentElement;
  const room = scrollHeight - innerHeight;
  return room <= 0 ? 100 : (scrollY / room) * 100;
}

/** Watches the triggers and calls `fire` once, at the first; returns what stops watching. */
export function watchTriggers(triggers: readonly PromptTrigger[], fire: () => void): () => void {
  const stops: Array<() => void> = [];
  const stop = (): void => {
    for (const one of stops.splice(0)) one();
  };
  const once = (): void => {
    stop();
    fire();
  };
  const listen = (target: EventTarget, type: string, listener: (event: Event) => void, options: AddEventListenerOptions = {}): void => {
    target.addEventListener(type, listener, options);
    stops.push(() => target.removeEventListener(type, listener, options));
  };
  for (const trigger of triggers) {
    if (trigger.kind === 'seconds') {
      const timer = setTimeout(once, trigger.seconds * 1000);
      stops.push(() => clearTimeout(timer));
    } else if (trigger.kind === 'scroll') {
      listen(globalThis, 'scroll', () => scrolledPercent() >= trigger.percent && once(), { passive: true });
    } else if (trigger.kind === 'exit-intent') {
      // On a touch screen there is no pointer to leave with: a finger near the top is not intent.
      if (matchMedia('(pointer: coarse)').matches) continue;
      listen(document, 'mouseout', (event) => {
        const { relatedTarget, clientY } = event as MouseEvent;
        if (relatedTarget === null && clientY <= 0) once();
      });
    } else {
      // Capturing on window hears the event wherever the shop dispatches it, bubbling or not.
      listen(globalThis, trigger.name, once, { capture: true });
    }
  }
  return stop;
}
