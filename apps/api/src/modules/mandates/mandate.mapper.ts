import type { MandateAccountResponse, MandateDecisionResponse } from '@koers/contracts';
import { MandateAccountEntity, MandateDecisionEntity } from './mandate.entity';

export function toMandateDecisionResponse(row: MandateDecisionEntity): MandateDecisionResponse {
  return {
    id: row.id,
    assignmentId: row.assignmentId,
    decidedOn: row.decidedOn,
    description: row.description,
    amountCents: row.amountCents,
    decidedBy: row.decidedBy,
    minutesUrl: row.minutesUrl,
    escalated: row.escalated,
    recordedBy: row.recordedBy,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toMandateAccountResponse(row: MandateAccountEntity): MandateAccountResponse {
  return {
    id: row.id,
    assignmentId: row.assignmentId,
    reportBackDate: row.reportBackDate,
    reportedOn: row.reportedOn,
    summary: row.summary,
    minutesUrl: row.minutesUrl,
    recordedBy: row.recordedBy,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** How the audit trail shows a decision: its response fields. */
export const decisionAuditSubject = {
  entity: 'mandate_decision',
  regionId: (row: MandateDecisionEntity) => row.regionId,
  view: toMandateDecisionResponse,
};

export const accountAuditSubject = {
  entity: 'mandate_account',
  regionId: (row: MandateAccountEntity) => row.regionId,
  view: toMandateAccountResponse,
};
