import type {
  AssignmentStatus,
  BudgetLine,
  CapacityLine,
  FundingSource,
  Mandate,
  Participation,
} from './assignment';
import type { FrozenConsultation, ViewPointRef } from './amendment';
import type { AuditActor } from './audit';
import type { ContributionKeySpec, ProgrammeStatus } from '@koers/domain';

/** One assignment as it was frozen in a programme version. */
export interface AssignmentSnapshot {
  id: string;
  code: string;
  title: string;
  goal: string;
  results: string[];
  themeId: string;
  themeTitle: string;
  status: AssignmentStatus;
  participation: Participation;
  participantIds: string[];
  contributionKey: ContributionKeySpec | null;
  portfolioHolderId: string | null;
  leadId: string | null;
  mandate: Mandate;
  budgetLines: BudgetLine[];
  capacityLines: CapacityLine[];
  budgetTotalCents: number;
}

/** The programme as it was when it left draft. */
export interface ProgrammeSnapshot {
  programmeId: string;
  regionId: string;
  year: number;
  title: string;
  introduction: string;
  populationReferenceDate: string | null;
  viewWindowWeeks: number | null;
  contributionKey: ContributionKeySpec | null;
  assignments: AssignmentSnapshot[];
  budgetTotalCents: number;
}

export interface ProgrammeVersionSummary {
  number: number;
  createdAt: string;
  fromStatus: ProgrammeStatus;
  toStatus: ProgrammeStatus;
  reason: string | null;
  /** Who froze it (made the transition); null on versions from before Koers recorded it. */
  createdBy: AuditActor | null;
  assignmentCount: number;
  budgetTotalCents: number;
  /** The adopted version: the consultation round frozen with it; null otherwise. */
  consultationRound: number | null;
  /** The adopted version: how many changes followed from the views (0: adopted as sent). */
  amendmentCount: number;
}

export interface ProgrammeVersionResponse extends ProgrammeVersionSummary {
  programmeId: string;
  snapshot: ProgrammeSnapshot;
  /** The adopted version: the round's register as it stood at adoption; null otherwise. */
  consultation: FrozenConsultation | null;
}

export interface ProgrammeVersionList {
  programmeId: string;
  items: ProgrammeVersionSummary[];
}

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
  /**
   * A change of an assignment in an adopted version that followed from the councils' views: the
   * view points it answers. Absent elsewhere.
   */
  reasons?: ViewPointRef[];
}

export interface FundingSourceDelta {
  fundingSource: FundingSource;
  oldCents: number;
  newCents: number;
  deltaCents: number;
}

export interface BudgetDelta {
  bySource: FundingSourceDelta[];
  oldTotalCents: number;
  newTotalCents: number;
  deltaCents: number;
}

export interface ChangedAssignment {
  id: string;
  code: string;
  title: string;
  changes: FieldChange[];
  budget: BudgetDelta;
}

export interface ContributionDelta {
  municipalityId: string;
  oldCents: number;
  newCents: number;
  deltaCents: number;
}

export interface VersionDiffResponse {
  programmeId: string;
  from: ProgrammeVersionSummary;
  to: ProgrammeVersionSummary;
  /** Programme-level fields that changed (title, introduction, contribution key, ...). */
  programmeChanges: FieldChange[];
  added: AssignmentSnapshot[];
  removed: AssignmentSnapshot[];
  changed: ChangedAssignment[];
  budget: BudgetDelta;
  /** Per municipality, when the contributions could be computed for both versions; else null. */
  contributions: ContributionDelta[] | null;
}
