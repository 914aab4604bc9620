import type * as z from 'zod/mini';
import type { EntityName } from './entity-names.js';

export type { EntityName };
import { accountCreateSchema, accountSchema, accountUpdateSchema } from './account.js';
import { activityCreateSchema, activitySchema, activityUpdateSchema } from './activity.js';
import { ticketCategoryCreateSchema, ticketCategorySchema, ticketCategoryUpdateSchema } from './ticket-category.js';
import { cannedReplyCreateSchema, cannedReplySchema, cannedReplyUpdateSchema } from './canned-reply.js';
import { contactCreateSchema, contactSchema, contactUpdateSchema } from './contact.js';
import { fieldDefinitionCreateSchema, fieldDefinitionSchema, fieldDefinitionUpdateSchema } from './field-definition.js';
import { dealCreateSchema, dealSchema, dealUpdateSchema } from './deal.js';
import { kbArticleCreateSchema, kbArticleSchema, kbArticleUpdateSchema } from './kb-article.js';
import { leadCreateSchema, leadSchema, leadUpdateSchema } from './lead.js';
import { orderCreateSchema, orderSchema, orderUpdateSchema } from './order.js';
import { savedViewCreateSchema, savedViewSchema, savedViewUpdateSchema } from './saved-view.js';
import { pipelineCreateSchema, pipelineSchema, pipelineUpdateSchema } from './pipeline.js';
import { slaPolicyCreateSchema, slaPolicySchema, slaPolicyUpdateSchema } from './sla-policy.js';
import { surveyResponseCreateSchema, surveyResponseSchema, surveyResponseUpdateSchema } from './survey-response.js';
import { surveyCreateSchema, surveySchema, surveyUpdateSchema } from './survey.js';
import { ticketMessageCreateSchema, ticketMessageSchema, ticketMessageUpdateSchema } from './ticket-message.js';
import { ticketCreateSchema, ticketSchema, ticketUpdateSchema } from './ticket.js';
import { userCreateSchema, userSchema, userUpdateSchema } from './user.js';

/**
 * Every entity by collection name, the name adapters store it under: the stored-record schema,
 * what a caller may send on create, and what on update.
 */
export const entities = {
  accounts: { schema: accountSchema, create: accountCreateSchema, update: accountUpdateSchema },
  contacts: { schema: contactSchema, create: contactCreateSchema, update: contactUpdateSchema },
  activities: { schema: activitySchema, create: activityCreateSchema, update: activityUpdateSchema },
  leads: { schema: leadSchema, create: leadCreateSchema, update: leadUpdateSchema },
  pipelines: { schema: pipelineSchema, create: pipelineCreateSchema, update: pipelineUpdateSchema },
  deals: { schema: dealSchema, create: dealCreateSchema, update: dealUpdateSchema },
  tickets: { schema: ticketSchema, create: ticketCreateSchema, update: ticketUpdateSchema },
  ticketMessages: { schema: ticketMessageSchema, create: ticketMessageCreateSchema, update: ticketMessageUpdateSchema },
  slaPolicies: { schema: slaPolicySchema, create: slaPolicyCreateSchema, update: slaPolicyUpdateSchema },
  kbArticles: { schema: kbArticleSchema, create: kbArticleCreateSchema, update: kbArticleUpdateSchema },
  surveys: { schema: surveySchema, create: surveyCreateSchema, update: surveyUpdateSchema },
  surveyResponses: { schema: surveyResponseSchema, create: surveyResponseCreateSchema, update: surveyResponseUpdateSchema },
  orders: { schema: orderSchema, create: orderCreateSchema, update: orderUpdateSchema },
  users: { schema: userSchema, create: userCreateSchema, update: userUpdateSchema },
  fieldDefinitions: { schema: fieldDefinitionSchema, create: fieldDefinitionCreateSchema, update: fieldDefinitionUpdateSchema },
  savedViews: { schema: savedViewSchema, create: savedViewCreateSchema, update: savedViewUpdateSchema },
  cannedReplies: { schema: cannedReplySchema, create: cannedReplyCreateSchema, update: cannedReplyUpdateSchema },
  ticketCategories: { schema: ticketCategorySchema, create: ticketCategoryCreateSchema, update: ticketCategoryUpdateSchema },
} as const satisfies Record<EntityName, unknown>;

/** A stored record of collection `N`, as `get` and `list` return it. */
export type EntityRecord<N extends EntityName> = z.output<(typeof entities)[N]['schema']>;
/** What a caller sends to create a record of `N`; fields with defaults may be left out. */
export type EntityCreate<N extends EntityName> = z.input<(typeof entities)[N]['create']>;
/** A patch for a record of `N`: any subset of the create fields. */
export type EntityUpdate<N extends EntityName> = z.input<(typeof entities)[N]['update']>;
