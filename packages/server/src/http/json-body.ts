import { ValidationError } from '@rapport/core';
import type { Context } from 'hono';

/** A body over the server's size limit: HTTP 413, and nothing of it is read further. */
export class PayloadTooLargeError extends ValidationError {
  constructor() {
    super([{ path: [], code: 'too_big', message: 'The request is too large' }], 'The request is too large');
    this.name = 'PayloadTooLargeError';
  }
}

/**
 * The request body as JSON, read up to `maxBytes`; anything else is a `ValidationError` (400) or
 * a `PayloadTooLargeError` (413), never a server error.
 */
export async function readJsonBody(c: Context, maxBytes: number): Promise<unknown> {
  const type = c.req.header('Content-Type');
  if (type !== undefined && !/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    throw new ValidationError([{ path: [], code: 'invalid_format', message: 'Send the body as JSON (Content-Type: application/json)' }]);
  }
  if (Number(c.req.header('Content-Length')) > maxBytes) throw new PayloadTooLargeError();
  const text = await readText(c.req.raw.body, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError([{ path: [], code: 'invalid_format', message: 'The body is not valid JSON' }]);
  }
}

/** Reads a stream as UTF-8 text, giving up as soon as it passes `maxBytes` (the length header may lie). */
async function readText(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<string> {
  if (!body) return '';
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new PayloadTooLargeError();
    }
    text += decoder.decode(value, { stream: true });
  }
}
