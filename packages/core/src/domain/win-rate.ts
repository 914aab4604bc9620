import type { Deal } from '../schema/deal.js';

export type WinRateDeal = Pick<Deal, 'status' | 'closedAt'>;

export interface WinRateWindow {
  /** Count deals closed at or after this instant. */
  readonly from?: Date;
  /** Count deals closed before this instant. */
  readonly to?: Date;
}

export interface WinRate {
  readonly won: number;
  readonly lost: number;
  /** won / (won + lost), 0…1; `null` when no deal was closed, so a UI shows "—" instead of 0 %. */
  readonly rate: number | null;
}

/**
 * Share of closed deals that were won. With a window, only deals whose `closedAt` falls in it
 * count (a closed deal without `closedAt` then cannot be placed and is left out).
 */
export function winRate(deals: readonly WinRateDeal[], window: WinRateWindow = {}): WinRate {
  const from = window.from?.getTime() ?? -Infinity;
  const to = window.to?.getTime() ?? Infinity;
  const windowed = window.from !== undefined || window.to !== undefined;
  let won = 0;
  let lost = 0;
  for (const deal of deals) {
    if (deal.status === 'open') continue;
    if (windowed) {
      const closedAt = deal.closedAt ? Date.parse(deal.closedAt) : NaN;
      if (!(closedAt >= from && closedAt < to)) continue;
    }
    if (deal.status === 'won') won += 1;
    else lost += 1;
  }
  return { won, lost, rate: won + lost === 0 ? null : won / (won + lost) };
}
