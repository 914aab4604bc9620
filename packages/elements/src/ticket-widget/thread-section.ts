import type { CrmError, Page, Ticket, TicketMessage } from '@rapport/core';
import type { QueryObserverResult } from '@tanstack/query-core';
import type { TemplateResult } from 'lit';
import { errorText } from '../base/locale/error-text.js';
import { renderError, renderSkeleton } from '../base/states.js';
import { renderThread, type ThreadViewer } from './ticket-thread.js';
import type { WidgetContext } from './widget-context.js';

/** A ticket's thread as it loads: placeholder lines, a failure to retry, or the messages. */
export function renderThreadSection(
  ticket: Ticket,
  result: QueryObserverResult<Page<TicketMessage>, CrmError> | undefined,
  viewer: ThreadViewer,
  context: WidgetContext,
  onRetry: () => void,
  requesterName?: string,
): TemplateResult {
  const { messages } = context;
  if (!result || result.isPending) return renderSkeleton(messages.common.loading, 3);
  if (result.isError) return renderError(errorText(result.error, messages), { label: messages.common.retry, onRetry });
  return renderThread(ticket, result.data.items, viewer, context, requesterName);
}
