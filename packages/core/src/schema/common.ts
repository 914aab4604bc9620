import * as z from 'zod/mini';
import { emailSchema, isoDateTimeSchema, urlSchema } from './formats.js';
import { wholeNumberSchema } from './whole-number.js';

/** Record ids: opaque, non-empty, short enough for a URL segment. */
export const idSchema = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * The integrator's own key for a record (an ERP customer number, a shop's order number): unique
 * per tenant and collection, so a bulk upsert can create or update by it. Kept exactly as sent.
 */
export const externalIdSchema = z.string().check(z.minLength(1), z.maxLength(200));

/** The collections records can be bulk-upserted into by `externalId`. */
export const externallyKeyedCollections = ['contacts', 'accounts', 'orders', 'deals', 'tickets'] as const;
export type ExternallyKeyedCollection = (typeof externallyKeyedCollections)[number];

/** A short single-line label (names, titles, subjects), trimmed, 1…200 characters. */
export const labelSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

/** Plain multi-line text (descriptions, bodies, notes), up to 20,000 characters. */
export const longTextSchema = z.string().check(z.maxLength(20_000));

/** A wall-clock time `HH:MM` (24 h), used in business-hour calendars. */
export const timeOfDaySchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 09:00'));

/** The end of a span of hours: a time of day, or `24:00` for midnight at the day's end (open around the clock). */
export const endTimeOfDaySchema = z.string().check(z.regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Use a time like 18:00, or 24:00 for the end of the day'));

/** An ISO 4217 currency code, e.g. `CNY`, `EUR`. */
export const currencySchema = z.string().check(z.regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as CNY'));

/** A money amount in major units of its currency; never negative. */
export const amountSchema = z.number().check(z.gte(0));

/** A probability between 0 and 1 (deal stage win chance). */
export const probabilitySchema = z.number().check(z.gte(0), z.lte(1));

/** A BCP 47 language tag, e.g. `en`, `zh-Hans`, `zh-Hant-TW`. */
export const localeSchema = z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a language tag such as zh-Hans'));

/** An IANA time zone the runtime knows, e.g. `Asia/Shanghai`. */
export const timeZoneSchema = z.string().check(
  z.refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'Use a time zone name such as Asia/Shanghai'),
);

/** Customer tier: chooses the SLA policy a customer's tickets get. */
export const tierSchema = z.enum(['standard', 'silver', 'gold', 'platinum']);
export type Tier = z.infer<typeof tierSchema>;

/** Where a lead or contact first came from. */
export const acquisitionSourceSchema = z.enum(['web', 'email', 'phone', 'chat', 'referral', 'event', 'partner', 'social', 'advertising', 'other']);
export type AcquisitionSource = z.infer<typeof acquisitionSourceSchema>;

export const tagsSchema = z._default(z.array(labelSchema).check(z.maxLength(100)), () => []);

export const customFieldValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type CustomFieldValue = z.infer<typeof customFieldValueSchema>;

/** Tenant-defined extra fields: flat, JSON-safe values only so every adapter can store and filter them. */
export const customFieldsSchema = z._default(z.record(z.string().check(z.minLength(1), z.maxLength(100)), customFieldValueSchema), () => ({}));

const channelBase = { label: z.optional(labelSchema), primary: z.optional(z.boolean()) };

/** One way to reach a contact; email and web values are checked for their format. */
export const channelSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('email'), value: emailSchema, ...channelBase }),
  z.object({ kind: z.literal('web'), value: urlSchema, ...channelBase }),
  z.object({ kind: z.enum(['phone', 'mobile', 'fax', 'address']), value: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)), ...channelBase }),
]);
export type Channel = z.infer<typeof channelSchema>;
export type ChannelKind = Channel['kind'];

/** Metadata of an attached file; the bytes live elsewhere (`url`). */
export const attachmentSchema = z.object({
  name: labelSchema,
  type: z.string().check(z.minLength(1), z.maxLength(200)),
  size: wholeNumberSchema.check(z.gte(0)),
  url: z.optional(urlSchema),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentsSchema = z._default(z.array(attachmentSchema).check(z.maxLength(50)), () => []);

/** Fields every stored record carries; set by the adapter, never by a caller. */
export const storedShape = {
  id: idSchema,
  tenantId: idSchema,
  version: wholeNumberSchema.check(z.gte(1)),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
};

/** The stored-record schema of an entity: its create fields plus the adapter's fields. */
export function storedSchemaOf<S extends z.core.$ZodShape>(create: z.ZodMiniObject<S>) {
  return z.extend(create, storedShape);
}

type PatchShape<S extends z.core.$ZodShape> = {
  [K in keyof S]: z.ZodMiniOptional<S[K] extends z.ZodMiniDefault<infer Inner> ? Inner : S[K]>;
};

/**
 * The update schema of an entity: every create field optional, with defaults removed, so a patch
 * that leaves out `tags` never resets them to `[]`.
 */
export function patchSchemaOf<S extends z.core.$ZodShape>(create: z.ZodMiniObject<S>): z.ZodMiniObject<PatchShape<S>> {
  const shape: Record<string, z.core.SomeType> = {};
  for (const [key, field] of Object.entries(create.shape)) {
    shape[key] = z.optional(field instanceof z.ZodMiniDefault ? field._zod.def.innerType : field);
  }
  return z.object(shape) as unknown as z.ZodMiniObject<PatchShape<S>>;
}

/** A check that the `id`s of the items in a list are unique, reporting the first repeat by path. */
export function uniqueIds<T extends { id: string }>(what: string) {
  return z.superRefine<T[]>((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `Each ${what} needs its own id`, path: [index, 'id'], input: item.id });
      seen.add(item.id);
    });
  });
}
