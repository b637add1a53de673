import type {
  AssignmentResponse,
  AssignmentStatus,
  BroadProsperityTheme,
  FundingSource,
  Participation,
} from '@koers/contracts';
import { centsToEuroInput } from '../../../lib/euro-input';
import { keyDraftFrom, type KeyDraft } from '../../../components/contribution-key/key-draft';
import { emptyPayers, payersDraftFrom, type PayersDraft } from './payers-draft';

/**
 * The assignment as the form holds it: every number as the text the user typed (so nothing is
 * lost or rounded while typing), every list item with a stable key for React and for focus.
 */
export interface ResultDraft {
  key: string;
  text: string;
}
export interface RiskDraft {
  key: string;
  description: string;
  mitigation: string;
}
export interface KpiDraft {
  key: string;
  name: string;
  unit: string;
  baseline: string;
  target: string;
  targetDate: string;
  broadProsperityTheme: BroadProsperityTheme | '';
}
export interface BudgetLineDraft extends PayersDraft {
  key: string;
  fundingSource: FundingSource;
  sourceName: string;
  year: string;
  amount: string;
}
export interface CapacityLineDraft {
  key: string;
  supplierOrganisationId: string;
  supplierName: string;
  year: string;
  unit: 'fte' | 'hours';
  quantity: string;
}
export interface DateDraft {
  key: string;
  date: string;
}
export interface MandateDraft {
  scope: string;
  budgetCeiling: string;
  validFrom: string;
  validUntil: string;
  reportBackDates: DateDraft[];
  escalation: string;
}

export interface AssignmentDraft {
  themeId: string;
  code: string;
  title: string;
  goal: string;
  results: ResultDraft[];
  risks: RiskDraft[];
  portfolioHolderId: string;
  leadId: string;
  participation: Participation;
  status: AssignmentStatus;
  priority: string;
  mandate: MandateDraft;
  budgetLines: BudgetLineDraft[];
  capacityLines: CapacityLineDraft[];
  kpis: KpiDraft[];
  participantIds: string[];
  linkedAssignmentIds: string[];
  externalProgrammeIds: string[];
  /** The assignment's own key, or `inherit` for the programme's. */
  contributionKey: KeyDraft;
}

let counter = 0;
export const newKey = () => `item-${++counter}`;

export const emptyBudgetLine = (year: number): BudgetLineDraft => ({
  key: newKey(),
  fundingSource: 'member_contribution',
  sourceName: '',
  year: String(year),
  amount: '',
  ...emptyPayers(),
});

export const emptyCapacityLine = (year: number): CapacityLineDraft => ({
  key: newKey(),
  supplierOrganisationId: '',
  supplierName: '',
  year: String(year),
  unit: 'fte',
  quantity: '',
});

export const emptyKpi = (): KpiDraft => ({
  key: newKey(),
  name: '',
  unit: '',
  baseline: '',
  target: '',
  targetDate: '',
  broadProsperityTheme: '',
});

export function emptyDraft(themeId = ''): AssignmentDraft {
  return {
    themeId,
    code: '',
    title: '',
    goal: '',
    results: [],
    risks: [],
    portfolioHolderId: '',
    leadId: '',
    participation: 'all',
    status: 'concept',
    priority: '3',
    mandate: {
      scope: '',
      budgetCeiling: '',
      validFrom: '',
      validUntil: '',
      reportBackDates: [],
      escalation: '',
    },
    budgetLines: [],
    capacityLines: [],
    kpis: [],
    participantIds: [],
    linkedAssignmentIds: [],
    externalProgrammeIds: [],
    contributionKey: keyDraftFrom(null),
  };
}

export function draftFromAssignment(a: AssignmentResponse): AssignmentDraft {
  return {
    themeId: a.themeId,
    code: a.code,
    title: a.title,
    goal: a.goal,
    results: a.results.map((text) => ({ key: newKey(), text })),
    risks: a.risks.map((r) => ({ key: newKey(), ...r })),
    portfolioHolderId: a.portfolioHolderId ?? '',
    leadId: a.leadId ?? '',
    participation: a.participation,
    status: a.status,
    priority: String(a.priority),
    mandate: {
      scope: a.mandate.scope,
      budgetCeiling:
        a.mandate.budgetCeilingCents === null ? '' : centsToEuroInput(a.mandate.budgetCeilingCents),
      validFrom: a.mandate.validFrom ?? '',
      validUntil: a.mandate.validUntil ?? '',
      reportBackDates: a.mandate.reportBackDates.map((date) => ({ key: newKey(), date })),
      escalation: a.mandate.escalation,
    },
    budgetLines: a.budgetLines.map((line) => ({
      key: newKey(),
      fundingSource: line.fundingSource,
      sourceName: line.sourceName,
      year: String(line.year),
      amount: centsToEuroInput(line.amountCents),
      ...payersDraftFrom(line),
    })),
    capacityLines: a.capacityLines.map((line) => ({
      key: newKey(),
      supplierOrganisationId: line.supplierOrganisationId ?? '',
      supplierName: line.supplierName,
      year: String(line.year),
      unit: line.hours !== null ? 'hours' : 'fte',
      quantity: line.hours !== null ? String(line.hours) : String(line.fte ?? '').replace('.', ','),
    })),
    kpis: a.kpis.map((kpi) => ({
      key: newKey(),
      ...kpi,
      targetDate: kpi.targetDate ?? '',
      broadProsperityTheme: kpi.broadProsperityTheme ?? '',
    })),
    participantIds: [...a.participantIds],
    linkedAssignmentIds: [...a.linkedAssignmentIds],
    externalProgrammeIds: [...a.externalProgrammeIds],
    contributionKey: keyDraftFrom(a.contributionKey),
  };
}

/** Moves item `index` by `delta` places; out of range is a no-op. */
export function move<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item);
  return copy;
}

export const replaceAt = <T>(list: readonly T[], index: number, patch: Partial<T>): T[] =>
  list.map((item, i) => (i === index ? { ...item, ...patch } : item));

export const removeAt = <T>(list: readonly T[], index: number): T[] =>
  list.filter((_, i) => i !== index);
