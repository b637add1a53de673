import type { ContributionKeySpec } from './programme';

/** The cost-sharing key as applied to one assignment. */
export interface AppliedContributionKey extends ContributionKeySpec {
  /** Where the key came from: the assignment's override, the programme's key, or the region's default. */
  source: 'assignment' | 'programme' | 'region';
}

export interface AssignmentContribution {
  assignmentId: string;
  code: string;
  title: string;
  /** Sum of the assignment's member_contribution and extra_member_contribution budget lines. */
  amountCents: number;
  key: AppliedContributionKey;
  /** Participants that did not decline. */
  payerIds: string[];
  declinedByIds: string[];
  /** Sum of the parts; equals amountCents when `balanced`. */
  splitTotalCents: number;
  balanced: boolean;
}

export interface MunicipalityAssignmentShare {
  assignmentId: string;
  code: string;
  amountCents: number;
}

export interface MunicipalityContribution {
  municipalityId: string;
  name: string;
  cbsCode: string;
  /** Inhabitants at the programme's reference date; null when not known. */
  population: number | null;
  totalCents: number;
  byAssignment: MunicipalityAssignmentShare[];
  /** totalCents / population, in (fractional) euro cents; null when the population is unknown. */
  perInhabitantCents: number | null;
  /** Total of the region's programme of the year before (same computation); null when there is none. */
  previousYearTotalCents: number | null;
  differenceCents: number | null;
}

/** `GET /api/programmes/{id}/contributions`. */
export interface ContributionsResponse {
  programmeId: string;
  year: number;
  /** The date the population is taken at. */
  populationReferenceDate: string;
  totalCents: number;
  municipalities: MunicipalityContribution[];
  assignments: AssignmentContribution[];
  previousYear: { programmeId: string; year: number; totalCents: number } | null;
}
