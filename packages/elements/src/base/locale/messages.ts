import type { CrmErrorKind } from '@rapport/core';

/** Issue codes the SDK puts on validation errors (see `FieldIssue.code`). */
export type IssueCode = 'required' | 'invalid_type' | 'too_small' | 'too_big' | 'invalid_format' | 'invalid_value' | 'custom';

/**
 * The words every widget shares, per locale; each widget keeps its own strings in its
 * `<widget>.messages.ts`. Each locale file is typed with this interface, so a key missing in one
 * language is a compile error rather than an English word in a Chinese page.
 */
export interface Messages {
  readonly common: {
    readonly loading: string;
    readonly retry: string;
    readonly save: string;
    readonly cancel: string;
    readonly edit: (field: string) => string;
    readonly remove: (what: string) => string;
    readonly notSet: string;
  };
  /** `originNotAllowed`: the service answers, but not to this page (its allowed origins lack it). */
  readonly errors: Readonly<Record<CrmErrorKind | 'unknown' | 'originNotAllowed', string>>;
  readonly issues: Readonly<Record<IssueCode, string>>;
}
