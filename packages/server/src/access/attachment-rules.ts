import { ValidationError, type FieldIssue } from '@rapport/core';

/**
 * What a customer or a public page may attach, as the ticket widget's defaults say
 * (`accepted-types`): pictures, PDFs and plain text, nothing a browser would run. The request's
 * body limit (`maxBodyBytes`) bounds the size.
 */
export const ACCEPTED_ATTACHMENT_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain'];

/** `data:<type>[;base64],<data>`: the form the widget reads a chosen file into. */
const DATA_URL = /^data:([^;,]*)((?:;[^;,=]+=[^;,]*)*)(;base64)?,(.*)$/s;

/**
 * Refuses attachments a caller outside the staff may not store: of a type not accepted, or whose
 * content is not what it says (a `data:` URL of another type or size), or a link to elsewhere
 * rather than the file itself. The widget checks the same before reading a file; this holds for
 * any client.
 */
export function assertAcceptableAttachments(fields: Readonly<Record<string, unknown>>): void {
  const attachments = fields['attachments'];
  if (!Array.isArray(attachments)) return;
  const issues: FieldIssue[] = [];
  attachments.forEach((attachment: { type?: unknown; size?: unknown; url?: unknown } | null, index) => {
    // Not an attachment at all: the schema names that problem.
    if (typeof attachment !== 'object' || attachment === null) return;
    const at = (field: string, code: string, message: string) => issues.push({ path: ['attachments', index, field], code, message });
    const type = String(attachment.type).toLowerCase();
    if (!ACCEPTED_ATTACHMENT_TYPES.includes(type)) return at('type', 'invalid_value', `Not an accepted type: send one of ${ACCEPTED_ATTACHMENT_TYPES.join(', ')}`);
    const data = typeof attachment.url === 'string' ? DATA_URL.exec(attachment.url) : null;
    if (!data) return at('url', 'invalid_format', 'Send the file itself, as a data: URL');
    if ((data[1] ?? '').toLowerCase() !== type) return at('url', 'invalid_value', `The file is not of its stated type (${type})`);
    const bytes = data[3] ? base64Length(data[4] ?? '') : decodedLength(data[4] ?? '');
    if (bytes === undefined) return at('url', 'invalid_format', 'The file is not valid base64');
    if (bytes !== attachment.size) return at('size', 'invalid_value', `The file has ${bytes} bytes, not ${String(attachment.size)}`);
  });
  if (issues.length > 0) throw new ValidationError(issues);
}

function base64Length(text: string): number | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  return (text.length / 4) * 3 - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0);
}

function decodedLength(text: string): number | undefined {
  try {
    return new TextEncoder().encode(decodeURIComponent(text)).length;
  } catch {
    return undefined;
  }
}
