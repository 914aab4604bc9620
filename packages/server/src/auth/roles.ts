/** Roles of a tenant's staff API keys; what each may do is in `access/permissions.ts`. */
export const staffRoles = ['admin', 'agent', 'sales'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** A key's role: a staff role, or `public` for keys embedded in public pages. */
export type ApiKeyRole = StaffRole | 'public';
