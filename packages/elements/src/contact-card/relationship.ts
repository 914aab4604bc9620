import type { CustomerMeasures } from '@rapport/core/domain';

// Re-exported for hosts; the card's first load never imports them (the measures' code would come along).
export { defaultValueRules, type ValueRules } from '@rapport/core/domain';

/** What the card shows of the relationship: the customer measures of `@rapport/core/domain`. */
export type Relationship = CustomerMeasures;
