import type { MunicipalityAssignmentShare } from '@koers/contracts';
import { EntityManager } from 'typeorm';
import { computeContributions } from './compute-contributions';
import { parseSplitInputs, readContributionSplit } from './contribution-input';

/**
 * What one municipality pays for the programme's year as the database stands in `manager`'s
 * transaction (e.g. right after its council's decision was written): the amount a council
 * decision keeps as "shown". Null when the split cannot be made exactly.
 */
export async function municipalityAmountNow(
  manager: EntityManager,
  programmeId: string,
  municipalityId: string,
): Promise<{ totalCents: number; byAssignment: MunicipalityAssignmentShare[] } | null> {
  const { split } = await readContributionSplit(manager, programmeId, { previous: false });
  const result = computeContributions(parseSplitInputs(split).input);
  if (result.failures.length > 0) return null;
  const mine = result.municipalities.find((m) => m.municipalityId === municipalityId);
  return mine ? { totalCents: mine.totalCents, byAssignment: mine.byAssignment } : null;
}
