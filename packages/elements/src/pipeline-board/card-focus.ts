/** A card's place on the board: which column, which row. */
export interface CardPlace {
  readonly column: number;
  readonly index: number;
}

/**
 * Where focus goes from a card on a navigation key (no deal lifted): up and down the column,
 * Home and End to its ends, left and right to the nearest column that has cards, at the same row
 * or its last. `lengths` are the cards per column; `undefined` for a key that moves nothing.
 */
export function cardAfterKey(key: string, from: CardPlace, lengths: readonly number[]): CardPlace | undefined {
  const last = (column: number) => (lengths[column] ?? 0) - 1;
  switch (key) {
    case 'ArrowUp':
      return { column: from.column, index: Math.max(0, from.index - 1) };
    case 'ArrowDown':
      return { column: from.column, index: Math.min(last(from.column), from.index + 1) };
    case 'Home':
      return { column: from.column, index: 0 };
    case 'End':
      return { column: from.column, index: last(from.column) };
    case 'ArrowLeft':
    case 'ArrowRight': {
      const step = key === 'ArrowLeft' ? -1 : 1;
      for (let column = from.column + step; column >= 0 && column < lengths.length; column += step) {
        if (last(column) >= 0) return { column, index: Math.min(from.index, last(column)) };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The card an event happened on, read while the event is dispatched (afterwards its target is the host). */
export function cardOf(event: Event): HTMLElement | undefined {
  return (event.target as Element | null)?.closest?.<HTMLElement>('[data-deal-id]') ?? undefined;
}
