import type { ContributionKeySpec, PayerSplit, PopulationStatus } from '@koers/domain';

/** The cost-sharing key as applied to one assignment. */
export interface AppliedContributionKey extends ContributionKeySpec {
  /** Where the key came from: the assignment's override, the programme's key, or the region's default. */
  source: 'assignment' | 'programme' | 'region';
}

/** One `extra_member_contribution` line of the programme's year, split over the payers it names. */
export interface ExtraContributionSplit {
  /** The line's position in the assignment's budget lines (0-based). */
  budgetLineIndex: number;
  sourceName: string;
  amountCents: number;
  /** Null for a line stored before payers existed (`needsPayers`): split by the assignment's key. */
  payerSplit: PayerSplit | null;
  /** The municipalities the line names (all of them, also those that declined). */
  namedPayerIds: string[];
  /** The named payers whose council declined the assignment: they pay nothing here. */
  declinedByIds: string[];
  /** What each remaining payer pays of this line (sums to `amountCents`). */
  shares: { municipalityId: string; amountCents: number }[];
  needsPayers: boolean;
}

/** What a later year of an assignment asks (its budget lines of that year): never in this year's total. */
export interface LaterYearAmount {
  year: number;
  amountCents: number;
}

export interface AssignmentContribution {
  assignmentId: string;
  code: string;
  title: string;
  /**
   * The members' money of the programme's year: its member_contribution and
   * extra_member_contribution lines of that year only (later years: `laterYears`).
   */
  amountCents: number;
  key: AppliedContributionKey;
  /** Participants that did not decline. */
  payerIds: string[];
  declinedByIds: string[];
  /** Sum of the parts; equals amountCents when `balanced`. */
  splitTotalCents: number;
  balanced: boolean;
  /** The extra contributions of the programme's year, each with its own payers. */
  extraContributions: ExtraContributionSplit[];
  /** The members' money of later years, per year (ascending); not in `amountCents`. */
  laterYears: LaterYearAmount[];
}

export interface MunicipalityAssignmentShare {
  assignmentId: string;
  code: string;
  amountCents: number;
}

/** What a municipality's payers-based split would ask in a later year, labelled as such. */
export interface MunicipalityLaterYear {
  year: number;
  totalCents: number;
  byAssignment: MunicipalityAssignmentShare[];
}

export interface MunicipalityContribution {
  municipalityId: string;
  name: string;
  cbsCode: string;
  /** Inhabitants at the programme's reference date; null when not known. */
  population: number | null;
  /** The date of that figure: the latest on or before the reference date; null when none. */
  populationDate: string | null;
  populationStatus: PopulationStatus;
  /** What it pays for the programme's year only. */
  totalCents: number;
  byAssignment: MunicipalityAssignmentShare[];
  /** totalCents / population, in (fractional) euro cents; null when the population is unknown. */
  perInhabitantCents: number | null;
  /** Total of the region's programme of the year before (same computation); null when there is none. */
  previousYearTotalCents: number | null;
  differenceCents: number | null;
  /**
   * What later years of this programme's assignments will ask of it (same payers, key and
   * populations as now), per year ascending; never added to `totalCents`.
   */
  laterYears: MunicipalityLaterYear[];
}

/** What the bureau must see before sending a programme to the councils. */
export type MoneyWarning =
  | {
      code: 'POPULATION_MISSING';
      municipalityId: string;
      municipalityName: string;
      referenceDate: string;
      /** Dutch sentence, for a client without its own text. */
      message: string;
    }
  | {
      code: 'POPULATION_STALE';
      municipalityId: string;
      municipalityName: string;
      referenceDate: string;
      populationDate: string;
      message: string;
    }
  | {
      code: 'EXTRA_CONTRIBUTION_NEEDS_PAYERS';
      assignmentId: string;
      assignmentCode: string;
      budgetLineIndex: number;
      year: number;
      amountCents: number;
      message: string;
    };
export type MoneyWarningCode = MoneyWarning['code'];

/** A later year of the programme's assignments, over all municipalities. */
export interface LaterYearContribution {
  year: number;
  totalCents: number;
  /** Assignments whose split for that year cannot be made (e.g. every named payer declined). */
  unsplitAssignmentIds: string[];
}

/** `GET /api/programmes/{id}/contributions`. */
export interface ContributionsResponse {
  programmeId: string;
  year: number;
  /** The date the population is taken at. */
  populationReferenceDate: string;
  /** The programme's year only. */
  totalCents: number;
  municipalities: MunicipalityContribution[];
  assignments: AssignmentContribution[];
  previousYear: { programmeId: string; year: number; totalCents: number } | null;
  /** Later years (ascending), labelled as such: never part of `totalCents`. */
  laterYears: LaterYearContribution[];
  warnings: MoneyWarning[];
}
