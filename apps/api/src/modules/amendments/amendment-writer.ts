import { acceptsAmendments } from '@koers/domain';
import type { ProgrammeStatus } from '@koers/contracts';
import { EntityManager } from 'typeorm';
import { ValidationFailedError } from '../../common/koers-error';
import { currentActor } from '../../common/request-context';
import { CURRENT_ROUND } from '../council-decisions/consultation-round';
import { AssignmentAmendmentEntity } from './amendment.entity';

const FIELD = 'answersViewPointIds';

/** A cited view point as the amendment's audit reason names it. */
export interface CitedPoint {
  id: string;
  round: number;
  number: number;
  municipalityName: string;
}

/**
 * Whether a change of an assignment of a programme in `status` is an amendment, and if so that
 * it cites view points of the programme's current round only. Returns the cited points (in the
 * order sent), or null for an ordinary change. 400 naming the field otherwise.
 */
export async function checkAmendment(
  manager: EntityManager,
  programmeId: string,
  status: ProgrammeStatus,
  viewPointIds: readonly string[] | undefined,
): Promise<CitedPoint[] | null> {
  if (viewPointIds === undefined) return null;
  if (!acceptsAmendments(status)) {
    throw new ValidationFailedError([
      {
        field: FIELD,
        message:
          'hoort alleen bij een wijziging tijdens de consultatie van de raden (een amendement naar aanleiding van zienswijzen)',
      },
    ]);
  }
  const ids = viewPointIds.map((id) => id.toLowerCase());
  const rows: CitedPoint[] = await manager.query(
    `SELECT v.id, v.round, v.number, m.name AS "municipalityName"
       FROM view_points v JOIN municipalities m ON m.id = v.municipality_id
      WHERE v.id = ANY($1::uuid[]) AND v.programme_id = $2 AND v.round = ${CURRENT_ROUND('$2')}`,
    [ids, programmeId],
  );
  const found = new Map(rows.map((r) => [r.id, r]));
  const errors = ids.flatMap((id, i) =>
    found.has(id)
      ? []
      : [
          {
            field: `${FIELD}.${i}`,
            message: 'is geen zienswijzepunt van de huidige consultatieronde van dit programma',
          },
        ],
  );
  if (errors.length > 0) throw new ValidationFailedError(errors);
  return ids.map((id) => found.get(id)!);
}

/** "Naar aanleiding van zienswijze Helmond punt 2; Best punt 1": the audit record's reason. */
export function amendmentReason(points: readonly CitedPoint[]): string {
  return `Naar aanleiding van zienswijze ${points
    .map((p) => `${p.municipalityName} punt ${p.number}`)
    .join('; ')}`;
}

/** Records the amendment in the transaction of the assignment's change. */
export async function recordAmendment(
  manager: EntityManager,
  amendment: {
    programmeId: string;
    regionId: string;
    assignmentId: string;
    fields: string[];
    points: readonly CitedPoint[];
  },
): Promise<void> {
  const author = currentActor(amendment.regionId, 'an amendment');
  await manager.insert(AssignmentAmendmentEntity, {
    programmeId: amendment.programmeId,
    regionId: amendment.regionId,
    assignmentId: amendment.assignmentId,
    round: amendment.points[0].round,
    fields: amendment.fields,
    viewPointIds: amendment.points.map((p) => p.id),
    createdBy: author.name,
    createdById: author.id,
  });
}
