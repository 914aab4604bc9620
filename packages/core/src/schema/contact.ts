import * as z from 'zod/mini';
import {
  acquisitionSourceSchema,
  channelSchema,
  customFieldsSchema,
  externalIdSchema,
  idSchema,
  labelSchema,
  patchSchemaOf,
  storedSchemaOf,
  tagsSchema,
} from './common.js';
import { urlSchema } from './formats.js';

/** What the contact agreed to be contacted by; everything off until they say yes. */
export const consentSchema = z.object({
  email: z._default(z.boolean(), false),
  phone: z._default(z.boolean(), false),
  marketing: z._default(z.boolean(), false),
});
export type Consent = z.infer<typeof consentSchema>;

/** The stages of a customer relationship (see `@rapport/core/domain` lifecycle), as a user sets them by hand. */
export const lifecycleStageSchema = z.enum(['exploration', 'formation', 'stability', 'decline', 'churned']);

/** A person (联系人), usually at an account. */
export const contactCreateSchema = z.object({
  /** The full display name as the person writes it: `王小明`, `Ada Lovelace`. */
  externalId: z.optional(externalIdSchema),
  name: labelSchema,
  givenName: z.optional(labelSchema),
  familyName: z.optional(labelSchema),
  accountId: z.optional(idSchema),
  title: z.optional(labelSchema),
  ownerId: z.optional(idSchema),
  region: z.optional(labelSchema),
  industry: z.optional(labelSchema),
  avatarUrl: z.optional(urlSchema),
  channels: z._default(z.array(channelSchema).check(z.maxLength(50)), () => []),
  tags: tagsSchema,
  customFields: customFieldsSchema,
  consent: z._default(consentSchema, () => ({ email: false, phone: false, marketing: false })),
  source: z.optional(acquisitionSourceSchema),
  /**
   * The relationship stage a user set, overriding the one worked out from orders; moves are
   * checked by the domain's transition rule. `lifecycleDeclinedFrom`: the growth stage a declining
   * relationship fell from, the highest it may recover to.
   */
  lifecycleStage: z.optional(lifecycleStageSchema),
  lifecycleDeclinedFrom: z.optional(z.enum(['exploration', 'formation', 'stability'])),
});
export const contactSchema = storedSchemaOf(contactCreateSchema);
export const contactUpdateSchema = patchSchemaOf(contactCreateSchema);

export type Contact = z.infer<typeof contactSchema>;
export type ContactCreate = z.input<typeof contactCreateSchema>;
export type ContactUpdate = z.input<typeof contactUpdateSchema>;
