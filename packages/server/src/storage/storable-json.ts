import { ValidationError, type FieldIssue } from '@rapport/core';

/** NUL, and UTF-16 surrogates without their pair: JSON allows them, PostgreSQL text does not. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether PostgreSQL can store `text` as it is. */
export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/**
 * Throws a `ValidationError` pointing at the first string (value or key) PostgreSQL cannot store,
 * so such input is a 400 with a field path rather than a database error.
 */
export function assertStorable(value: unknown, path: ReadonlyArray<string | number> = []): void {
  const issue = firstUnstorable(value, path);
  if (issue) throw new ValidationError([issue]);
}

function firstUnstorable(root: unknown, rootPath: ReadonlyArray<string | number>): FieldIssue | undefined {
  // Iterative, so a deeply nested body cannot exhaust the stack.
  const pending: Array<{ value: unknown; path: ReadonlyArray<string | number> }> = [{ value: root, path: rootPath }];
  while (pending.length) {
    const { value, path } = pending.pop() as { value: unknown; path: ReadonlyArray<string | number> };
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value)) return issueAt(path);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, path: [...path, index] }));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, member] of Object.entries(value)) {
        if (UNSTORABLE.test(key)) return issueAt([...path, key]);
        pending.push({ value: member, path: [...path, key] });
      }
    }
  }
  return undefined;
}

function issueAt(path: ReadonlyArray<string | number>): FieldIssue {
  return { path, code: 'invalid_format', message: 'Contains characters that cannot be stored' };
}
