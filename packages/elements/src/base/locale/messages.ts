import type { CrmErrorKind } from '@rapport/core';

/** Issue codes the SDK puts on validation errors (see `FieldIssue.code`). */
export type IssueCode = 'required' | 'invalid_type' | 'too_small' | 'too_big' | 'invalid_format' | 'invalid_value' | 'custom';

/**
 * Every string a widget shows, per locale. Each locale file is typed with this interface, so a
 * key missing in one language is a compile error rather than an English word in a Chinese page.
 */
export interface Messages {
  readonly common: {
    readonly loading: string;
    readonly empty: string;
    readonly retry: string;
    readonly save: string;
    readonly cancel: string;
    readonly edit: (field: string) => string;
    readonly add: string;
    readonly remove: (what: string) => string;
    readonly notSet: string;
  };
  readonly errors: Readonly<Record<CrmErrorKind | 'unknown', string>>;
  readonly issues: Readonly<Record<IssueCode, string>>;
  readonly conflict: {
    readonly title: string;
    readonly explanation: string;
    readonly theirs: string;
    readonly yours: string;
    readonly reload: string;
    readonly reapply: string;
  };
}
