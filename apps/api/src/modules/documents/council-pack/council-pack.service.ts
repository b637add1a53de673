import { Injectable } from '@nestjs/common';
import type {
  CouncilDecisionDetailResponse,
  CouncilPackAssignment,
  CouncilPackResponse,
  MunicipalitySummaryResponse,
} from '@koers/contracts';
import { populationStatus } from '@koers/domain';
import { DataSource } from 'typeorm';
import { KoersError } from '../../../common/koers-error';
import { ContributionsService } from '../../contributions/contributions.service';
import { CouncilDecisionsService } from '../../council-decisions/council-decisions.service';
import { municipalityNotFound } from '../../municipalities/municipality.errors';
import { programmeNotFound } from '../../programmes/programme.errors';
import { readPack } from './council-pack-read';

/** The error a split that cannot be made exactly answers with (see the contributions). */
const isSplitFailure = (error: unknown): error is KoersError =>
  error instanceof KoersError && error.code === 'CONTRIBUTION_SPLIT_FAILED';

@Injectable()
export class CouncilPackService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contributions: ContributionsService,
    private readonly decisions: CouncilDecisionsService,
  ) {}

  /**
   * The council pack of one member municipality. Its money is the contributions' own answer
   * (the municipality summary), never computed again here; when that split cannot be made, the
   * pack still appears and says why.
   */
  async pack(
    programmeId: string,
    municipalityId: string,
    forPublic = false,
  ): Promise<CouncilPackResponse> {
    const row = await readPack(this.dataSource.manager, programmeId, municipalityId);
    if (!row) throw programmeNotFound(programmeId);
    if (!row.municipality_id) throw municipalityNotFound(municipalityId);
    let summary: MunicipalitySummaryResponse | null = null;
    let contributionUnavailable: string | null = null;
    try {
      summary = await this.contributions.summary(programmeId, municipalityId);
    } catch (error) {
      if (!isSplitFailure(error)) throw error;
      contributionUnavailable = error.detail;
    }
    const lastYear = await this.previousShares(row.previous?.id, municipalityId, summary);
    const shares = new Map(summary?.assignments.map((a) => [a.id, a]) ?? []);
    const assignments = row.assignments.map((a): CouncilPackAssignment => {
      const share = shares.get(a.id);
      const existedLastYear = !!row.previous?.assignments.some((p) => p.code === a.code);
      const previousYearCents = lastYear && existedLastYear ? (lastYear.get(a.code) ?? 0) : null;
      const contributionCents = summary ? (share?.contributionCents ?? 0) : null;
      return {
        id: a.id,
        code: a.code,
        title: a.title,
        themeTitle: a.themeTitle,
        goal: a.goal,
        participation: a.participation,
        participates: a.participates || !!share,
        takesPart: share ? share.takesPart : true,
        contributionCents,
        previousYearCents,
        change: !row.previous
          ? null
          : !existedLastYear
            ? 'new'
            : previousYearCents !== null && previousYearCents !== contributionCents
              ? 'changed'
              : 'unchanged',
      };
    });
    const codes = new Set(row.assignments.map((a) => a.code));
    const contribution = summary?.contribution ?? null;
    return {
      programme: {
        id: row.id,
        title: row.title,
        year: row.year,
        status: row.status,
        introduction: row.introduction,
        sentToCouncilsOn: row.sent_to_councils_on,
        consultationDeadline: row.consultation_deadline,
        adoptedOn: row.adopted_on,
        populationReferenceDate: row.reference_date,
        viewWindowWeeks: row.view_window_weeks,
      },
      region: { id: row.region_id, name: row.region_name, governanceMode: row.governance_mode },
      municipality: {
        id: row.municipality_id,
        name: row.municipality_name,
        cbsCode: row.cbs_code,
        population: contribution ? contribution.population : row.population,
        populationDate: contribution ? contribution.populationDate : row.population_date,
        populationStatus: contribution
          ? contribution.populationStatus
          : populationStatus(row.population_date, row.reference_date),
      },
      contribution,
      contributionUnavailable,
      assignments,
      previousYear: row.previous
        ? { programmeId: row.previous.id, year: row.previous.year, title: row.previous.title }
        : null,
      endedAssignments: (row.previous?.assignments ?? [])
        .filter((p) => !codes.has(p.code))
        .map((p) => ({
          code: p.code,
          title: p.title,
          previousYearCents: lastYear ? (lastYear.get(p.code) ?? 0) : null,
        })),
      councilDecision: summary
        ? summary.councilDecision
        : await this.decisionOrNull(programmeId, municipalityId),
      contacts: row.contacts.map((c) => ({ name: c.name, email: forPublic ? null : c.email })),
      warnings: summary?.warnings ?? [],
    };
  }

  /** What the municipality paid per assignment code last year, from that year's contributions. */
  private async previousShares(
    previousId: string | undefined,
    municipalityId: string,
    summary: MunicipalitySummaryResponse | null,
  ): Promise<Map<string, number> | null> {
    if (!previousId || !summary) return null;
    try {
      const last = await this.contributions.contributions(previousId);
      const mine = last.municipalities.find((m) => m.municipalityId === municipalityId);
      return new Map((mine?.byAssignment ?? []).map((a) => [a.code, a.amountCents]));
    } catch (error) {
      if (isSplitFailure(error)) return null;
      throw error;
    }
  }

  private async decisionOrNull(
    programmeId: string,
    municipalityId: string,
  ): Promise<CouncilDecisionDetailResponse | null> {
    try {
      return await this.decisions.get(programmeId, municipalityId);
    } catch (error) {
      if (error instanceof KoersError && error.status === 404) return null;
      throw error;
    }
  }
}
