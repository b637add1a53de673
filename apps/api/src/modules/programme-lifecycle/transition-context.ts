import type { ProgrammeStatus } from '@koers/contracts';
import { TransitionContext } from '@koers/domain';
import { EntityManager } from 'typeorm';
import { CURRENT_ROUND } from '../council-decisions/consultation-round';

/**
 * What the lifecycle rules need to know about a programme right now, counted in SQL. Only the
 * current consultation round counts: decisions and views of earlier rounds are history.
 */
export async function transitionContext(
  manager: EntityManager,
  programmeId: string,
  today: string,
): Promise<TransitionContext & { status: ProgrammeStatus }> {
  const [row]: {
    status: ProgrammeStatus;
    unanswered: string;
    pending: string;
    assignments: string;
    deadline_passed: boolean | null;
  }[] = await manager.query(
    `SELECT p.status,
            (SELECT count(*) FROM view_points v
              WHERE v.programme_id = p.id AND v.round = r.round AND v.answer IS NULL) AS unanswered,
            (SELECT count(*) FROM council_decisions d
              WHERE d.programme_id = p.id AND d.round = r.round AND d.status = 'pending') AS pending,
            (SELECT count(*) FROM assignments a WHERE a.programme_id = p.id) AS assignments,
            (p.consultation_deadline < $2::date) AS deadline_passed
       FROM programmes p CROSS JOIN LATERAL (SELECT ${CURRENT_ROUND('p.id')} AS round) r
      WHERE p.id = $1`,
    [programmeId, today],
  );
  return {
    status: row.status,
    unansweredPoints: Number(row.unanswered),
    pendingCouncils: Number(row.pending),
    assignmentCount: Number(row.assignments),
    deadlinePassed: row.deadline_passed === true,
  };
}
