import type { AssignmentSnapshot } from '@koers/contracts';
import { Prng } from './prng';
import { addDays, ProgrammeStatus } from './bench-scale';
import { RegionContext } from './region-data';

type Push = (table: string, row: unknown[]) => void;
type Audit = (entity: string, entityId: string, action: string, changes: unknown[]) => void;

const PAST = [
  ['agreed', 45],
  ['no_view', 20],
  ['agreed_with_view', 25],
  ['partial', 10],
] as const;
const OPEN = [
  ['pending', 40],
  ['no_view', 10],
  ['view_submitted', 25],
  ['agreed', 15],
  ['agreed_with_view', 10],
] as const;
const OUTCOMES = ['adopted', 'partly_adopted', 'not_adopted'] as const;

/**
 * One decision per member council. Past programmes: every council decided (never `rejected`, so
 * every assignment keeps payers), every view point answered. In consultation: a mix, some pending,
 * some points still open. A `partial` decision declines one assignment that everyone takes part in.
 */
export function buildDecisions(
  prng: Prng,
  region: RegionContext,
  programmeId: string,
  status: ProgrammeStatus,
  sentOn: string,
  assignments: AssignmentSnapshot[],
  push: Push,
  audit: Audit,
): void {
  const shared = assignments.filter((a) => a.participation === 'all');
  let partials = 0;
  for (const member of region.members) {
    const id = prng.uuid();
    let decision: string = prng.weighted(status === 'consultation' ? OPEN : PAST);
    // At most one partial per programme and never on a tiny region: the rest keep paying.
    if (
      decision === 'partial' &&
      (partials > 0 || shared.length < 2 || region.members.length < 3)
    ) {
      decision = 'agreed';
    }
    if (decision === 'partial') partials += 1;
    const decided = decision !== 'pending';
    const decisionDate = decided ? addDays(sentOn, prng.int(14, 80)) : null;
    const declined = decision === 'partial' ? [prng.pick(shared).id] : [];
    push('council_decisions', [
      id,
      programmeId,
      region.id,
      member.id,
      decision,
      decisionDate,
      decisionDate,
      decided ? `RB-${sentOn.slice(0, 4)}-${prng.int(100, 999)}` : '',
      declined,
      decided ? 2 : 1,
    ]);
    if (decided) {
      audit('council_decision', id, 'update', [{ field: 'status', old: 'pending', new: decision }]);
    }
    const pointCount =
      decision === 'view_submitted' || decision === 'agreed_with_view'
        ? prng.int(1, 3)
        : decision === 'partial'
          ? prng.int(0, 1)
          : 0;
    for (let number = 1; number <= pointCount; number++) {
      const answered = status !== 'consultation' || prng.chance(0.5);
      const assignment = prng.chance(0.6) ? prng.pick(assignments).id : null;
      push('view_points', [
        prng.uuid(),
        programmeId,
        region.id,
        id,
        member.id,
        number,
        `Punt ${number} van de zienswijze van ${member.name}.`,
        assignment,
        answered ? `Antwoord van het bestuur op punt ${number}.` : null,
        answered ? prng.pick(OUTCOMES) : null,
        answered ? `${decisionDate ?? sentOn}T12:00:00Z` : null,
        answered ? region.bureauEmail : null,
      ]);
    }
  }
}
