import { KoersError } from '../../common/koers-error';
import { ComputedAssignmentContribution } from './compute-contributions';

/**
 * A split that cannot be made exactly (e.g. a population unknown at the reference date) makes
 * every total of the programme unreliable, so the whole answer is refused with what to fix.
 */
export const contributionSplitFailed = (
  failures: ComputedAssignmentContribution[],
  names: Map<string, string>,
  referenceDate: string,
) => {
  const parts = failures.map((f) => {
    const who = (f.error?.municipalityIds ?? []).map((id) => names.get(id) ?? id);
    return `opdracht ${f.code}: ${f.error?.message ?? ''}${who.length > 0 ? ` (${who.join(', ')})` : ''}`;
  });
  return new KoersError(
    'CONTRIBUTION_SPLIT_FAILED',
    409,
    `De bijdragen kunnen niet tot op de cent worden verdeeld (peildatum ${referenceDate}); ${parts.join('; ')}.`,
    {
      referenceDate,
      failures: failures.map((f) => ({
        assignmentId: f.assignmentId,
        code: f.code,
        reason: f.error?.code,
        municipalityIds: f.error?.municipalityIds ?? [],
        municipalityNames: (f.error?.municipalityIds ?? []).map((id) => names.get(id) ?? id),
      })),
    },
  );
};
