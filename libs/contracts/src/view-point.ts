import type { ConsultationRoundInfo } from './consultation-round';
import type { AssignmentRef, MunicipalityRef } from './refs';
import type { Page } from './pagination';

/** What the board did with a point of a formal view. */
export type ViewPointOutcome = 'adopted' | 'partly_adopted' | 'not_adopted';
export const VIEW_POINT_OUTCOMES: readonly ViewPointOutcome[] = [
  'adopted',
  'partly_adopted',
  'not_adopted',
];

/** One numbered point of a council's formal view, with the board's answer when given. */
export interface ViewPointResponse {
  id: string;
  councilDecisionId: string;
  /** The consultation round of the view (its decision's). */
  round: number;
  municipality: MunicipalityRef;
  number: number;
  text: string;
  assignment: AssignmentRef | null;
  answered: boolean;
  answer: string | null;
  outcome: ViewPointOutcome | null;
  resultingChange: string | null;
  answeredAt: string | null;
  version: number;
}

/**
 * `GET /api/programmes/{id}/views[?round=n]`: the register behind the response memo, of the
 * current consultation round unless another is asked for.
 */
export interface ViewPointRegisterResponse extends Page<ViewPointResponse>, ConsultationRoundInfo {
  /** Over the whole round, whatever the other filters. */
  counts: { total: number; answered: number; unanswered: number };
}

/** `PUT /api/programmes/{id}/views/{pointId}/answer`. */
export interface AnswerViewPointRequest {
  answer: string;
  outcome: ViewPointOutcome;
  resultingChange?: string | null;
  /** The version read; may instead be sent as `If-Match: "<version>"`. */
  version?: number;
}
