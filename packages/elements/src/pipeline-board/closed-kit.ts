import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { errorText } from '../base/locale/error-text.js';
import { MemberDirectory } from '../base/member-directory.js';
import { QueryController } from '../base/query-controller.js';
import { renderEmpty, renderError, renderSkeleton } from '../base/states.js';
import { adoptViewStyles } from '../base/view-styles.js';
import { AccountNames } from './account-names.js';
import { CLOSED_PAGE_SIZE, closedDealsQuery, hasOpenDealConditions } from './closed-deals-query.js';
import { closedDealsStyles } from './closed-deals.styles.js';
import { editingMessages } from './deal-editing.js';

/**
 * What the won and lost lists use of the board's own code, handed to their chunk by the part
 * rather than imported there (decision 0029, as the lanes' `laneKit`): a module that the board,
 * its part and the lists all imported would be split from the board's first load into one more
 * file. The lists' module imports only types from the board's.
 */
export const closedKit = {
  html,
  nothing,
  repeat,
  errorText,
  MemberDirectory,
  QueryController,
  renderEmpty,
  renderError,
  renderSkeleton,
  adoptViewStyles,
  AccountNames,
  CLOSED_PAGE_SIZE,
  closedDealsQuery,
  hasOpenDealConditions,
  closedDealsStyles,
  editingMessages,
};

export type ClosedKit = typeof closedKit;
