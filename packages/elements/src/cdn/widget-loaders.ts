/**
 * What the CDN entry can load, by the tag's name after the prefix, and the storage a provider can
 * ask for. Each is a chunk of its own: a page fetches only the widgets it shows.
 */
export const widgetLoaders: Record<string, () => Promise<CustomElementConstructor>> = {
  provider: () => import('../provider/provider.js').then((module) => module.CrmProvider),
  'contact-card': () => import('../contact-card/contact-card.js').then((module) => module.CrmContactCard),
  'feedback-form': () => import('../feedback-form/feedback-form.js').then((module) => module.CrmFeedbackForm),
  'feedback-summary': () => import('../feedback-summary/feedback-summary.js').then((module) => module.CrmFeedbackSummary),
  'pipeline-board': () => import('../pipeline-board/pipeline-board.js').then((module) => module.CrmPipelineBoard),
  'ticket-widget': () => import('../ticket-widget/ticket-widget.js').then((module) => module.CrmTicketWidget),
};

/** The provider's storage chunks, named as the build's preload table names them. */
export type StorageChunk = 'rest' | 'demo';

/** The ticket widget's launcher button as a CDN page shows it before the widget is loaded. */
export const launcherShell = () => import('../ticket-widget/launcher-shell.js');
