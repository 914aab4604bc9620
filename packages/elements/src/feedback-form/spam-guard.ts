/** What becomes of a submission, judged before anything is sent. */
export type SubmissionVerdict =
  | { readonly kind: 'accept' }
  /** The hidden field was filled in, which only a bot does: the submission is dropped without a word. */
  | { readonly kind: 'bot' }
  /** Sent sooner after the form appeared than a person reads it; they may send again after `waitMs`. */
  | { readonly kind: 'too-fast'; readonly waitMs: number }
  /** This visitor sent a response to the survey moments ago; they may send again after `waitMs`. */
  | { readonly kind: 'throttled'; readonly waitMs: number };

export interface SubmissionFacts {
  /** What is in the honeypot field. */
  readonly honeypot: string;
  /** Epoch milliseconds: when the questions appeared, and now. */
  readonly shownAt: number;
  readonly now: number;
  readonly minFillMs: number;
  /** Epoch milliseconds of this visitor's last response to the survey, if any. */
  readonly lastSubmittedAt: number | undefined;
  readonly throttleMs: number;
}

/**
 * Spam protection without a third-party service: a honeypot (bots fill every field), a minimum
 * time to fill (bots submit at once) and a per-visitor throttle (one person, one response a minute).
 */
export function judgeSubmission({ honeypot, shownAt, now, minFillMs, lastSubmittedAt, throttleMs }: SubmissionFacts): SubmissionVerdict {
  if (honeypot !== '') return { kind: 'bot' };
  const filledFor = now - shownAt;
  if (filledFor < minFillMs) return { kind: 'too-fast', waitMs: minFillMs - filledFor };
  if (lastSubmittedAt !== undefined && now - lastSubmittedAt < throttleMs) return { kind: 'throttled', waitMs: throttleMs - (now - lastSubmittedAt) };
  return { kind: 'accept' };
}
