import type { ProgrammeStatus } from '@koers/contracts';
import { acceptsAmendments, isEditable, isProgressOpen } from '@koers/domain';
import { EntityManager } from 'typeorm';
import { programmeNotDraft, programmeNotFound } from './programme.errors';

/**
 * Inside the transaction of a content change: takes a share lock on the programme row (so a
 * transition, which locks it for update, waits for the change or the change waits for it) and
 * refuses with PROGRAMME_NOT_DRAFT unless the programme is still a draft — or, for a progress
 * report (only an assignment's status), unless it is a draft or being carried out.
 */
export async function lockEditableProgramme(
  manager: EntityManager,
  programmeId: string,
  change: 'content' | 'progress' = 'content',
): Promise<void> {
  const rows: { status: ProgrammeStatus }[] = await manager.query(
    'SELECT status FROM programmes WHERE id = $1 FOR SHARE',
    [programmeId],
  );
  if (rows.length === 0) throw programmeNotFound(programmeId);
  checkEditable(rows[0].status, change);
}

/**
 * PROGRAMME_NOT_DRAFT unless a programme in `status` takes this change (see above); an
 * amendment (a change that answers view points) is taken while the councils weigh it.
 */
export function checkEditable(
  status: ProgrammeStatus,
  change: 'content' | 'progress' | 'amendment' = 'content',
): void {
  const open =
    change === 'progress'
      ? isProgressOpen(status)
      : change === 'amendment'
        ? acceptsAmendments(status)
        : isEditable(status);
  if (!open) throw programmeNotDraft(status);
}
