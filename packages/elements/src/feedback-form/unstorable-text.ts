/** NUL, and UTF-16 surrogates without their pair: the service cannot store them (PostgreSQL text), and says so. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether the service refuses this text for its characters, so the form can give that reason rather than a vague one. */
export function isUnstorableText(text: unknown): boolean {
  return typeof text === 'string' && UNSTORABLE.test(text);
}
