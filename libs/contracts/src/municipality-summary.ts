import type { CouncilDecisionDetailResponse } from './council-decision';
import type { AssignmentRef, MunicipalityRef } from './refs';
import type { MoneyWarning, MunicipalityContribution } from './contribution';

export interface SummaryAssignment extends AssignmentRef {
  participation: 'all' | 'opt_in';
  /** False when the council declined it (partial or rejected). */
  takesPart: boolean;
  portfolioHolder: { id: string; name: string } | null;
  lead: { id: string; name: string } | null;
  /** What this municipality pays for it. */
  contributionCents: number;
}

/** `GET /api/programmes/{id}/municipalities/{municipalityId}/summary`: the council clerk's page. */
export interface MunicipalitySummaryResponse {
  programmeId: string;
  programmeTitle: string;
  year: number;
  programmeStatus: string;
  municipality: MunicipalityRef & { population: number | null };
  contribution: MunicipalityContribution;
  assignments: SummaryAssignment[];
  /** Null while the programme never went to the councils. */
  councilDecision: CouncilDecisionDetailResponse | null;
  /** What the page must say about this municipality's money (e.g. an old or missing population). */
  warnings: MoneyWarning[];
}
