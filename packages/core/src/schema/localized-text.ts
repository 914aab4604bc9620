import * as z from 'zod/mini';
import { labelSchema } from './common.js';

/**
 * A label a tenant writes once per language the widgets ship with: English is required, so
 * every reader gets a name; Chinese in either script is optional and falls back (see
 * `localizedText` in the elements).
 */
export const localizedLabelSchema = z.object({
  en: labelSchema,
  'zh-Hans': z.optional(labelSchema),
  'zh-Hant': z.optional(labelSchema),
});
export type LocalizedLabel = z.infer<typeof localizedLabelSchema>;
