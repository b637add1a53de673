import type { ProgrammeStatus } from '../lifecycle/programme-lifecycle';

/**
 * A council (clerk or member) sees a programme from the moment the bureau sends it to the
 * councils: a draft, or a proposal still with the board, is not theirs to read yet. The board,
 * portfolio holders, observers and the bureau see drafts too.
 */
export const COUNCIL_HIDDEN_STATUSES: readonly ProgrammeStatus[] = ['draft', 'proposed'];

/** Whether someone whose only role in the region is `council` may read a programme in `status`. */
export function councilMayRead(status: ProgrammeStatus): boolean {
  return !COUNCIL_HIDDEN_STATUSES.includes(status);
}

/** The public reads a programme once it is adopted, and from then on. */
export const PUBLISHED_STATUSES: readonly ProgrammeStatus[] = ['adopted', 'in_execution', 'closed'];
