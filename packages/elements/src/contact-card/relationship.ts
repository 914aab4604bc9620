import type { CustomerMeasures } from '@rapport/core/domain';

export { defaultValueRules, type ValueRules } from '@rapport/core/domain';

/** What the card shows of the relationship: the customer measures of `@rapport/core/domain`. */
export type Relationship = CustomerMeasures;
