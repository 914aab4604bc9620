import * as z from 'zod/mini';
import { idSchema, parseOrThrow } from '@rapport/core/schema';
import type { Database } from '../database/database.js';

/** A tenant's settings of the built-in rules; every field has a default. */
export const automationSettingsSchema = z.strictObject({
  slaEscalation: z._default(
    z.strictObject({
      enabled: z._default(z.boolean(), true),
      /** Share of a target's time, in percent, at which a policy without escalation steps warns (level 1); breach is level 2. */
      warningPercent: z._default(z.number().check(z.gt(0), z.lt(100)), 75),
    }),
    { enabled: true, warningPercent: 75 },
  ),
  detractorFollowUp: z._default(
    z.strictObject({
      enabled: z._default(z.boolean(), true),
      /** The detractor cut-off: an NPS answer at or below it calls for a follow-up (NPS detractors are 0–6). */
      maxScore: z._default(z.int().check(z.gte(0), z.lte(9)), 6),
      /** Hours the account owner has for the follow-up task. */
      dueInHours: z._default(z.int().check(z.gte(1), z.lte(720)), 48),
    }),
    { enabled: true, maxScore: 6, dueInHours: 48 },
  ),
  idleDealReminder: z._default(
    z.strictObject({
      enabled: z._default(z.boolean(), true),
      /** Days without a stage move or an activity that make a deal idle (its stage's rotting days). */
      idleDays: z._default(z.int().check(z.gte(1), z.lte(365)), 14),
      /** Rotting days of particular stages, by stage id (in every pipeline that has it), instead of `idleDays`. */
      stageIdleDays: z._default(z.record(idSchema, z.int().check(z.gte(1), z.lte(365))), {}),
    }),
    { enabled: true, idleDays: 14, stageIdleDays: {} },
  ),
  stageHistory: z._default(z.strictObject({ enabled: z._default(z.boolean(), true) }), { enabled: true }),
});
export type AutomationSettings = z.infer<typeof automationSettingsSchema>;

export const defaultAutomationSettings: AutomationSettings = z.parse(automationSettingsSchema, {});

export async function loadAutomationSettings(db: Database, tenantId: string): Promise<AutomationSettings> {
  const [row] = await db.query<{ settings: unknown }>('SELECT settings FROM automation_settings WHERE tenant_id = $1', [tenantId]);
  return row ? z.parse(automationSettingsSchema, row.settings) : defaultAutomationSettings;
}

/** Validates like every entity (a `ValidationError` naming the field) and stores the result. */
export async function saveAutomationSettings(db: Database, tenantId: string, input: unknown): Promise<AutomationSettings> {
  const settings = parseOrThrow(automationSettingsSchema, input) as AutomationSettings;
  await db.query(
    `INSERT INTO automation_settings (tenant_id, settings) VALUES ($1, $2::jsonb)
     ON CONFLICT (tenant_id) DO UPDATE SET settings = EXCLUDED.settings, updated_at = now()`,
    [tenantId, JSON.stringify(settings)],
  );
  return settings;
}
