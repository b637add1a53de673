import { parseEuros } from '../../../lib/euro-input';
import type { BudgetLineDraft } from './assignment-draft';
import type { ContributionParts } from '../../../components/contribution-key/contribution-parts';
import { EXTRA } from './payers-draft';

export type {
  ContributionParts,
  ExtraPart,
} from '../../../components/contribution-key/contribution-parts';

/**
 * Splits the typed budget lines the way the API counts a programme's contribution: only lines of
 * the programme's year; member contributions by the key; each extra contribution over the payers
 * it names (one stored before payers existed still by the key, until it names them).
 */
export function contributionParts(
  lines: readonly BudgetLineDraft[],
  programmeYear: number,
): ContributionParts {
  const parts: ContributionParts = {
    keyAmountCents: 0,
    extras: [],
    pendingExtras: [],
    otherYears: [],
    unreadable: 0,
  };
  const other = new Map<number, number>();
  lines.forEach((line, i) => {
    if (line.fundingSource !== 'member_contribution' && line.fundingSource !== EXTRA) return;
    const cents = parseEuros(line.amount);
    const year = /^\d{4}$/.test(line.year.trim()) ? Number(line.year) : null;
    if (cents === null || year === null) {
      parts.unreadable += 1;
    } else if (year !== programmeYear) {
      other.set(year, (other.get(year) ?? 0) + cents);
    } else if (line.fundingSource === 'member_contribution') {
      parts.keyAmountCents += cents;
    } else if (line.payerIds.length > 0 && line.payerSplit) {
      parts.extras.push({
        n: i + 1,
        amountCents: cents,
        split: line.payerSplit,
        payers: line.payerIds.map((municipalityId) => ({
          municipalityId,
          amountCents:
            line.payerSplit === 'fixed_amounts'
              ? parseEuros(line.payerAmounts[municipalityId] ?? '')
              : null,
        })),
      });
    } else if (line.needsPayers && line.payerIds.length === 0) {
      parts.keyAmountCents += cents;
    } else {
      parts.pendingExtras.push(i + 1);
    }
  });
  parts.otherYears = [...other]
    .sort(([a], [b]) => a - b)
    .map(([year, amountCents]) => ({ year, amountCents }));
  return parts;
}
