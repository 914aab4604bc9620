/** Schemes a widget may turn into a link; anything else (javascript:, data:, http:) stays plain text. */
const allowedSchemes = new Set(['mailto:', 'tel:', 'https:']);

/**
 * The value as a link target when it is an absolute `mailto:`, `tel:` or `https:` URL, else
 * `undefined`. Data in a CRM is typed in by many people, so a link is never trusted by default.
 */
export function safeHref(value: string): string | undefined {
  const candidate = value.trim();
  // Control characters and spaces inside a scheme are how filters get fooled ("java\tscript:").
  if (candidate === '' || /[\u0000-\u001f\u007f]/.test(candidate)) return undefined;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  return allowedSchemes.has(url.protocol) ? url.href : undefined;
}
