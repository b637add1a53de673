import { Injectable } from '@nestjs/common';
import type {
  AssignmentContribution,
  ContributionsResponse,
  MunicipalityContribution,
  MunicipalitySummaryResponse,
  SummaryAssignment,
} from '@koers/contracts';
import { DataSource } from 'typeorm';
import { populationStatus } from '@koers/domain';
import { Clock } from '../../common/clock';
import { toCouncilDecisionDetail } from '../council-decisions/council-decision-reader';
import { MunicipalityAmount } from '../council-decisions/shown-contribution';
import { municipalityNotFound } from '../municipalities/municipality.errors';
import {
  ComputedAssignmentContribution,
  ComputedMunicipalityContribution,
} from './compute-contributions';
import { ComputedSplit, SplitMemo } from './computed-split';
import { contributionSplitFailed } from './contribution.errors';
import { MemberMunicipality, readContributionSplit, SplitProgramme } from './contribution-input';
import { moneyWarnings } from './money-warnings';
import { readMunicipalitySummary } from './municipality-summary-read';
import { readDataVersion, VersionedReads } from '../../database/versioned-reads';

@Injectable()
export class ContributionsService {
  private readonly splits = new SplitMemo();
  private readonly reads = new VersionedReads();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Per municipality what it pays, per assignment the split, and last year's comparison. */
  async contributions(programmeId: string): Promise<ContributionsResponse> {
    const manager = this.dataSource.manager;
    const read = await this.reads.get(
      `contributions:${programmeId}`,
      await readDataVersion(manager, programmeId),
      () => readContributionSplit(manager, programmeId),
    );
    const split = this.splitOf(read.split, read.programme);
    const { result, previous } = split;
    const { input } = split.inputs;
    const members = input.municipalities;
    const referenceDate = read.programme.referenceDate;
    return {
      programmeId,
      year: read.programme.year,
      populationReferenceDate: referenceDate,
      totalCents: result.totalCents,
      municipalities: result.municipalities.map((m, i) =>
        toMunicipalityContribution(m, members[i], split, referenceDate),
      ),
      assignments: result.assignments.map(toAssignmentContribution),
      previousYear: previous
        ? {
            programmeId: previous.programmeId,
            year: previous.year,
            totalCents: previous.result.totalCents,
          }
        : null,
      laterYears: result.laterYears,
      warnings: moneyWarnings(referenceDate, members, input.assignments),
    };
  }

  /**
   * What each municipality pays now for the programme's year, by id, to compare with what its
   * council was shown when it decided; undefined when the split cannot be made exactly.
   */
  async currentAmounts(
    programmeId: string,
    /** The region's data version when the caller read it already (one round trip less). */
    dataVersion?: string,
  ): Promise<Map<string, MunicipalityAmount> | undefined> {
    const manager = this.dataSource.manager;
    const read = await this.reads.get(
      `contributions:${programmeId}`,
      dataVersion ?? (await readDataVersion(manager, programmeId)),
      () => readContributionSplit(manager, programmeId),
    );
    const { result } = this.splits.splitOf(read.split);
    if (result.failures.length > 0) return undefined;
    return new Map(result.municipalities.map((m) => [m.municipalityId, m]));
  }

