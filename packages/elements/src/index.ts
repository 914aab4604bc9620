// The public API of @rapport/elements: the widgets, the types of their properties and events, the
// provider, registration and the page's locale. Importing it registers nothing: see `define.ts`.
// Shared internals (base controllers, state templates, message packs, theme sheets) stay unexported.
export type { ThemeName } from './base/crm-element.js';
export { getLocale, setLocale, supportedLocales, type LocaleCode } from './base/locale/locale.js';
export { defineElements, type DefineElementsOptions } from './define-elements.js';
export { CrmProvider } from './provider/provider.js';
export { CrmContactCard, type ContactCardMode, type ContactCardVariant } from './contact-card/contact-card.js';
export { defaultValueRules, type ValueRules } from './contact-card/relationship.js';
export {
  CrmAccountOpenEvent,
  CrmActivityCreatedEvent,
  CrmActivityCreateEvent,
  CrmActivityDeleteEvent,
  CrmActivityUpdateEvent,
  CrmContactCreatedEvent,
  CrmContactCreateEvent,
  CrmContactSelectEvent,
  CrmContactUpdatedEvent,
  CrmContactUpdateEvent,
  CrmTagAddEvent,
  CrmTagRemoveEvent,
} from './contact-card/contact-card.events.js';
export { CrmTicketWidget, type Agent, type TicketCategory, type TicketWidgetMode } from './ticket-widget/ticket-widget.js';
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
  CrmDealOpenEvent,
  type DealMoveDetail,
} from './pipeline-board/pipeline-board.events.js';
export { CrmDealCreatedEvent, CrmDealCreateEvent, CrmDealUpdatedEvent } from './pipeline-board/deal-editing.events.js';
export { CrmPipelineChangeEvent } from './pipeline-board/pipeline-switcher.events.js';
export type { DealSortKey } from './pipeline-board/deal-order.js';
export type { DealFilter } from './pipeline-board/deal-filter.js';
export type { DealOutcome } from './pipeline-board/deal-move.js';
export { CrmSwimlanesChangeEvent } from './pipeline-board/board-lanes.events.js';
export type { BoardSwimlanes } from './pipeline-board/lane-grouping.js';
export { CrmFeedbackForm } from './feedback-form/feedback-form.js';
export { FOLLOW_UP_ANSWER_KEY } from './feedback-form/response-sender.js';
export { deferFeedbackForms, type DeferOptions } from './feedback-form/deferred-forms.js';
export type { EmbedMode } from './feedback-form/prompt-watch.js';
export { CrmFeedbackFollowUpEvent, CrmFeedbackSubmitEvent, CrmFeedbackSubmittedEvent, type ScoredResponse } from './feedback-form/feedback-form.events.js';
export type { ScoredAnswer } from './feedback-form/response-scores.js';
export type { Delivery } from './feedback-form/send-or-queue.js';
export type { SurveyDefinition } from './feedback-form/survey-definition.js';
export { CrmFeedbackSummary } from './feedback-summary/feedback-summary.js';
