import * as z from 'zod/mini';
import { entityNames } from '@rapport/core';

/** `<collection>.<created|updated|removed>`, `<collection>.*` for all three, or `*` for every change. */
export const webhookEventTypes = ['*', ...entityNames.flatMap((name) => [`${name}.*`, `${name}.created`, `${name}.updated`, `${name}.removed`] as const)] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

const webhookFields = {
  /** `https:` (or `http:` to a loopback host in development); checked again at every delivery. */
  url: z.string().check(z.minLength(1), z.maxLength(2000)),
  events: z.array(z.enum(webhookEventTypes)).check(z.minLength(1), z.maxLength(webhookEventTypes.length)),
  description: z.optional(z.string().check(z.maxLength(500))),
  enabled: z.boolean(),
};

export const webhookCreateSchema = z.strictObject({ ...webhookFields, enabled: z._default(webhookFields.enabled, true) });
export const webhookUpdateSchema = z.strictObject({
  url: z.optional(webhookFields.url),
  events: z.optional(webhookFields.events),
  description: z.optional(z.nullable(z.string().check(z.maxLength(500)))),
  enabled: z.optional(webhookFields.enabled),
});
export type WebhookCreate = z.infer<typeof webhookCreateSchema>;
export type WebhookUpdate = z.infer<typeof webhookUpdateSchema>;

/** A registered endpoint as admins read it; the secret is only in the answers that create it. */
export interface Webhook {
  readonly id: string;
  readonly url: string;
  readonly events: readonly WebhookEventType[];
  readonly description?: string;
  readonly enabled: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface WebhookDelivery {
  /** The idempotency id the receiver sees: the same on every retry and redelivery. */
  readonly id: string;
  readonly webhookId: string;
  readonly eventType: string;
  readonly status: 'pending' | 'succeeded' | 'failed';
  readonly attempts: number;
  readonly lastStatusCode?: number;
  readonly lastError?: string;
  readonly createdAt: string;
  readonly lastAttemptAt?: string;
  /** When the next attempt is due, while `pending`. */
  readonly nextAttemptAt?: string;
  readonly finishedAt?: string;
}
