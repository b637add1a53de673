import type { ProgrammeStatus, TransitionRefusalCode } from '@koers/domain';
import type { ProgrammeResponse } from './programme';

/** `POST /api/programmes/{id}/transitions`. */
export interface TransitionRequest {
  to: ProgrammeStatus;
  /** Required when going back to draft. */
  reason?: string;
  /** Going to consultation: the day the proposal went to the councils (default today). */
  sentOn?: string;
  /** Going to consultation: the window for formal views (default the programme's or region's). */
  viewWindowWeeks?: number;
}

/** One state the programme can move to next, and whether that is possible right now. */
export interface AllowedTransition {
  to: ProgrammeStatus;
  possible: boolean;
  /** Going back to draft always needs a reason. */
  reasonRequired: boolean;
  /** Why not, when not possible now (the same sentence the API answers with). */
  refusalCode: TransitionRefusalCode | null;
  refusal: string | null;
}

export interface TransitionsResponse {
  programmeId: string;
  status: ProgrammeStatus;
  transitions: AllowedTransition[];
}

export interface TransitionResponse extends ProgrammeResponse {
  allowedTransitions: ProgrammeStatus[];
}
