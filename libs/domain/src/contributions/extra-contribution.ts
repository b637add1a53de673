import { allocateCentsByQuota } from '../money/allocate-cents';
import { ContributingMunicipality, ContributionSplitError } from './contribution-split';

/**
 * How an `extra_member_contribution` line is split over the municipalities it names:
 * `equal` parts, `per_inhabitant` (population at the programme's reference date), or
 * `fixed_amounts` (each payer's `amountCents`, which must add up to the line's amount).
 */
export type PayerSplit = 'equal' | 'per_inhabitant' | 'fixed_amounts';
export const PAYER_SPLITS: readonly PayerSplit[] = ['equal', 'per_inhabitant', 'fixed_amounts'];

/** The budget lines whose money the member municipalities bring in. */
export const MEMBER_FUNDING = ['member_contribution', 'extra_member_contribution'] as const;
export const EXTRA_FUNDING = 'extra_member_contribution';

export interface ExtraContributionPayer {
  municipalityId: string;
  /** `fixed_amounts` only. */
  amountCents?: number | null;
}

export interface ExtraContributionLine {
  fundingSource: string;
  amountCents: number;
  payers?: readonly ExtraContributionPayer[] | null;
  payerSplit?: PayerSplit | null;
}

/** A problem with a line's payers: `field` is relative to the line (`payers.2.amountCents`). */
export interface PayerProblem {
  field: string;
  message: string;
}

const euros = (cents: number) =>
  `€ ${(cents / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/**
 * What is wrong with the payers of a budget line, in Dutch, each naming its field (empty when
 * nothing is): an extra contribution names one or more payers, each once, and how it is split;
 * fixed amounts are whole cents and add up to the line; other lines name no payers.
 */
export function checkLinePayers(line: ExtraContributionLine): PayerProblem[] {
  const payers = line.payers ?? null;
  if (line.fundingSource !== EXTRA_FUNDING) {
    const problems: PayerProblem[] = [];
    if (payers !== null) {
      problems.push({ field: 'payers', message: 'alleen een extra bijdrage noemt betalers' });
    }
    if (line.payerSplit) {
      problems.push({
        field: 'payerSplit',
        message: 'alleen een extra bijdrage heeft een verdeling',
      });
    }
    return problems;
  }
  const problems: PayerProblem[] = [];
  if (!payers || payers.length === 0) {
    problems.push({
      field: 'payers',
      message: 'noem de gemeenten die deze extra bijdrage betalen',
    });
  }
  if (!line.payerSplit) {
    problems.push({
      field: 'payerSplit',
      message: 'kies hoe de extra bijdrage verdeeld wordt (gelijk, per inwoner of vaste bedragen)',
    });
  }
  const seen = new Set<string>();
  (payers ?? []).forEach((payer, i) => {
    const id = payer.municipalityId.toLowerCase();
    if (seen.has(id)) {
      problems.push({ field: `payers.${i}.municipalityId`, message: 'staat al in de lijst' });
    }
    seen.add(id);
    const amount = payer.amountCents;
    if (line.payerSplit === 'fixed_amounts') {
      if (amount === null || amount === undefined) {
        problems.push({ field: `payers.${i}.amountCents`, message: 'vul het vaste bedrag in' });
      } else if (!Number.isSafeInteger(amount) || amount < 0) {
        problems.push({
          field: `payers.${i}.amountCents`,
          message: 'moet een heel aantal centen van 0 of meer zijn',
        });
      }
    } else if (amount !== null && amount !== undefined) {
      problems.push({
        field: `payers.${i}.amountCents`,
        message: 'alleen bij vaste bedragen',
      });
    }
  });
  const problem = fixedAmountsProblem(line);
  if (problem) problems.push(problem);
  return problems;
}

/** Fixed amounts that do not add up to the line; null when they do (or the split is another). */
export function fixedAmountsProblem(line: ExtraContributionLine): PayerProblem | null {
  if (line.payerSplit !== 'fixed_amounts' || !line.payers || line.payers.length === 0) return null;
  const amounts = line.payers.map((p) => p.amountCents);
  if (amounts.some((a) => a === null || a === undefined || !Number.isSafeInteger(a) || a < 0)) {
    return null; // each such amount has its own problem
  }
  const sum = (amounts as number[]).reduce((total, a) => total + a, 0);
  if (sum === line.amountCents) return null;
  return {
    field: 'payers',
    message: `de vaste bedragen tellen op tot ${euros(sum)}, de regel is ${euros(line.amountCents)}`,
  };
}

/** Larger population first, then the smaller id: the tie-break of every split. */
function inSplitOrder(
  municipalities: readonly ContributingMunicipality[],
  ids: ReadonlySet<string>,
): ContributingMunicipality[] {
  return municipalities
    .filter((m) => ids.has(m.id))
    .sort(
      (a, b) =>
        (b.population ?? -1) - (a.population ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/**
 * Splits an extra contribution over the payers it names, exactly (whole cents summing to the
 * amount). A named payer whose council declined the assignment (`declinedIds`) does not pay: a
 * bureau expects the members that agreed to carry the extra to carry it whole, so its part goes
 * to the remaining payers by the same rule (equal parts, per inhabitant, or in proportion to
 * their fixed amounts — when those are all 0, in equal parts). When every named payer declined,
 * the line cannot be split (NO_PAYERS), as an assignment whose participants all declined.
 * Returns cents per remaining payer (non-payers are left out).
 */
export function splitExtraContribution(
  amountCents: number,
  municipalities: readonly ContributingMunicipality[],
  payers: readonly ExtraContributionPayer[],
  split: PayerSplit,
  declinedIds: Iterable<string> = [],
): Record<string, number> {
  const declined = new Set(declinedIds);
  const fixed = new Map(payers.map((p) => [p.municipalityId, p.amountCents ?? 0]));
  const remaining = inSplitOrder(
    municipalities,
    new Set(payers.map((p) => p.municipalityId).filter((id) => !declined.has(id))),
  );
  if (amountCents === 0) return Object.fromEntries(remaining.map((m) => [m.id, 0]));
  if (remaining.length === 0) {
    throw new ContributionSplitError(
      'NO_PAYERS',
      'Geen van de gemeenten die de extra bijdrage zouden betalen, doet nog mee.',
    );
  }
  let weights: bigint[];
  if (split === 'per_inhabitant') {
    const unknown = remaining.filter((m) => m.population === null || m.population === undefined);
    if (unknown.length > 0) {
      throw new ContributionSplitError(
        'POPULATION_UNKNOWN',
        `Van ${unknown.length === 1 ? '1 gemeente' : `${unknown.length} gemeenten`} is het inwonertal op de peildatum niet bekend.`,
        unknown.map((m) => m.id),
      );
    }
    weights = remaining.map((m) => BigInt(m.population as number));
  } else if (split === 'fixed_amounts') {
    weights = remaining.map((m) => BigInt(fixed.get(m.id) ?? 0));
    if (weights.every((w) => w === 0n)) weights = remaining.map(() => 1n);
  } else {
    weights = remaining.map(() => 1n);
  }
  const cents = allocateCentsByQuota(amountCents, weights);
  return Object.fromEntries(remaining.map((m, i) => [m.id, cents[i]]));
}

/** Sums the members' money (member and extra contribution lines) of one year. */
export function memberAmountOfYear(
  lines: readonly { fundingSource: string; year: number; amountCents: number }[],
  year: number,
): number {
  return lines
    .filter(
      (l) => l.year === year && (MEMBER_FUNDING as readonly string[]).includes(l.fundingSource),
    )
    .reduce((sum, l) => sum + l.amountCents, 0);
}
