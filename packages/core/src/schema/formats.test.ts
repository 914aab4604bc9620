import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ValidationError } from '@rapport/core';
import { emailSchema, isoDateSchema, isoDateTimeSchema, parseOrThrow, urlSchema } from '@rapport/core/schema';

function issueOf(schema: z.core.$ZodType, value: unknown) {
  try {
    parseOrThrow(z.object({ field: schema }), { field: value });
  } catch (error) {
    if (error instanceof ValidationError) return error.issues[0];
    throw error;
  }
  return undefined;
}

describe('isoDateTimeSchema', () => {
  it('accepts UTC and offset times, with or without a fraction', () => {
    for (const value of ['2025-03-01T09:30:00Z', '2025-03-01T09:30:00.123Z', '2025-03-01T09:30:00+08:00', '2024-02-29T23:59:59-05:30']) {
      expect(issueOf(isoDateTimeSchema, value)).toBeUndefined();
    }
  });

  it('rejects missing seconds or zone, impossible days and times, with the date-time message', () => {
    for (const value of ['2025-03-01T09:30Z', '2025-03-01T09:30:00', '2025-02-29T09:30:00Z', '2025-04-31T00:00:00Z', '2025-03-01T24:00:00Z', '2025-03-01T09:30:00+0800', '2025-03-01 09:30:00Z']) {
      expect(issueOf(isoDateTimeSchema, value)).toEqual({ path: ['field'], code: 'invalid_format', message: 'Enter a date and time such as 2025-03-01T09:30:00Z' });
    }
  });
});

describe('isoDateSchema', () => {
  it('knows the leap years of the Gregorian calendar', () => {
    for (const year of ['2024', '2000', '1600', '2008']) expect(issueOf(isoDateSchema, `${year}-02-29`)).toBeUndefined();
    for (const year of ['2025', '1900', '2100']) {
      expect(issueOf(isoDateSchema, `${year}-02-29`)).toEqual({ path: ['field'], code: 'invalid_format', message: 'Enter a date such as 2025-03-01' });
    }
  });

  it('rejects dates that are not YYYY-MM-DD', () => {
    for (const value of ['2025-3-1', '2025-13-01', '2025-01-00', '2025-03-01T00:00:00Z']) expect(issueOf(isoDateSchema, value)?.code).toBe('invalid_format');
  });
});

describe('emailSchema', () => {
  it('accepts ordinary addresses and rejects incomplete ones', () => {
    expect(issueOf(emailSchema, 'li.wei+crm@example.com.cn')).toBeUndefined();
    for (const value of ['chen.wei@', 'a@b', 'a..b@example.cn', ' a@example.cn']) {
      expect(issueOf(emailSchema, value)).toEqual({ path: ['field'], code: 'invalid_format', message: 'Enter a valid email address' });
    }
  });
});

describe('urlSchema', () => {
  it('accepts absolute URLs of any scheme, such as data: attachments', () => {
    expect(parseOrThrow(urlSchema, 'https://example.cn/a?b=1')).toBe('https://example.cn/a?b=1');
    expect(parseOrThrow(urlSchema, 'data:image/png;base64,iVBORw0KGgo=')).toBe('data:image/png;base64,iVBORw0KGgo=');
  });

  it('drops the surrounding spaces and inner line breaks the URL parser ignores', () => {
    expect(parseOrThrow(urlSchema, ' https://exa\nmple.com\t')).toBe('https://example.com');
  });

  it('rejects text that is not a URL', () => {
    for (const value of ['not a url', 'example.com', '/relative', '']) {
      expect(issueOf(urlSchema, value)).toEqual({ path: ['field'], code: 'invalid_format', message: 'Enter a valid web address' });
    }
  });
});
