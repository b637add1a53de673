import { Injectable } from '@nestjs/common';
import type {
  ContributionsResponse,
  MunicipalityContribution,
  MunicipalitySummaryResponse,
  SummaryAssignment,
} from '@koers/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { CouncilDecisionsService } from '../council-decisions/council-decisions.service';
import { findProgramme } from '../council-decisions/council-decision-reader';
import { municipalityNotFound } from '../municipalities/municipality.errors';
import { ProgrammeEntity } from '../programmes/programme.entity';
import {
  compareWithPreviousYear,
  computeContributions,
  ContributionResult,
} from './compute-contributions';
import { contributionSplitFailed } from './contribution.errors';
import { loadContributionInput } from './contribution-input';

@Injectable()
export class ContributionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly decisions: CouncilDecisionsService,
  ) {}

  /** Per municipality what it pays, per assignment the split, and last year's comparison. */
  async contributions(programmeId: string): Promise<ContributionsResponse> {
    const manager = this.dataSource.manager;
    const programme = await findProgramme(manager, programmeId);
    const input = await loadContributionInput(manager, programme);
    const result = computeContributions(input);
    if (result.failures.length > 0) {
      const names = new Map(input.municipalities.map((m) => [m.id, m.name]));
      throw contributionSplitFailed(result.failures, names, input.referenceDate);
    }
    const previous = await this.previousYear(manager, programme);
    const compared = compareWithPreviousYear(result, previous?.result ?? null);
    return {
      programmeId,
      year: programme.year,
      populationReferenceDate: input.referenceDate,
      totalCents: result.totalCents,
      municipalities: result.municipalities.map((m, i): MunicipalityContribution => {
        const member = input.municipalities[i];
        return {
          municipalityId: m.municipalityId,
          name: member.name,
          cbsCode: member.cbsCode,
          population: m.population,
          totalCents: m.totalCents,
          byAssignment: m.byAssignment,
          perInhabitantCents: m.perInhabitantCents,
          previousYearTotalCents: null,
          differenceCents: null,
          ...compared.get(m.municipalityId),
        };
      }),
      assignments: result.assignments.map((a) => ({
        assignmentId: a.assignmentId,
        code: a.code,
        title: a.title,
        amountCents: a.amountCents,
        key: a.key,
        payerIds: a.payerIds,
        declinedByIds: a.declinedByIds,
        splitTotalCents: a.splitTotalCents,
        balanced: a.balanced,
      })),
      previousYear: previous
        ? {
            programmeId: previous.programme.id,
            year: previous.programme.year,
            totalCents: previous.result.totalCents,
          }
        : null,
    };
  }

  /** The council clerk's page: what we pay, for what, who holds it, what we decided and heard. */
  async summary(programmeId: string, municipalityId: string): Promise<MunicipalitySummaryResponse> {
    const manager = this.dataSource.manager;
    const programme = await findProgramme(manager, programmeId);
    const [municipality]: { id: string; name: string; cbsCode: string }[] = await manager.query(
      `SELECT id, name, cbs_code AS "cbsCode" FROM municipalities WHERE id = $1 AND region_id = $2`,
      [municipalityId, programme.regionId],
    );
    if (!municipality) throw municipalityNotFound(municipalityId);
    const contributions = await this.contributions(programmeId);
    const contribution = contributions.municipalities.find(
      (m) => m.municipalityId === municipalityId,
    );
    if (!contribution) throw municipalityNotFound(municipalityId);
    const shares = new Map(contribution.byAssignment.map((a) => [a.assignmentId, a.amountCents]));
    const rows: {
      id: string;
      code: string;
      title: string;
      participation: 'all' | 'opt_in';
      holderId: string | null;
      holderName: string | null;
      leadId: string | null;
      leadName: string | null;
    }[] = await manager.query(
      `SELECT a.id, a.code, a.title, a.participation,
              h.id AS "holderId", h.name AS "holderName", l.id AS "leadId", l.name AS "leadName"
         FROM assignments a
         LEFT JOIN people h ON h.id = a.portfolio_holder_id
         LEFT JOIN people l ON l.id = a.lead_id
        WHERE a.programme_id = $1
          AND (a.participation = 'all' OR EXISTS (SELECT 1 FROM assignment_participants p
                WHERE p.assignment_id = a.id AND p.municipality_id = $2))
        ORDER BY a.code, a.id`,
      [programmeId, municipalityId],
    );
    const decided = contributions.assignments;
    const assignments = rows.map((a): SummaryAssignment => ({
      id: a.id,
      code: a.code,
      title: a.title,
      participation: a.participation,
      takesPart: !decided
        .find((d) => d.assignmentId === a.id)
        ?.declinedByIds.includes(municipalityId),
      portfolioHolder: a.holderId ? { id: a.holderId, name: a.holderName ?? '' } : null,
      lead: a.leadId ? { id: a.leadId, name: a.leadName ?? '' } : null,
      contributionCents: shares.get(a.id) ?? 0,
    }));
    const [{ count }]: { count: string }[] = await manager.query(
      'SELECT count(*) AS count FROM council_decisions WHERE programme_id = $1 AND municipality_id = $2',
      [programmeId, municipalityId],
    );
    return {
      programmeId,
      programmeTitle: programme.title,
      year: programme.year,
      programmeStatus: programme.status,
      municipality: { ...municipality, population: contribution.population },
      contribution,
      assignments,
      councilDecision:
        Number(count) > 0 ? await this.decisions.get(programmeId, municipalityId) : null,
    };
  }

  /** The region's programme of the year before, split the same way; null if none or unsplittable. */
  private async previousYear(
    manager: EntityManager,
    programme: ProgrammeEntity,
  ): Promise<{ programme: ProgrammeEntity; result: ContributionResult } | null> {
    const previous = await manager
      .getRepository(ProgrammeEntity)
      .findOneBy({ regionId: programme.regionId, year: programme.year - 1 });
    if (!previous) return null;
    const result = computeContributions(await loadContributionInput(manager, previous));
    return result.failures.length > 0 ? null : { programme: previous, result };
  }
}
