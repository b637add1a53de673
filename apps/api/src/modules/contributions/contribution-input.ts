import type { CouncilDecisionStatus, FundingSource } from '@koers/contracts';
import type { ContributionKeyType } from '@koers/domain';
import { EntityManager } from 'typeorm';
import { toSafeInteger } from '../../common/bigint.transformer';
import { programmeReferenceDate } from '../municipalities/population-history';
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
  // One round trip for the whole input: a split is read on every overview of what a council
  // pays, and each query costs more than the arithmetic (issue 7).
  const [row]: {
    key: ContributionKeyType;
    members: MemberMunicipality[];
    assignments: (Omit<ContributionInput['assignments'][number], 'budgetLines'> & {
      budgetLines: { fundingSource: FundingSource; amountCents: string }[];
    })[];
    decisions: {
      municipalityId: string;
      status: CouncilDecisionStatus;
      declinedAssignmentIds: string[];
    }[];
  }[] = await manager.query(INPUT_SQL, [programme.regionId, programme.id, referenceDate]);
  return {
    referenceDate,
    programmeKey: programme.contributionKey,
    regionDefaultKeyType: row.key,
    municipalities: row.members,
    assignments: row.assignments.map((a) => ({
      ...a,
      budgetLines: a.budgetLines.map((l) => ({
        fundingSource: l.fundingSource,
        amountCents: toSafeInteger(l.amountCents),
      })),
    })),
    decisions: row.decisions,
  };
}

/**
 * $1 region, $2 programme, $3 reference date. Members (all municipalities of the region) by name
 * with their population at the date (the latest figure on or before it, null when none is known);
 * assignments by code with participants and budget lines (amounts as text: bigint); decisions.
 */
const INPUT_SQL = `
  SELECT (SELECT default_contribution_key FROM regions WHERE id = $1) AS key,
         (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name,
                   'cbsCode', m.cbs_code,
                   'population', (SELECT mp.population FROM municipality_populations mp
                                   WHERE mp.municipality_id = m.id AND mp.reference_date <= $3::date
                                   ORDER BY mp.reference_date DESC LIMIT 1))
                   ORDER BY m.name, m.id), '[]')
            FROM municipalities m WHERE m.region_id = $1) AS members,
         (SELECT coalesce(json_agg(json_build_object('id', a.id, 'code', a.code, 'title', a.title,
                   'participation', a.participation, 'contributionKey', a.contribution_key,
                   'participantIds', coalesce((SELECT array_agg(p.municipality_id::text
                        ORDER BY p.municipality_id) FROM assignment_participants p
                        WHERE p.assignment_id = a.id), '{}'),
                   'budgetLines', coalesce((SELECT json_agg(json_build_object(
                        'fundingSource', b.funding_source, 'amountCents', b.amount_cents::text)
                        ORDER BY b.position) FROM assignment_budget_lines b
                        WHERE b.assignment_id = a.id), '[]'))
                   ORDER BY a.code, a.id), '[]')
            FROM assignments a WHERE a.programme_id = $2) AS assignments,
         (SELECT coalesce(json_agg(json_build_object('municipalityId', d.municipality_id,
                   'status', d.status, 'declinedAssignmentIds', d.declined_assignment_ids::text[])),
                   '[]')
            FROM council_decisions d WHERE d.programme_id = $2) AS decisions`;
