import { ValidationError } from '../errors/validation-error.js';
import type { GrowthStage, LifecycleStage } from './lifecycle.js';

const GROWTH: readonly GrowthStage[] = ['exploration', 'formation', 'stability'];

/**
 * The stages a relationship may move to from `from` (staying put is always allowed). Growth goes
 * one stage at a time (客户关系的发展具有不可逾越性); any growth stage may decline or churn; a
 * decline recovers to at most the stage it declined from (`declinedFrom`, default exploration);
 * a churned customer is won back into exploration.
 */
export function allowedLifecycleTransitions(from: LifecycleStage, declinedFrom: GrowthStage = 'exploration'): LifecycleStage[] {
  switch (from) {
    case 'exploration':
      return ['exploration', 'formation', 'decline', 'churned'];
    case 'formation':
      return ['formation', 'stability', 'decline', 'churned'];
    case 'stability':
      return ['stability', 'decline', 'churned'];
    case 'decline':
      return [...GROWTH.slice(0, GROWTH.indexOf(declinedFrom) + 1), 'decline', 'churned'];
    case 'churned':
      return ['churned', 'exploration'];
  }
}

/** Throws a `ValidationError` on `stage` when the move skips a stage or is otherwise not allowed. */
export function assertLifecycleTransition(from: LifecycleStage, to: LifecycleStage, declinedFrom?: GrowthStage): void {
  const allowed = allowedLifecycleTransitions(from, declinedFrom);
  if (!allowed.includes(to)) {
    throw new ValidationError([{ path: ['stage'], code: 'invalid_value', message: `A relationship in ${from} can move to ${allowed.join(', ')}, not to ${to}` }]);
  }
}
