import * as z from 'zod/mini';

// What `z.int()` checks, without the number-format machinery it brings into every browser bundle:
// the same issues (`invalid_type` `int` that stops further checks, then the safe range), so
// `toFieldIssues` turns them into the same codes and messages.

/** A whole number within ±(2^53 − 1), where every integer has an exact double. */
export const wholeNumberSchema = z.number().check(
  z.superRefine((value, ctx) => {
    if (!Number.isInteger(value)) ctx.addIssue({ code: 'invalid_type', expected: 'int', input: value, continue: false });
    else if (value > Number.MAX_SAFE_INTEGER) ctx.addIssue({ code: 'too_big', origin: 'int', maximum: Number.MAX_SAFE_INTEGER, inclusive: true, input: value });
    else if (value < Number.MIN_SAFE_INTEGER) ctx.addIssue({ code: 'too_small', origin: 'int', minimum: Number.MIN_SAFE_INTEGER, inclusive: true, input: value });
  }),
);
