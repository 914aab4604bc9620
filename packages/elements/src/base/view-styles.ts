import { adoptStyles, type CSSResult, type LitElement } from 'lit';

const adoptedBy = new WeakMap<HTMLElement, CSSResult[]>();

/**
 * Adds a view's styles to its widget's shadow root, after the widget's own, when the view arrives
 * (before its first render), so the first load carries only the styles of the frame.
 */
export function adoptViewStyles(host: HTMLElement, styles: readonly CSSResult[]): void {
  const adopted = adoptedBy.get(host) ?? [];
  const added = styles.filter((style) => !adopted.includes(style));
  if (added.length === 0) return;
  adopted.push(...added);
  adoptedBy.set(host, adopted);
  // The view is made after the widget's first render, so its shadow root is there.
  if (host.shadowRoot) adoptStyles(host.shadowRoot, [...(host.constructor as typeof LitElement).elementStyles, ...adopted]);
}
