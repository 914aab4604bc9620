import type { Deal } from '@rapport/core';
import type { TemplateResult } from 'lit';
import { ChunkLoader, renderLoadFailure } from '../base/chunk-loader.js';
import type { BoardDragController, BoardDragDelegate } from './board-drag-controller.js';
import type { BoardEditing } from './board-editing.js';
import type { BoardLanes } from './board-lanes.js';
import type { BoardModel } from './board-model.js';
import { boardPartChunks } from './board-part.chunks.js';
import { renderLaneChoice } from './lane-choice.js';
import { laneKit } from './lane-kit.js';

type Steering = Pick<BoardDragDelegate, 'open' | 'reveal' | 'focusCard'>;

/**
 * The swimlanes as the board's part holds them: the toolbar's choice, and the lanes themselves
 * (`BoardLanes`), fetched once the board is asked to show them. Until then, and on a board that
 * never shows lanes, the drag controller and saving see the board as it is.
 */
export class LaneLoader {
  readonly #board: BoardEditing;
  readonly #view: ChunkLoader<BoardLanes>;
  #drag: BoardDragController | undefined;

  constructor(board: BoardEditing, steering: Pick<Steering, 'open'>) {
    this.#board = board;
    this.#view = new ChunkLoader(board.host, async () => {
      const view = new (await boardPartChunks.lanes()).BoardLanes(board, steering.open, laneKit);
      if (this.#drag) view.attach(this.#drag);
      return view;
    });
  }

  /** The lanes, while they show. */
  get #showing(): BoardLanes | undefined {
    const view = this.#view.value;
    return view?.showing ? view : undefined;
  }

  /** Takes the part's drag controller, which the lanes keep to the lane acted in. */
  attach(drag: BoardDragController): BoardDragController {
    this.#drag = drag;
    this.#view.value?.attach(drag);
    return drag;
  }

  /** The board's drag delegate, scrolling a lane's cell rather than a column while lanes show. */
  delegate<T extends Steering>(drag: T): T {
    return {
      ...drag,
      reveal: (stageId, index) => {
        const lanes = this.#showing;
        if (lanes) lanes.reveal(stageId, index);
        else drag.reveal(stageId, index);
      },
      focusCard: (card) => {
        this.#showing?.revealCard(card);
        drag.focusCard(card);
      },
    };
  }

  /** What saving a move or a close asks of the board: the lane acted in, while lanes show. */
  editing(): BoardEditing {
    return { ...this.#board, shown: (): BoardModel | undefined => this.#showing?.shown() ?? this.#board.shown() };
  }

  /** The toolbar's choice of lanes. */
  choice(): TemplateResult {
    return renderLaneChoice(this.#board);
  }

  /** The lanes of what the board shows, fetching them first; `pending` are the deals being saved. */
  render(shown: BoardModel, pending: ReadonlyMap<string, Deal>): TemplateResult | ReturnType<typeof renderLoadFailure> {
    return this.#view.get()?.render(shown, pending) ?? renderLoadFailure(this.#view, this.#board.i18n.messages);
  }
}
