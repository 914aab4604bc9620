import * as z from 'zod/mini';
import { endTimeOfDaySchema, labelSchema, patchSchemaOf, storedSchemaOf, tierSchema, timeOfDaySchema, timeZoneSchema } from './common.js';
import { isoDateSchema } from './formats.js';
import { wholeNumberSchema } from './whole-number.js';
import { ticketPrioritySchema } from './ticket.js';

/** Time limits for tickets of one priority, in business minutes. */
export const slaTargetSchema = z.object({
  priority: ticketPrioritySchema,
  firstResponseMinutes: wholeNumberSchema.check(z.gte(1)),
  resolutionMinutes: wholeNumberSchema.check(z.gte(1)),
  /** Time to answer each customer message that follows an agent's reply; no next-reply clock without it. */
  nextReplyMinutes: z.optional(wholeNumberSchema.check(z.gte(1))),
});
export type SlaTarget = z.infer<typeof slaTargetSchema>;

/** Open hours on one weekday (0 = Sunday … 6 = Saturday); `end` is after `start`, and `24:00` is the day's end. */
export const businessHoursSchema = z
  .object({ day: wholeNumberSchema.check(z.gte(0), z.lte(6)), start: timeOfDaySchema, end: endTimeOfDaySchema })
  .check(
    z.superRefine((hours, ctx) => {
      if (hours.end <= hours.start) ctx.addIssue({ code: 'custom', message: 'The end must be after the start', path: ['end'], input: hours.end });
    }),
  );
export type BusinessHours = z.infer<typeof businessHoursSchema>;

/** The hours the SLA clock runs: business hours in a time zone, minus holidays. */
export const businessCalendarSchema = z.object({
  timeZone: timeZoneSchema,
  weeklyHours: z.array(businessHoursSchema).check(z.minLength(1)),
  holidays: z._default(z.array(isoDateSchema), () => []),
});
export type BusinessCalendar = z.infer<typeof businessCalendarSchema>;

/** Raise a ticket to `level` once `atPercent` of a target's time is used (100 = breached). */
export const escalationStepSchema = z.object({
  level: wholeNumberSchema.check(z.gte(1), z.lte(10)),
  atPercent: z.number().check(z.gt(0), z.lte(1000)),
});
export type EscalationStep = z.infer<typeof escalationStepSchema>;

/** Service levels (分等级服务管理) for the customers of one tier. */
export const slaPolicyCreateSchema = z.object({
  name: labelSchema,
  tier: tierSchema,
  targets: z.array(slaTargetSchema).check(
    z.minLength(1),
    z.superRefine((targets, ctx) => {
      const seen = new Set<string>();
      targets.forEach((target, index) => {
        if (seen.has(target.priority)) ctx.addIssue({ code: 'custom', message: 'Each priority needs only one target', path: [index, 'priority'], input: target.priority });
        seen.add(target.priority);
      });
    }),
  ),
  calendar: businessCalendarSchema,
  escalation: z._default(z.array(escalationStepSchema), () => []),
});
export const slaPolicySchema = storedSchemaOf(slaPolicyCreateSchema);
export const slaPolicyUpdateSchema = patchSchemaOf(slaPolicyCreateSchema);

export type SlaPolicy = z.infer<typeof slaPolicySchema>;
export type SlaPolicyCreate = z.input<typeof slaPolicyCreateSchema>;
export type SlaPolicyUpdate = z.input<typeof slaPolicyUpdateSchema>;
