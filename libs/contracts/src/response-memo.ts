import type { CouncilDecisionStatus, ProgrammeStatus } from '@koers/domain';
import type { AmendmentResponse } from './amendment';
import type { ConsultationRoundInfo } from './consultation-round';
import type { MunicipalityRef } from './refs';
import type { GovernanceMode } from './region';
import type { ViewPointResponse } from './view-point';

/** One council's view in the memo: its points as the council numbered them, with the answers. */
export interface ResponseMemoCouncil {
  municipality: MunicipalityRef;
  decisionStatus: CouncilDecisionStatus | null;
  decisionDate: string | null;
  decisionReference: string;
  points: ViewPointResponse[];
}

/** How the board dealt with the points of one council (a row of the summary table). */
export interface ResponseMemoOutcomes {
  points: number;
  adopted: number;
  partlyAdopted: number;
  notAdopted: number;
  unanswered: number;
}

export interface ResponseMemoSummaryRow extends ResponseMemoOutcomes {
  municipality: MunicipalityRef;
}

/**
 * `GET /api/programmes/{id}/response-memo[?round=n]`: the response memo (nota van
 * beantwoording) of a consultation round — every view point by council, numbered as the council
 * numbered it, with the board's answer, outcome and resulting change, and a summary per council.
 * Of an adopted programme, the round frozen with the adopted version is read from that version.
 */
export interface ResponseMemoResponse extends ConsultationRoundInfo {
  programme: {
    id: string;
    title: string;
    year: number;
    status: ProgrammeStatus;
    sentToCouncilsOn: string | null;
    consultationDeadline: string | null;
    adoptedOn: string | null;
  };
  region: { id: string; name: string; governanceMode: GovernanceMode };
  /** True when read from what was frozen with the adopted version. */
  frozen: boolean;
  /** How many member councils the programme went to in this round (0 before it was sent). */
  councilCount: number;
  /** Councils with at least one view point, by name. */
  councils: ResponseMemoCouncil[];
  summary: ResponseMemoSummaryRow[];
  totals: ResponseMemoOutcomes;
  /** The round's amendments (changes to assignments), each with the view points it answers. */
  amendments: AmendmentResponse[];
}
