import type { ExtraContributionSplit, FundingSource, PayerSplit } from '@koers/contracts';
import {
  ContributingMunicipality,
  ContributionKeySpec,
  MEMBER_FUNDING,
  splitContribution,
  splitExtraContribution,
} from '@koers/domain';

const MEMBER_SOURCES: ReadonlySet<string> = new Set(MEMBER_FUNDING);

/** A budget line as a split reads it (from the database or a frozen programme version). */
export interface SplitBudgetLine {
  fundingSource: FundingSource;
  amountCents: number;
  year: number;
  sourceName?: string;
  /** Its position among all the assignment's lines; the index in the list when left out. */
  position?: number;
  /** Left out / null: an extra contribution stored before payers existed (or another source). */
  payers?: readonly { municipalityId: string; amountCents?: number | null }[] | null;
  payerSplit?: PayerSplit | null;
}

/** An extra contribution line that has no payers yet: split by the assignment's key (the old way). */
export const needsPayers = (line: Pick<SplitBudgetLine, 'fundingSource' | 'payers'>): boolean =>
  line.fundingSource === 'extra_member_contribution' && !line.payers?.length;

/** What an assignment asks of its members in one year, split. */
export interface YearSplit {
  amountCents: number;
  /** Cents per member municipality (0 for those that do not pay). */
  shares: Record<string, number>;
  /** Who pays anything: the key's payers and the remaining named payers of extra lines. */
  payingIds: string[];
  extraContributions: ExtraContributionSplit[];
}

/**
 * The members' money of `year` of one assignment, split: its member_contribution lines and the
 * extra contributions without payers (old lines, until edited) by the key over `payerIds`; each
 * extra contribution with payers only over its named payers minus those that declined
 * (`declinedIds`). Lines of other years are not part of it. Throws ContributionSplitError.
 */
export function splitAssignmentYear(
  lines: readonly SplitBudgetLine[],
  year: number,
  municipalities: readonly ContributingMunicipality[],
  payerIds: readonly string[],
  declinedIds: ReadonlySet<string>,
  key: ContributionKeySpec,
): YearSplit {
  const shares: Record<string, number> = Object.fromEntries(municipalities.map((m) => [m.id, 0]));
  let keyCents = 0;
  let amountCents = 0;
  let namedExtras = 0;
  for (const line of lines) {
    if (line.year !== year || !MEMBER_SOURCES.has(line.fundingSource)) continue;
    amountCents += line.amountCents;
    if (line.fundingSource === 'member_contribution' || needsPayers(line)) {
      keyCents += line.amountCents;
    } else namedExtras += 1;
  }
  // The key's payers are concerned unless the year asks only named extra contributions.
  const paying = new Set<string>(keyCents > 0 || namedExtras === 0 ? payerIds : []);
  for (const [id, cents] of Object.entries(
    splitContribution(keyCents, municipalities, payerIds, key),
  )) {
    shares[id] += cents;
  }
  const extraContributions = lines.flatMap((line, index): ExtraContributionSplit[] => {
    if (line.year !== year || line.fundingSource !== 'extra_member_contribution') return [];
    const base = {
      budgetLineIndex: line.position ?? index,
      sourceName: line.sourceName ?? '',
      amountCents: line.amountCents,
    };
    if (needsPayers(line)) {
      return [
        {
          ...base,
          payerSplit: null,
          namedPayerIds: [],
          declinedByIds: [],
          shares: [],
          needsPayers: true,
        },
      ];
    }
    const named = line.payers!.map((p) => p.municipalityId);
    const split = splitExtraContribution(
      line.amountCents,
      municipalities,
      line.payers!,
      line.payerSplit ?? 'equal',
      declinedIds,
    );
    for (const [id, cents] of Object.entries(split)) {
      if (!(id in shares)) continue;
      shares[id] += cents;
      paying.add(id);
    }
    return [
      {
        ...base,
        payerSplit: line.payerSplit ?? 'equal',
        namedPayerIds: named,
        declinedByIds: named.filter((id) => declinedIds.has(id)),
        shares: Object.entries(split).map(([municipalityId, cents]) => ({
          municipalityId,
          amountCents: cents,
        })),
        needsPayers: false,
      },
    ];
  });
  return {
    amountCents,
    shares,
    payingIds: municipalities.map((m) => m.id).filter((id) => paying.has(id)),
    extraContributions,
  };
}

/** The later years (after `year`) in which the lines ask the members for money, ascending. */
export function laterMemberYears(lines: readonly SplitBudgetLine[], year: number): number[] {
  const years = new Set(
    lines.filter((l) => l.year > year && MEMBER_SOURCES.has(l.fundingSource)).map((l) => l.year),
  );
  return [...years].sort((a, b) => a - b);
}
