import type { PayerSplit } from '@koers/contracts';

/** An extra contribution of the programme's year that names its payers and how they split it. */
export interface ExtraPart {
  /** 1-based, as the form names the line. */
  n: number;
  amountCents: number;
  payers: { municipalityId: string; amountCents: number | null }[];
  split: PayerSplit;
}

/** The members' money of an assignment as typed now, by how it is split. */
export interface ContributionParts {
  /** Member contributions of the programme's year, and extra ones stored before payers existed. */
  keyAmountCents: number;
  extras: ExtraPart[];
  /** Extra contributions of the year that do not say yet who pays (line numbers). */
  pendingExtras: number[];
  /** Members' money of other years: asked by those years' programmes, not by this one. */
  otherYears: { year: number; amountCents: number }[];
  /** Lines whose amount or year cannot be read yet. */
  unreadable: number;
}

/** No money of the members yet: a preview of nothing. */
export const noParts = (keyAmountCents = 0): ContributionParts => ({
  keyAmountCents,
  extras: [],
  pendingExtras: [],
  otherYears: [],
  unreadable: 0,
});
