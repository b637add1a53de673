import type { BudgetLine, BudgetLineResponse, PayerSplit } from '@koers/contracts';
import { centsToEuroInput, parseEuros } from '../../../lib/euro-input';

/** Who pays an extra contribution, as the form holds it: amounts as typed. */
export interface PayersDraft {
  /** In the region's order, so the API's `payers.<n>` paths find their input. */
  payerIds: string[];
  payerSplit: PayerSplit | '';
  /** fixed_amounts: municipality id → euros as typed. */
  payerAmounts: Record<string, string>;
  /** A line stored before payers existed: split over every participant until it names payers. */
  needsPayers: boolean;
}

export type PayersProblem = 'payersRequired' | 'payerSplit' | 'euros' | 'payersSum';

export const EXTRA = 'extra_member_contribution';

export const emptyPayers = (): PayersDraft => ({
  payerIds: [],
  payerSplit: '',
  payerAmounts: {},
  needsPayers: false,
});

export function payersDraftFrom(line: BudgetLineResponse): PayersDraft {
  const payers = line.payers ?? [];
  return {
    payerIds: payers.map((p) => p.municipalityId),
    payerSplit: line.payerSplit ?? '',
    payerAmounts: Object.fromEntries(
      payers
        .filter((p) => p.amountCents !== null && p.amountCents !== undefined)
        .map((p) => [p.municipalityId, centsToEuroInput(p.amountCents as number)]),
    ),
    needsPayers: Boolean(line.needsPayers),
  };
}

/**
 * The typed fixed amounts in cents (what cannot be read left out), whether one that is filled in
 * cannot be read, and whether every payer has a readable amount.
 */
export function fixedAmounts(draft: PayersDraft): {
  sumCents: number;
  unreadable: boolean;
  complete: boolean;
} {
  let sumCents = 0;
  let unreadable = false;
  let complete = true;
  for (const id of draft.payerIds) {
    const text = draft.payerAmounts[id] ?? '';
    const cents = parseEuros(text);
    if (cents === null) {
      complete = false;
      if (text.trim() !== '') unreadable = true;
    } else sumCents += cents;
  }
  return { sumCents, unreadable, complete };
}

/**
 * The payers part of budget line `index` as the API takes it, with the API's field paths for what
 * is missing: an extra contribution names one or more payers and a split, fixed amounts are
 * euros that add up to the line. Other lines name no payers (the fields are left out).
 */
export function payersToLine(
  index: number,
  fundingSource: string,
  amountCents: number | null,
  draft: PayersDraft,
): { part: Pick<BudgetLine, 'payers' | 'payerSplit'>; problems: Record<string, PayersProblem> } {
  const problems: Record<string, PayersProblem> = {};
  if (fundingSource !== EXTRA) return { part: {}, problems };
  const path = `budgetLines.${index}`;
  if (draft.payerIds.length === 0) problems[`${path}.payers`] = 'payersRequired';
  if (!draft.payerSplit) problems[`${path}.payerSplit`] = 'payerSplit';
  const fixed = draft.payerSplit === 'fixed_amounts';
  const payers = draft.payerIds.map((municipalityId, j) => {
    if (!fixed) return { municipalityId, amountCents: null };
    const cents = parseEuros(draft.payerAmounts[municipalityId] ?? '');
    if (cents === null) problems[`${path}.payers.${j}.amountCents`] = 'euros';
    return { municipalityId, amountCents: cents ?? 0 };
  });
  const { sumCents, complete } = fixedAmounts(draft);
  if (fixed && complete && amountCents !== null && payers.length > 0 && sumCents !== amountCents) {
    problems[`${path}.payers`] = 'payersSum';
  }
  return {
    part: { payers, payerSplit: draft.payerSplit || null },
    problems,
  };
}
