import { earlyReads, type EarlyReads } from '@rapport/adapter-rest/early-reads';
import { startContactCardReads } from '../contact-card/first-reads.js';
import { startFeedbackFormReads } from '../feedback-form/first-reads.js';
import { startBoardReads } from '../pipeline-board/first-reads.js';
import { startTicketWidgetReads } from '../ticket-widget/first-reads.js';

/** What each widget reads first, by its tag's name after the prefix. */
const starters: Record<string, (widget: Element, reads: EarlyReads) => void> = {
  'contact-card': startContactCardReads,
  'feedback-form': startFeedbackFormReads,
  'pipeline-board': startBoardReads,
  'ticket-widget': startTicketWidgetReads,
};

/**
 * Asks for what `widget` will read first, when the provider around it is over a server and has its
 * token, so the answers travel while the widget's code downloads rather than after it has run. A
 * page that gives the token by script later gets no early reads, rather than refusals it would see.
 */
export function startFirstReads(baseName: string, widget: Element, providerTag: string): void {
  const start = starters[baseName];
  const provider = widget.closest(providerTag);
  const endpoint = provider?.getAttribute('endpoint');
  const token = provider?.getAttribute('token');
  if (start && endpoint != null && token) start(widget, earlyReads(endpoint, token));
}
