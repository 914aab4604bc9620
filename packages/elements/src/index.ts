// The public API of @rapport/elements. Importing it registers nothing: see `define.ts`.
export { CrmElement, type ThemeName } from './base/crm-element.js';
export { CrmEvent } from './base/crm-event.js';
export { clientContext } from './base/client-context.js';
export { QueryController, type QueryTarget } from './base/query-controller.js';
export { MutationController, type MutationTarget } from './base/mutation-controller.js';
export { VirtualWindow, type VirtualWindowOptions } from './base/virtual-window.js';
export { safeHref } from './base/safe-href.js';
export { defaultPrefix, scopedTagName } from './base/registry.js';
export { renderEmpty, renderError, renderFieldErrors, renderSkeleton, stateStyles } from './base/states.js';
export { getLocale, onLocaleChange, resolveLocale, setLocale, supportedLocales, type LocaleCode } from './base/locale/locale.js';
export { LocaleController } from './base/locale/locale-controller.js';
export { baseMessages } from './base/locale/catalog.js';
export { loadMessages, messagesIn, type MessagePack, type TranslatedLocale } from './base/locale/message-pack.js';
export { formatterFor, type Formatter } from './base/locale/formatter.js';
export { errorText, issueText } from './base/locale/error-text.js';
export type { IssueCode, Messages } from './base/locale/messages.js';
export { themeTokens } from './base/theme/tokens.js';
export { baseStyles } from './base/theme/base-styles.js';
export { defineElements, type DefineElementsOptions } from './define-elements.js';
export { CrmProvider } from './provider/provider.js';
export { CrmContactCard, type ContactCardVariant } from './contact-card/contact-card.js';
export { defaultValueRules, type Relationship, type ValueRules } from './contact-card/relationship.js';
export {
  CrmActivityCreatedEvent,
  CrmActivityCreateEvent,
  CrmContactUpdatedEvent,
  CrmContactUpdateEvent,
  CrmTagAddEvent,
  CrmTagRemoveEvent,
} from './contact-card/contact-card.events.js';
export { CrmTicketWidget, type Agent, type CannedReply, type TicketCategory, type TicketWidgetMode } from './ticket-widget/ticket-widget.js';
export {
  CrmCsatSubmitEvent,
  CrmCsatSubmittedEvent,
  CrmSlaBreachEvent,
  CrmTicketDeflectEvent,
  CrmTicketOpenEvent,
  CrmTicketRepliedEvent,
  CrmTicketReplyEvent,
  CrmTicketStatusChangedEvent,
  CrmTicketStatusChangeEvent,
  CrmTicketSubmitEvent,
  CrmTicketSubmittedEvent,
  CrmTicketUpdatedEvent,
  CrmTicketUpdateEvent,
} from './ticket-widget/ticket-widget.events.js';
export { CrmPipelineBoard } from './pipeline-board/pipeline-board.js';
export {
  CrmDealClosedEvent,
  CrmDealCloseEvent,
  CrmDealMovedEvent,
  CrmDealMoveEvent,
  CrmDealMoveFailedEvent,
  type DealMoveDetail,
} from './pipeline-board/pipeline-board.events.js';
export { pipelineDealsQuery } from './pipeline-board/pipeline-deals-query.js';
export { dealSortKeys, type DealSortKey } from './pipeline-board/deal-order.js';
export type { DealFilter } from './pipeline-board/deal-filter.js';
export type { DealOutcome } from './pipeline-board/deal-move.js';
export { CrmFeedbackForm } from './feedback-form/feedback-form.js';
export { FOLLOW_UP_ANSWER_KEY } from './feedback-form/response-sender.js';
export { CrmFeedbackFollowUpEvent, CrmFeedbackSubmitEvent, CrmFeedbackSubmittedEvent, type ScoredResponse } from './feedback-form/feedback-form.events.js';
export type { ScoredAnswer } from './feedback-form/response-scores.js';
export type { Delivery } from './feedback-form/send-or-queue.js';
export type { SurveyDefinition } from './feedback-form/survey-definition.js';
export { CrmFeedbackSummary } from './feedback-summary/feedback-summary.js';
