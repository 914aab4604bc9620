import type { ActivityKind, ChannelKind, CrmErrorKind } from '@rapport/core';
import type { ChurnFactor, ChurnKind, LifecycleStage, LoyaltyLevel, ProfitabilityTier, RfmSegment } from '@rapport/core/domain';

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
  readonly contactCard: {
    /** Accessible name of the card. */
    readonly label: (name: string) => string;
    readonly noClient: string;
    readonly noContact: string;
    /** What the edit button edits ("Edit details"). */
    readonly details: string;
    readonly yes: string;
    readonly no: string;
    readonly fields: Readonly<Record<'name' | 'title' | 'region' | 'industry' | 'account' | 'owner' | 'channels' | 'tags' | 'customFields', string>>;
    readonly channelKinds: Readonly<Record<ChannelKind, string>>;
    readonly tags: {
      readonly add: string;
      readonly inputLabel: string;
      readonly remove: (tag: string) => string;
    };
    readonly timeline: {
      readonly heading: string;
      readonly empty: string;
      /** Accessible name of the list, with the count already formatted. */
      readonly count: (count: string) => string;
      readonly kinds: Readonly<Record<ActivityKind, string>>;
      readonly due: (date: string) => string;
      readonly done: string;
    };
    readonly quickActions: Readonly<Record<'heading' | 'call' | 'note' | 'meeting' | 'task', string>>;
    readonly composer: {
      readonly defaultSubject: (kind: string, name: string) => string;
      readonly fields: Readonly<Record<'subject' | 'body' | 'start' | 'end' | 'due', string>>;
      /** 有冲突时，系统会提示: shown above the owner's meetings that overlap. */
      readonly overlap: string;
      readonly saveAnyway: string;
    };
    readonly relationship: {
      readonly heading: string;
      readonly lifecycle: string;
      readonly tier: string;
      readonly loyalty: string;
      readonly segment: string;
      readonly churn: string;
      readonly stages: Readonly<Record<LifecycleStage, string>>;
      readonly churnKinds: Readonly<Record<ChurnKind, string>>;
      readonly tiers: Readonly<Record<ProfitabilityTier, string>>;
      readonly loyaltyLevels: Readonly<Record<LoyaltyLevel, string>>;
      readonly segments: Readonly<Record<RfmSegment, string>>;
      readonly churnLevels: Readonly<Record<'low' | 'medium' | 'high', string>>;
      /** Why churn risk is raised; each gets the formatted day count or number. */
      readonly churnReasons: Readonly<Record<ChurnFactor, (value: string) => string>>;
    };
  };
}
