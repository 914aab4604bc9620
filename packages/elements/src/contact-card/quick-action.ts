/** The activities the quick actions create, in the order their buttons are shown. */
export const quickActionKinds = ['call', 'note', 'meeting', 'task'] as const;
export type QuickActionKind = (typeof quickActionKinds)[number];
