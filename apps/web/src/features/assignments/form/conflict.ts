import type { AssignmentDocument, AssignmentResponse } from '@koers/contracts';

/** The label key (under `assignments.fields`) of every part of the assignment document. */
export const DOCUMENT_FIELDS: Record<keyof AssignmentDocument, string> = {
  themeId: 'theme',
  code: 'code',
  title: 'title',
  goal: 'goal',
  results: 'results',
  risks: 'risks',
  portfolioHolderId: 'portfolioHolder',
  leadId: 'lead',
  participation: 'participation',
  status: 'status',
  priority: 'priority',
  mandate: 'mandate',
  budgetLines: 'budgetLines',
  capacityLines: 'capacityLines',
  kpis: 'kpis',
  participantIds: 'participants',
  linkedAssignmentIds: 'linkedAssignments',
  externalProgrammeIds: 'externalProgrammes',
  contributionKey: 'contributionKey',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The parts someone else changed between the version the form was opened on and now. */
export function changedFields(
  before: AssignmentResponse,
  now: AssignmentResponse,
): (keyof AssignmentDocument)[] {
  return (Object.keys(DOCUMENT_FIELDS) as (keyof AssignmentDocument)[]).filter(
    (key) => !same(before[key], now[key]),
  );
}
