import * as z from 'zod/mini';
import { labelSchema, patchSchemaOf, storedSchemaOf } from './common.js';
import { emailSchema, urlSchema } from './formats.js';

/**
 * What a team member does, by the server's staff roles: an `admin` manages the tenant, an
 * `agent` answers tickets, `sales` works the pipeline.
 */
export const memberRoleSchema = z.enum(['admin', 'agent', 'sales']);
export type MemberRole = z.infer<typeof memberRoleSchema>;

/**
 * A member of the tenant's own team (员工): the person an owner or assignee id names. Records
 * keep only the id; widgets show the member's name and avatar.
 */
export const userCreateSchema = z.object({
  name: labelSchema,
  email: emailSchema,
  /** A picture of the member; without one widgets show their initials. */
  avatarUrl: z.optional(urlSchema),
  role: memberRoleSchema,
  /** The group the member works in (华东销售, Support EMEA), for pickers and swimlanes. */
  team: z.optional(labelSchema),
  /** A member who left keeps their records' names but is no longer offered as an owner. */
  active: z._default(z.boolean(), true),
});
export const userSchema = storedSchemaOf(userCreateSchema);
export const userUpdateSchema = patchSchemaOf(userCreateSchema);

export type User = z.infer<typeof userSchema>;
export type UserCreate = z.input<typeof userCreateSchema>;
export type UserUpdate = z.input<typeof userUpdateSchema>;
