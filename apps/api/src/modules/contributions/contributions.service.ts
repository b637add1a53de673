import { Injectable } from '@nestjs/common';
import type {
  ContributionsResponse,
  MunicipalityContribution,
  MunicipalitySummaryResponse,
  SummaryAssignment,
} from '@koers/contracts';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { toCouncilDecisionDetail } from '../council-decisions/council-decision-reader';
import { municipalityNotFound } from '../municipalities/municipality.errors';
import { ComputedMunicipalityContribution } from './compute-contributions';
import { ComputedSplit, SplitMemo } from './computed-split';
import { contributionSplitFailed } from './contribution.errors';
import { MemberMunicipality, readContributionSplit, SplitProgramme } from './contribution-input';
import { readMunicipalitySummary } from './municipality-summary-read';
import { readDataVersion, VersionedReads } from './versioned-reads';

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
    const members = split.inputs.input.municipalities;
    return {
      programmeId,
      year: read.programme.year,
      populationReferenceDate: read.programme.referenceDate,
      totalCents: result.totalCents,
      municipalities: result.municipalities.map((m, i) =>
        toMunicipalityContribution(m, members[i], split),
      ),
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
            programmeId: previous.programmeId,
            year: previous.year,
            totalCents: previous.result.totalCents,
          }
        : null,
    };
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
    const contribution = toMunicipalityContribution(result.municipalities[index], member, split);
    const shares = new Map(contribution.byAssignment.map((a) => [a.assignmentId, a.amountCents]));
    const declined = new Map(result.assignments.map((a) => [a.assignmentId, a.declinedByIds]));
    const assignments = input.assignments
      .filter((a) => a.participation === 'all' || a.participantIds.includes(municipalityId))
      .map((a): SummaryAssignment => {
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
        ? toCouncilDecisionDetail(read.decision.decision, read.decision.viewPoints, {
            municipalities: new Map(
              input.municipalities.map((m) => [
                m.id,
                { id: m.id, name: m.name, cbsCode: m.cbsCode },
              ]),
            ),
            assignments: input.assignments.map((a) => ({ id: a.id, code: a.code, title: a.title })),
            deadline: programme.consultationDeadline,
            today: this.clock.today(),
          })
        : null,
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
): MunicipalityContribution {
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
}
