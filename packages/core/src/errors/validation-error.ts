import { CrmError } from './crm-error.js';

/** One rejected field: where it is, a stable code to localize from, and an English fallback. */
export interface FieldIssue {
  /** Path to the field, e.g. `['channels', 0, 'value']`. Empty for the record as a whole. */
  readonly path: ReadonlyArray<string | number>;
  /** Stable, localizable code: `required`, `invalid_type`, `too_small`, `too_big`, `invalid_format`, `invalid_value`, `custom`. */
  readonly code: string;
  readonly message: string;
}

/** Input was rejected before anything was written; nothing partial is stored. */
export class ValidationError extends CrmError {
  readonly kind = 'validation' as const;
  readonly issues: readonly FieldIssue[];

  constructor(issues: readonly FieldIssue[], message?: string) {
    super(message ?? `Invalid input: ${issues.map((i) => i.path.join('.') || '(record)').join(', ')}`);
    this.name = 'ValidationError';
    this.issues = issues;
  }

  /** The issues for one field, by dotted path (`'email'`, `'channels.0.value'`). */
  issuesAt(path: string): FieldIssue[] {
    return this.issues.filter((issue) => issue.path.join('.') === path);
  }
}
