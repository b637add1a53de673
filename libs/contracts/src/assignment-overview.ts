import type { AssignmentResponse } from './assignment';
import type { ExternalProgrammeLevel } from './external-programme';
import type { ProgrammeStatus } from '@koers/domain';
import type { SteeringGroupRole } from './steering-group';

/** A row named for a reader: an id and what a person calls it. */
export interface NamedRef {
  id: string;
  name: string;
}

/** A person as a reader sees them: name and function (never an e-mail address). */
export interface PersonRef extends NamedRef {
  function: string | null;
}

export interface OverviewSteeringMember {
  person: PersonRef;
  organisation: NamedRef | null;
  role: SteeringGroupRole;
}

export interface OverviewCommitment {
  organisation: NamedRef;
  description: string;
  amountCents: number | null;
  fte: number | null;
}

export interface OverviewLinkedAssignment {
  id: string;
  code: string;
  title: string;
}

export interface OverviewExternalProgramme {
  id: string;
  name: string;
  level: ExternalProgrammeLevel;
}

/**
 * `GET /api/assignments/{assignmentId}/overview`: one assignment as every role that may see it
 * reads it — the document with the names of everything it refers to, its steering group, and
 * which councils declined it.
 */
export interface AssignmentOverviewResponse {
  assignment: AssignmentResponse;
  programme: { id: string; title: string; year: number; status: ProgrammeStatus };
  theme: NamedRef;
  portfolioHolder: PersonRef | null;
  lead: PersonRef | null;
  /** Every member municipality of the region, by name (payers of budget lines are among them). */
  municipalities: NamedRef[];
  /** Who takes part: every member for `all`, the opt-in list otherwise. */
  participants: NamedRef[];
  /** Councils that declined this assignment in their decision (partly agreed, or rejected). */
  declinedBy: NamedRef[];
  steeringGroup: { members: OverviewSteeringMember[]; commitments: OverviewCommitment[] };
  linkedAssignments: OverviewLinkedAssignment[];
  externalProgrammes: OverviewExternalProgramme[];
}