  /** The council clerk's page: what we pay, for what, who holds it, what we decided and heard. */
  async summary(programmeId: string, municipalityId: string): Promise<MunicipalitySummaryResponse> {
    const manager = this.dataSource.manager;
    const read = await this.reads.get(
      `summary:${programmeId}:${municipalityId}`,
      await readDataVersion(manager, programmeId),
      () => readMunicipalitySummary(manager, programmeId, municipalityId),
    );
    const { programme } = read;
    const split = this.splits.splitOf(read.split);
    const { input } = split.inputs;
    // The members are the region's municipalities: any other one is not found here.
    const index = input.municipalities.findIndex((m) => m.id === municipalityId);
    if (index < 0) throw municipalityNotFound(municipalityId);
    const member = input.municipalities[index];
    this.refuseFailed(split, programme);
    const { result } = split;
    const contribution = toMunicipalityContribution(
      result.municipalities[index],
      member,
      split,
      programme.referenceDate,
    );
    const shares = new Map(contribution.byAssignment.map((a) => [a.assignmentId, a.amountCents]));
    const declined = new Map(result.assignments.map((a) => [a.assignmentId, a.declinedByIds]));
    const concerned = input.assignments.filter(
      (a) =>
        a.participation === 'all' || a.participantIds.includes(municipalityId) || shares.has(a.id),
    );
    const assignments = concerned.map((a): SummaryAssignment => {
      const people = read.people.get(a.id);
      return {
        id: a.id,
        code: a.code,
        title: a.title,
        participation: a.participation,
        takesPart: !declined.get(a.id)?.includes(municipalityId),
        portfolioHolder: people?.holderId
          ? { id: people.holderId, name: people.holderName ?? '' }
          : null,
        lead: people?.leadId ? { id: people.leadId, name: people.leadName ?? '' } : null,
        contributionCents: shares.get(a.id) ?? 0,
      };
    });
    return {
      programmeId,
      programmeTitle: programme.title,
      year: programme.year,
      programmeStatus: programme.status,
      municipality: {
        id: member.id,
        name: member.name,
        cbsCode: member.cbsCode,
        population: contribution.population,
      },
      contribution,
      assignments,
      councilDecision: read.decision
        ? toCouncilDecisionDetail(
            read.decision.decision,
            read.decision.viewPoints,
            {
              municipalities: new Map(
                input.municipalities.map((m) => [
                  m.id,
                  { id: m.id, name: m.name, cbsCode: m.cbsCode },
                ]),
              ),
              assignments: input.assignments.map((a) => ({
                id: a.id,
                code: a.code,
                title: a.title,
              })),
              deadline: programme.consultationDeadline,
              today: this.clock.today(),
              currentContributions: new Map([[municipalityId, contribution]]),
            },
            { currentRound: read.decision.decision.round, rounds: read.rounds },
          )
        : null,
      warnings: moneyWarnings(programme.referenceDate, [member], concerned),
    };
  }

  /** The split, refused as a whole when it cannot be made exactly. */
  private splitOf(text: string, programme: SplitProgramme): ComputedSplit {
    const split = this.splits.splitOf(text);
    this.refuseFailed(split, programme);
    return split;
  }

  private refuseFailed({ result, inputs }: ComputedSplit, programme: SplitProgramme): void {
    if (result.failures.length === 0) return;
    const names = new Map(inputs.input.municipalities.map((m) => [m.id, m.name]));
    throw contributionSplitFailed(result.failures, names, programme.referenceDate);
  }
}

function toMunicipalityContribution(
  m: ComputedMunicipalityContribution,
  member: MemberMunicipality,
  { compared }: ComputedSplit,
  referenceDate: string,
): MunicipalityContribution {
  return {
    municipalityId: m.municipalityId,
    name: member.name,
    cbsCode: member.cbsCode,
    population: m.population,
    populationDate: member.populationDate,
    populationStatus: populationStatus(member.populationDate, referenceDate),
    totalCents: m.totalCents,
    byAssignment: m.byAssignment,
    perInhabitantCents: m.perInhabitantCents,
    previousYearTotalCents: null,
    differenceCents: null,
    ...compared.get(m.municipalityId),
    laterYears: m.laterYears,
  };
}

function toAssignmentContribution(a: ComputedAssignmentContribution): AssignmentContribution {
  return {
    assignmentId: a.assignmentId,
    code: a.code,
    title: a.title,
    amountCents: a.amountCents,
    key: a.key,
    payerIds: a.payerIds,
    declinedByIds: a.declinedByIds,
    splitTotalCents: a.splitTotalCents,
    balanced: a.balanced,
    extraContributions: a.extraContributions,
    laterYears: a.laterYears,
  };
}
