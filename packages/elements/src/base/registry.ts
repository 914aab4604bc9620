/** The prefix `@rapport/elements/define` registers every widget with. */
export const defaultPrefix = 'crm-';

const prefixOfClass = new WeakMap<CustomElementConstructor, string>();

/**
 * Registers `element` as `<prefix><baseName>`, duplicate-safe: when the name is already taken (by an
 * earlier call, or by another copy of the library on the same page) it returns what is registered
 * and never throws. Each registration gets its own subclass, since the platform lets one
 * constructor answer to one name only; the subclass remembers its prefix for `scopedTagName`.
 */
export function defineScoped(prefix: string, baseName: string, element: CustomElementConstructor): CustomElementConstructor {
  const tagName = `${prefix}${baseName}`;
  const existing = customElements.get(tagName);
  if (existing) return existing;
  const scoped = class extends element {
    static readonly tagName = tagName;
  };
  prefixOfClass.set(scoped, prefix);
  customElements.define(tagName, scoped);
  return scoped;
}

/**
 * The tag of another widget in the same registration as `host`: a card defined as `acme-ticket-widget`
 * that embeds a contact card gets `acme-contact-card`, so two prefixed copies never mix.
 */
export function scopedTagName(host: Element, baseName: string): string {
  const prefix = prefixOfClass.get(host.constructor as CustomElementConstructor) ?? defaultPrefix;
  return `${prefix}${baseName}`;
}

/** A prefix as given (`acme` or `acme-`), normalised to end with one hyphen and checked to form valid tag names. */
export function normalizePrefix(prefix: string): string {
  const normalized = prefix.endsWith('-') ? prefix : `${prefix}-`;
  if (!/^[a-z][a-z0-9._-]*-$/.test(normalized)) throw new SyntaxError(`"${prefix}" cannot start a custom element name: use lowercase letters, digits and hyphens, starting with a letter`);
  return normalized;
}
