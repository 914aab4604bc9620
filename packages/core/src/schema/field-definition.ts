import * as z from 'zod/mini';
import { patchSchemaOf, storedSchemaOf } from './common.js';
import { localizedLabelSchema } from './localized-text.js';
import { wholeNumberSchema } from './whole-number.js';

/** The collections whose records carry tenant-defined `customFields`. */
export const customFieldEntitySchema = z.enum(['contacts', 'accounts', 'deals', 'tickets']);
export type CustomFieldEntity = z.infer<typeof customFieldEntitySchema>;

/** How a custom field's value is kept and edited; `multiselect` values are kept as one string, values joined by `,`. */
export const customFieldTypeSchema = z.enum(['text', 'number', 'date', 'select', 'multiselect', 'checkbox', 'url', 'email']);
export type CustomFieldType = z.infer<typeof customFieldTypeSchema>;

/**
 * The key a value is stored under in `customFields` (`preferredLanguage`, `会员等级`): no dots or
 * spaces, so it can be filtered as `customFields.<key>`.
 */
export const customFieldKeySchema = z.string().check(
  z.minLength(1),
  z.maxLength(100),
  z.regex(/^[^.\s]+$/, 'Use a key without dots or spaces, such as preferredLanguage'),
);

/** One choice of a select field: the stored value and what readers see. */
export const fieldOptionSchema = z.object({
  value: z.string().check(z.minLength(1), z.maxLength(100), z.regex(/^[^,]*$/, 'An option value cannot contain a comma')),
  label: localizedLabelSchema,
});
export type FieldOption = z.infer<typeof fieldOptionSchema>;

const distinctOptionValues = z.superRefine<FieldOption[]>((options, ctx) => {
  const seen = new Set<string>();
  options.forEach((option, index) => {
    if (seen.has(option.value)) ctx.addIssue({ code: 'custom', message: 'Each option needs its own value', path: [index, 'value'], input: option.value });
    seen.add(option.value);
  });
});

/**
 * A tenant's definition of one custom field of one collection (自定义字段): what `customFields.<key>`
 * is called in each language, what type its value has, the choices of a select, and where it
 * stands among the others. Widgets label, format and edit custom fields by these.
 */
const fieldDefinitionShape = z.object({
    entity: customFieldEntitySchema,
    key: customFieldKeySchema,
    label: localizedLabelSchema,
    type: customFieldTypeSchema,
    options: z._default(z.array(fieldOptionSchema).check(z.maxLength(200), distinctOptionValues), () => []),
    /** Position among the collection's fields, smallest first. */
    order: z._default(wholeNumberSchema.check(z.gte(0)), 0),
    required: z._default(z.boolean(), false),
    /** A retired field: its values are still shown but no longer offered for editing. */
    active: z._default(z.boolean(), true),
});

/** A new definition: a select offers at least one option (a patch may leave `type` and `options` out, so only here). */
export const fieldDefinitionCreateSchema = fieldDefinitionShape.check(
  z.superRefine((definition, ctx) => {
    const choices = definition.type === 'select' || definition.type === 'multiselect';
    if (choices && definition.options.length === 0) ctx.addIssue({ code: 'custom', message: 'A select field needs at least one option', path: ['options'], input: definition.options });
  }),
);
export const fieldDefinitionSchema = storedSchemaOf(fieldDefinitionShape);
export const fieldDefinitionUpdateSchema = patchSchemaOf(fieldDefinitionShape);

export type FieldDefinition = z.infer<typeof fieldDefinitionSchema>;
export type FieldDefinitionCreate = z.input<typeof fieldDefinitionCreateSchema>;
export type FieldDefinitionUpdate = z.input<typeof fieldDefinitionUpdateSchema>;
