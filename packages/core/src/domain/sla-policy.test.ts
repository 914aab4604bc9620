import { describe, expect, it } from 'vitest';
import { slaPolicyFor } from './sla-policy.js';

const policies = [
  { id: 'std', tier: 'standard' as const },
  { id: 'gold', tier: 'gold' as const },
  { id: 'vip-contract', tier: 'gold' as const },
];

describe('slaPolicyFor', () => {
  it('uses the policy named on the ticket first', () => {
    expect(slaPolicyFor({ slaPolicyId: 'vip-contract' }, 'standard', policies)?.id).toBe('vip-contract');
  });

  it('otherwise picks by the customer’s tier, standard when there is none', () => {
    expect(slaPolicyFor({}, 'gold', policies)?.id).toBe('gold');
    expect(slaPolicyFor({}, undefined, policies)?.id).toBe('std');
    expect(slaPolicyFor({ slaPolicyId: 'deleted' }, undefined, policies)?.id).toBe('std');
  });

  it('gives undefined when no policy covers the tier', () => {
    expect(slaPolicyFor({}, 'platinum', policies)).toBeUndefined();
  });
});
