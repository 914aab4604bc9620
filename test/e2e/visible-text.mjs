// What a visitor reads in a widget: the rendered text of its shadow root (hidden nodes left out),
// so a test can check words and names the way a person would, not the markup.

/** The widget's visible text, one line per block, as `innerText` lays it out. */
export function visibleText(widget) {
  return widget.evaluate((host) =>
    [...(host.shadowRoot ?? host).children]
      .filter((child) => child instanceof HTMLElement && getComputedStyle(child).display !== 'none')
      .map((child) => child.innerText)
      .join('\n'),
  );
}

/**
 * Record ids (`c-001`, `t-012`, `u-lin`) and field keys (`preferredLanguage`, `waiting_customer`)
 * found in `text`: what a screen that shows names, never keys, must not contain.
 */
export function keysIn(text) {
  return text.match(/\b(?:[a-z]{1,2}-\d{3,}|u-[a-z]+|[a-z]+[A-Z][A-Za-z]*|[a-z]+_[a-z_]+)\b/g) ?? [];
}

/** The words of `english` (UI strings of the English catalog) that `text` still shows. */
export function englishLeftIn(text, english) {
  return english.filter((words) => new RegExp(`(^|[^A-Za-z])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Za-z]|$)`).test(text));
}
