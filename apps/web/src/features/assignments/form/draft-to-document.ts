import type { AssignmentDocument, CapacityLine } from '@koers/contracts';
import { parseEuros } from '../../../lib/euro-input';
import type { AssignmentDraft } from './assignment-draft';
import { keyFromDraft, type KeyProblem } from '../../../components/contribution-key/key-draft';
import { payersToLine, type PayersProblem } from './payers-draft';

/** Why a field was refused, as a key under `assignments.form.errors`. */
export type DraftProblem =
  | 'required'
  | 'code'
  | 'euros'
  | 'year'
  | 'priority'
  | 'fte'
  | 'hours'
  | KeyProblem
  | PayersProblem;

export type DraftCheck =
  | { ok: true; document: AssignmentDocument }
  | { ok: false; problems: Record<string, DraftProblem> };

const CODE = /^[A-Za-z0-9._-]+$/;
const FTE = /^\d{1,4}([.,]\d{1,2})?$/;

const year = (text: string) => {
  const value = Number(text);
  return /^\d{4}$/.test(text.trim()) && value >= 2000 && value <= 2100 ? value : null;
};

/**
 * Checks the draft the way the API will, with the API's field paths (`budgetLines.1.amountCents`),
 * so a problem found here and a problem the API returns land at the same input.
 */
export function draftToDocument(draft: AssignmentDraft): DraftCheck {
  const problems: Record<string, DraftProblem> = {};
  const need = (path: string, value: string) => {
    if (!value.trim()) problems[path] = 'required';
    return value.trim();
  };

  need('themeId', draft.themeId);
  need('title', draft.title);
  const code = need('code', draft.code);
  if (code && !CODE.test(code)) problems.code = 'code';
  const priority = Number(draft.priority);
  if (!/^[1-5]$/.test(draft.priority.trim())) problems.priority = 'priority';
  draft.results.forEach((r, i) => need(`results.${i}`, r.text));
  draft.risks.forEach((r, i) => need(`risks.${i}.description`, r.description));
  draft.kpis.forEach((k, i) => need(`kpis.${i}.name`, k.name));

  const budgetLines = draft.budgetLines.map((line, i) => {
    const amountCents = parseEuros(line.amount);
    if (amountCents === null) problems[`budgetLines.${i}.amountCents`] = 'euros';
    const lineYear = year(line.year);
    if (lineYear === null) problems[`budgetLines.${i}.year`] = 'year';
    const payers = payersToLine(i, line.fundingSource, amountCents, line);
    Object.assign(problems, payers.problems);
    return {
      fundingSource: line.fundingSource,
      sourceName: line.sourceName.trim(),
      year: lineYear ?? 0,
      amountCents: amountCents ?? 0,
      ...payers.part,
    };
  });

  const capacityLines = draft.capacityLines.map((line, i): CapacityLine => {
    need(`capacityLines.${i}.supplierName`, line.supplierName);
    const lineYear = year(line.year);
    if (lineYear === null) problems[`capacityLines.${i}.year`] = 'year';
    const quantity = line.quantity.trim();
    let fte: number | null = null;
    let hours: number | null = null;
    if (line.unit === 'fte') {
      if (FTE.test(quantity)) fte = Number(quantity.replace(',', '.'));
      else problems[`capacityLines.${i}.fte`] = 'fte';
    } else if (/^\d{1,10}$/.test(quantity)) hours = Number(quantity);
    else problems[`capacityLines.${i}.hours`] = 'hours';
    return {
      supplierOrganisationId: line.supplierOrganisationId || null,
      supplierName: line.supplierName.trim(),
      year: lineYear ?? 0,
      fte,
      hours,
    };
  });

  let budgetCeilingCents: number | null = null;
  if (draft.mandate.budgetCeiling.trim()) {
    budgetCeilingCents = parseEuros(draft.mandate.budgetCeiling);
    if (budgetCeilingCents === null) problems['mandate.budgetCeilingCents'] = 'euros';
  }
  draft.mandate.reportBackDates.forEach((d, i) => need(`mandate.reportBackDates.${i}`, d.date));
  const contributionKey = keyFromDraft(draft.contributionKey);
  Object.assign(problems, contributionKey.problems);

  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    document: {
      themeId: draft.themeId,
      code,
      title: draft.title.trim(),
      goal: draft.goal,
      results: draft.results.map((r) => r.text.trim()),
      risks: draft.risks.map(({ description, mitigation }) => ({ description, mitigation })),
      portfolioHolderId: draft.portfolioHolderId || null,
      leadId: draft.leadId || null,
      participation: draft.participation,
      status: draft.status,
      priority,
      mandate: {
        scope: draft.mandate.scope,
        budgetCeilingCents,
        validFrom: draft.mandate.validFrom || null,
        validUntil: draft.mandate.validUntil || null,
        reportBackDates: draft.mandate.reportBackDates.map((d) => d.date),
        escalation: draft.mandate.escalation,
      },
      budgetLines,
      capacityLines,
      kpis: draft.kpis.map(({ key: _key, ...kpi }) => ({
        ...kpi,
        targetDate: kpi.targetDate || null,
        broadProsperityTheme: kpi.broadProsperityTheme || null,
      })),
      participantIds: draft.participation === 'opt_in' ? draft.participantIds : [],
      linkedAssignmentIds: draft.linkedAssignmentIds,
      externalProgrammeIds: draft.externalProgrammeIds,
      contributionKey: contributionKey.key,
    },
  };
}
