import type {
  CouncilDecisionStatus,
  ContributionKeySpec,
  FundingSource,
  Participation,
} from '@koers/contracts';
import type { ContributionKeyType } from '@koers/domain';
import { EntityManager } from 'typeorm';
import { toSafeInteger } from '../../common/bigint.transformer';
import { populationAt, programmeReferenceDate } from '../municipalities/population-history';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { ContributionInput } from './compute-contributions';

export interface MemberMunicipality {
  id: string;
  name: string;
  cbsCode: string;
  population: number | null;
}

export interface LoadedContributionInput extends ContributionInput {
  municipalities: MemberMunicipality[];
  referenceDate: string;
}

/**
 * Reads what the split of one programme needs: the region's members (all municipalities of the
 * region, as participation 'all' means) with their population at the programme's reference date,
 * the assignments with their budget lines and participants, and the councils' decisions.
 */
export async function loadContributionInput(
  manager: EntityManager,
  programme: ProgrammeEntity,
): Promise<LoadedContributionInput> {
  const referenceDate = programmeReferenceDate(programme);
  const [region]: { key: ContributionKeyType }[] = await manager.query(
    'SELECT default_contribution_key AS key FROM regions WHERE id = $1',
    [programme.regionId],
  );
  const members: Omit<MemberMunicipality, 'population'>[] = await manager.query(
    `SELECT id, name, cbs_code AS "cbsCode" FROM municipalities WHERE region_id = $1
      ORDER BY name, id`,
    [programme.regionId],
  );
  const populations = await populationAt(
    manager,
    members.map((m) => m.id),
    referenceDate,
  );
  const assignments: {
    id: string;
    code: string;
    title: string;
    participation: Participation;
    contributionKey: ContributionKeySpec | null;
    participantIds: string[];
  }[] = await manager.query(
    `SELECT a.id, a.code, a.title, a.participation, a.contribution_key AS "contributionKey",
            coalesce((SELECT array_agg(p.municipality_id::text ORDER BY p.municipality_id)
                        FROM assignment_participants p WHERE p.assignment_id = a.id), '{}')
              AS "participantIds"
       FROM assignments a WHERE a.programme_id = $1 ORDER BY a.code, a.id`,
    [programme.id],
  );
  const lines: { assignmentId: string; fundingSource: FundingSource; amountCents: string }[] =
    await manager.query(
      `SELECT b.assignment_id AS "assignmentId", b.funding_source AS "fundingSource",
              b.amount_cents AS "amountCents"
         FROM assignment_budget_lines b JOIN assignments a ON a.id = b.assignment_id
        WHERE a.programme_id = $1 ORDER BY b.assignment_id, b.position`,
      [programme.id],
    );
  const decisions: {
    municipalityId: string;
    status: CouncilDecisionStatus;
    declinedAssignmentIds: string[];
  }[] = await manager.query(
    `SELECT municipality_id AS "municipalityId", status,
            declined_assignment_ids::text[] AS "declinedAssignmentIds"
       FROM council_decisions WHERE programme_id = $1`,
    [programme.id],
  );
  return {
    referenceDate,
    programmeKey: programme.contributionKey,
    regionDefaultKeyType: region.key,
    municipalities: members.map((m) => ({ ...m, population: populations.get(m.id) ?? null })),
    assignments: assignments.map((a) => ({
      ...a,
      budgetLines: lines
        .filter((l) => l.assignmentId === a.id)
        .map((l) => ({
          fundingSource: l.fundingSource,
          amountCents: toSafeInteger(l.amountCents),
        })),
    })),
    decisions,
  };
}
