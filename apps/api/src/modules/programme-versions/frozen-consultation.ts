import type { FrozenConsultation } from '@koers/contracts';
import { EntityManager } from 'typeorm';
import { readAmendments } from '../amendments/amendment-read';
import { currentRound } from '../council-decisions/consultation-round';
import {
  loadContext,
  loadViewPoints,
  toViewPointResponse,
} from '../council-decisions/council-decision-reader';
import { ViewPointEntity } from '../council-decisions/council-decision.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';

/**
 * The register of the programme's current consultation round as it stands in `manager`'s
 * transaction: every view point (by council, by number) with its answer, outcome and resulting
 * change, and every amendment with the view points it answers. Frozen with the adopted version,
 * so the response memo of that round can be rendered as adopted. Null before any round.
 */
export async function freezeConsultation(
  manager: EntityManager,
  programme: ProgrammeEntity,
  today: string,
): Promise<FrozenConsultation | null> {
  const round = await currentRound(manager, programme.id);
  if (round === 0) return null;
  const context = await loadContext(manager, programme, today);
  const points: ViewPointEntity[] = (
    await loadViewPoints(manager, { programmeId: programme.id })
  ).filter((p) => p.round === round);
  const name = (p: ViewPointEntity) => context.municipalities.get(p.municipalityId)?.name ?? '';
  points.sort((a, b) => name(a).localeCompare(name(b), 'nl') || a.number - b.number);
  return {
    round,
    viewPoints: points.map((p) => toViewPointResponse(p, context)),
    amendments: await readAmendments(manager, programme.id, round),
  };
}
