import type { EarlyReads } from '@rapport/adapter-rest/early-reads';
import type { ListQuery } from '@rapport/core';
import { LARGEST_PAGE } from '../base/largest-page.js';

/** Every open deal of a pipeline, a page at a time: what the board shows in its lanes. */
export const openDealsQuery = (pipelineId: string): ListQuery => ({ where: { pipelineId, status: 'open' }, sort: [{ field: 'id' }], limit: LARGEST_PAGE });

/** What a board with a `pipeline-id` reads first; the CDN entry asks for it while the board's code downloads. */
export function startBoardReads(board: Element, reads: EarlyReads): void {
  const pipelineId = board.getAttribute('pipeline-id');
  if (!pipelineId) return;
  reads.record('pipelines', pipelineId);
  reads.list('deals', openDealsQuery(pipelineId));
}
