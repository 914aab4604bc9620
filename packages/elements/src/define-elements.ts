import { defaultPrefix, defineScoped, normalizePrefix } from './base/registry.js';
import { CrmContactCard } from './contact-card/contact-card.js';
import { CrmFeedbackForm } from './feedback-form/feedback-form.js';
import { CrmFeedbackSummary } from './feedback-summary/feedback-summary.js';
import { CrmPipelineBoard } from './pipeline-board/pipeline-board.js';
import { CrmProvider } from './provider/provider.js';
import { CrmTicketWidget } from './ticket-widget/ticket-widget.js';

/**
 * Every widget by the name it is registered under after the prefix. The provider comes first: a
 * widget asks for its client when it connects, and only an already-defined provider can answer.
 */
const elements: ReadonlyArray<readonly [baseName: string, element: CustomElementConstructor]> = [
  ['provider', CrmProvider],
  ['contact-card', CrmContactCard],
  ['feedback-form', CrmFeedbackForm],
  ['feedback-summary', CrmFeedbackSummary],
  ['pipeline-board', CrmPipelineBoard],
  ['ticket-widget', CrmTicketWidget],
];

export interface DefineElementsOptions {
  /** Prefix of every tag, `crm-` by default; another one (`acme-`) lets two copies share a page. */
  readonly prefix?: string;
}

/**
 * Registers every Rapport widget under `prefix` (`<crm-contact-card>`, or `<acme-contact-card>`).
 * Safe to call more than once: names already registered are left as they are.
 */
export function defineElements({ prefix = defaultPrefix }: DefineElementsOptions = {}): void {
  const normalized = normalizePrefix(prefix);
  for (const [baseName, element] of elements) defineScoped(normalized, baseName, element);
}
