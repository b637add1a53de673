import type { ConsultationRoundInfo } from './consultation-round';
import type { AssignmentRef, MunicipalityRef } from './refs';
import type { ViewPointOutcome, ViewPointResponse } from './view-point';

/** A view point as an amendment cites it: "naar aanleiding van zienswijze Helmond punt 2". */
export interface ViewPointRef {
  id: string;
  round: number;
  municipality: MunicipalityRef;
  number: number;
  text: string;
  answer: string | null;
  outcome: ViewPointOutcome | null;
}

/**
 * A change to an assignment made during the consultation, following the views of the councils
 * (gewijzigd vaststellen): which fields changed and the view points it answers.
 */
export interface AmendmentResponse {
  id: string;
  programmeId: string;
  round: number;
  assignment: AssignmentRef;
  /** The assignment's fields this change touched, e.g. `budgetLines`, `mandate`. */
  fields: string[];
  viewPoints: ViewPointRef[];
  createdAt: string;
  /** The name of who made it; null when unknown. */
  createdBy: string | null;
}

/** `GET /api/programmes/{id}/amendments[?round=n]`: of the current round unless asked. */
export interface AmendmentListResponse extends ConsultationRoundInfo {
  programmeId: string;
  items: AmendmentResponse[];
}

/**
 * The register of a consultation round as it stood when the board adopted the programme,
 * frozen with the adopted version: every view point with its answer, outcome and resulting
 * change, and every amendment with the view points behind it.
 */
export interface FrozenConsultation {
  round: number;
  viewPoints: ViewPointResponse[];
  amendments: AmendmentResponse[];
}
