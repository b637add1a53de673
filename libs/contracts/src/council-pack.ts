import type { PopulationStatus, ProgrammeStatus } from '@koers/domain';
import type { CouncilDecisionDetailResponse } from './council-decision';
import type { MoneyWarning, MunicipalityContribution } from './contribution';
import type { MunicipalityRef } from './refs';
import type { GovernanceMode } from './region';

/** How an assignment stands against the region's programme of the year before (same code). */
export type CouncilPackChange = 'new' | 'changed' | 'unchanged';
export const COUNCIL_PACK_CHANGES: readonly CouncilPackChange[] = ['new', 'changed', 'unchanged'];

export interface CouncilPackAssignment {
  id: string;
  code: string;
  title: string;
  themeTitle: string;
  goal: string;
  participation: 'all' | 'opt_in';
  /** This municipality is among its participants (all members, or named for an opt-in). */
  participates: boolean;
  /** False when its council declined it. */
  takesPart: boolean;
  /** What this municipality pays for it this year; null when the split cannot be made. */
  contributionCents: number | null;
  /** What it paid for the assignment with the same code last year; null when none. */
  previousYearCents: number | null;
  /** Null when there is no programme of the year before. */
  change: CouncilPackChange | null;
}

/** An assignment of last year's programme that this year's programme no longer has. */
export interface CouncilPackEndedAssignment {
  code: string;
  title: string;
  previousYearCents: number | null;
}

export interface CouncilPackContact {
  name: string;
  /** Null for the public. */
  email: string | null;
}

/**
 * `GET /api/programmes/{id}/municipalities/{municipalityId}/council-pack`: the cover sheet a
 * council clerk attaches to the council proposal — what the region asks and why, what it costs
 * this municipality (the contributions' own figures), what changed since last year, the
 * procedure and deadline, the council's decision and view with the board's answers, the contact.
 */
export interface CouncilPackResponse {
  programme: {
    id: string;
    title: string;
    year: number;
    status: ProgrammeStatus;
    introduction: string;
    sentToCouncilsOn: string | null;
    consultationDeadline: string | null;
    adoptedOn: string | null;
    /** The date the population is taken at. */
    populationReferenceDate: string;
    /** Weeks the councils get for their view (the programme's, else the region's). */
    viewWindowWeeks: number;
  };
  region: { id: string; name: string; governanceMode: GovernanceMode };
  municipality: MunicipalityRef & {
    population: number | null;
    populationDate: string | null;
    populationStatus: PopulationStatus;
  };
  /** Exactly the municipality's entry of the programme's contributions; null when not computable. */
  contribution: MunicipalityContribution | null;
  /** Why there is no contribution (the split cannot be made to the cent), in Dutch. */
  contributionUnavailable: string | null;
  /** Every assignment of the programme, by code. */
  assignments: CouncilPackAssignment[];
  previousYear: { programmeId: string; year: number; title: string } | null;
  endedAssignments: CouncilPackEndedAssignment[];
  /** Null while the programme never went to the councils. */
  councilDecision: CouncilDecisionDetailResponse | null;
  /** Who at the regional bureau answers questions. */
  contacts: CouncilPackContact[];
  warnings: MoneyWarning[];
}
