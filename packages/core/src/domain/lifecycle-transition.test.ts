import { describe, expect, it } from 'vitest';
import { allowedLifecycleTransitions, assertLifecycleTransition } from './lifecycle-transition.js';

describe('lifecycle transitions', () => {
  it('grows one stage at a time and refuses skipping formation', () => {
    expect(() => assertLifecycleTransition('exploration', 'formation')).not.toThrow();
    expect(() => assertLifecycleTransition('formation', 'stability')).not.toThrow();
    expect(() => assertLifecycleTransition('exploration', 'stability')).toThrowError(
      expect.objectContaining({ kind: 'validation', issues: [expect.objectContaining({ path: ['stage'], code: 'invalid_value' })] }),
    );
  });

  it('lets any growth stage decline or churn', () => {
    for (const from of ['exploration', 'formation', 'stability'] as const) {
      expect(allowedLifecycleTransitions(from)).toEqual(expect.arrayContaining(['decline', 'churned']));
    }
  });

  it('recovers from decline no higher than the stage it declined from', () => {
    expect(allowedLifecycleTransitions('decline', 'formation')).toEqual(['exploration', 'formation', 'decline', 'churned']);
    expect(() => assertLifecycleTransition('decline', 'stability', 'formation')).toThrowError(expect.objectContaining({ kind: 'validation' }));
    expect(() => assertLifecycleTransition('decline', 'stability', 'stability')).not.toThrow();
  });

  it('wins a churned customer back into exploration only', () => {
    expect(allowedLifecycleTransitions('churned')).toEqual(['churned', 'exploration']);
    expect(() => assertLifecycleTransition('churned', 'formation')).toThrowError(expect.objectContaining({ kind: 'validation' }));
  });

  it('never lets stability fall back to an earlier growth stage without declining', () => {
    expect(() => assertLifecycleTransition('stability', 'formation')).toThrowError(expect.objectContaining({ kind: 'validation' }));
  });
});
