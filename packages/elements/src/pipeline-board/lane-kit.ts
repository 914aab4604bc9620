import { forecast } from '@rapport/core/domain';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { MemberDirectory } from '../base/member-directory.js';
import { adoptViewStyles } from '../base/view-styles.js';
import { VirtualWindow } from '../base/virtual-window.js';
import { AccountNames } from './account-names.js';
import { sumGroups } from './board-columns.js';
import { boardLanesStyles } from './board-lanes.styles.js';
import { BoardModel, overWipLimit } from './board-model.js';
import { cardOf } from './card-focus.js';
import { formatCompactTotals } from './compact-money.js';
import { CARD_ROW_HEIGHT, renderDealCard } from './deal-card.js';
import { editingMessages } from './deal-editing.js';
import { isFilterActive, isIdleIn } from './deal-filter.js';

/**
 * What the lanes use of the board's own code, handed to their chunk by the part rather than
 * imported there (decision 0029): a module that the board, its part and the lanes all imported
 * would be split from the rest of the board's first load into one more file. The lanes' modules
 * import only types from the board's.
 */
export const laneKit = {
  html,
  nothing,
  repeat,
  forecast,
  sumGroups,
  MemberDirectory,
  AccountNames,
  VirtualWindow,
  BoardModel,
  overWipLimit,
  cardOf,
  formatCompactTotals,
  renderDealCard,
  CARD_ROW_HEIGHT,
  editingMessages,
  isFilterActive,
  isIdleIn,
  adoptViewStyles,
  boardLanesStyles,
};

export type LaneKit = typeof laneKit;
