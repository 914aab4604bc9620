import * as z from 'zod/mini';
import { currencySchema, idSchema, labelSchema, patchSchemaOf, probabilitySchema, storedSchemaOf, uniqueIds } from './common.js';
import { wholeNumberSchema } from './whole-number.js';

/** One column of a pipeline, with the default win probability of deals in it. */
export const stageSchema = z.object({
  id: idSchema,
  name: labelSchema,
  probability: probabilitySchema,
  /** Work-in-progress limit: the board warns when more deals sit in the stage. */
  wipLimit: z.optional(wholeNumberSchema.check(z.gte(1))),
  /** Rotting: an open deal that has not left the stage for more than this many days is idle, and the board marks it. */
  idleDays: z.optional(wholeNumberSchema.check(z.gte(1), z.lte(365))),
});
export type Stage = z.infer<typeof stageSchema>;

/** An ordered sequence of sales stages deals move through. */
export const pipelineCreateSchema = z.object({
  name: labelSchema,
  currency: currencySchema,
  stages: z.array(stageSchema).check(z.minLength(1), z.maxLength(50), uniqueIds<Stage>('stage')),
  /** The reasons a deal of this pipeline is usually lost, offered when closing one as lost (beside free text). */
  lostReasons: z.optional(z.array(labelSchema).check(z.maxLength(50))),
});
export const pipelineSchema = storedSchemaOf(pipelineCreateSchema);
export const pipelineUpdateSchema = patchSchemaOf(pipelineCreateSchema);

export type Pipeline = z.infer<typeof pipelineSchema>;
export type PipelineCreate = z.input<typeof pipelineCreateSchema>;
export type PipelineUpdate = z.input<typeof pipelineUpdateSchema>;
