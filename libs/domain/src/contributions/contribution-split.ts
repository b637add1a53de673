import { allocateCentsByQuota } from '../money/allocate-cents';

/** How the members' contribution to an assignment is split over the municipalities that pay. */
export type ContributionKeyType =
  'per_inhabitant' | 'fixed_plus_per_inhabitant' | 'custom_percentages';
export const CONTRIBUTION_KEY_TYPES: readonly ContributionKeyType[] = [
  'per_inhabitant',
  'fixed_plus_per_inhabitant',
  'custom_percentages',
];

/** Shares are whole basis points (1/100 of a percent), so no key ever needs a float. */
export const FULL = 10_000;

/**
 * A cost-sharing key as stored on a programme or (as override) an assignment; its `type` is one
 * of the key types, the rest says how.
 */
export interface ContributionKeySpec {
  type: ContributionKeyType;
  /** fixed_plus_per_inhabitant: the part split equally over the payers, in basis points. */
  fixedShareBasisPoints?: number;
  /** custom_percentages: each municipality's share in basis points (payers' shares are rescaled). */
  basisPointsByMunicipality?: Record<string, number>;
  /** The main beneficiaries pay this part on top, split over them by population. */
  surcharge?: { municipalityIds: string[]; basisPoints: number } | null;
}

export interface ContributingMunicipality {
  id: string;
  /** Inhabitants at the programme's reference date; null when not known. */
  population: number | null;
}

export class ContributionSplitError extends Error {
  constructor(
    readonly code: 'POPULATION_UNKNOWN' | 'NO_PAYERS' | 'INVALID_KEY',
    message: string,
    readonly municipalityIds: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ContributionSplitError';
  }
}

/**
 * Splits `amountCents` over `payerIds` (the participants that did not decline) by `key`, exactly:
 * integer cents, never negative, summing to the amount. Every member of `municipalities` gets an
 * entry; non-payers get 0. Ties go to the larger population, then the smaller id, so the result
 * never depends on input order and a larger municipality never pays less under the same rule.
 *
 * A composite key (a fixed part and a part by population, a surcharge on top) is split in ONE
 * pass: each payer's exact rational share of the whole amount is summed from its parts over one
 * common denominator, and the largest-remainder method rounds that combined share. Rounding the
 * parts separately could put a payer up to two cents away from its exact share (two equal
 * municipalities, € 38.109.029,70, fixed part 14,84%: 1.905.451.486 and 1.905.451.484 cents
 * instead of 1.905.451.485 each); in one pass every share is within one cent of exact.
 */
export function splitContribution(
  amountCents: number,
  municipalities: readonly ContributingMunicipality[],
  payerIds: Iterable<string>,
  key: ContributionKeySpec,
): Record<string, number> {
  const payerSet = new Set(payerIds);
  const payers = municipalities
    .filter((m) => payerSet.has(m.id))
    .sort(
      (a, b) =>
        (b.population ?? -1) - (a.population ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const shares: Record<string, number> = Object.fromEntries(municipalities.map((m) => [m.id, 0]));
  if (amountCents === 0) return shares;
  if (payers.length === 0) {
    throw new ContributionSplitError(
      'NO_PAYERS',
      'Er is geen gemeente die voor deze opdracht betaalt.',
    );
  }

  const beneficiaries = key.surcharge
    ? payers.filter((m) => key.surcharge!.municipalityIds.includes(m.id))
    : [];
  const surchargeBasisPoints = beneficiaries.length > 0 ? key.surcharge!.basisPoints : 0;
  assertBasisPoints(surchargeBasisPoints, 'surcharge');

  // The key part as weights k over the payers (share of the key part: k_i / K).
  const keyWeights = keyPartWeights(payers, key);
  const K = keyWeights.reduce((sum, w) => sum + w, 0n);
  let weights = keyWeights;
  if (surchargeBasisPoints > 0) {
    // The surcharge part by population over the beneficiaries (g_i / G). Combined exact share
    // of payer i: s/FULL · g_i/G + (FULL−s)/FULL · k_i/K, i.e. numerator w_i over FULL·G·K.
    const surchargePopulations = populations(beneficiaries).map(BigInt);
    const G = surchargePopulations.reduce((sum, p) => sum + p, 0n);
    const s = BigInt(surchargeBasisPoints);
    const rest = BigInt(FULL) - s;
    const g = new Map(beneficiaries.map((m, i) => [m.id, surchargePopulations[i]]));
    weights = payers.map((m, i) => s * (g.get(m.id) ?? 0n) * K + rest * keyWeights[i] * G);
  }
  allocateCentsByQuota(amountCents, weights).forEach((cents, i) => (shares[payers[i].id] = cents));
  return shares;
}

/** The key part's weights over the payers (in the payers' order), as exact integers. */
function keyPartWeights(
  payers: readonly ContributingMunicipality[],
  key: ContributionKeySpec,
): bigint[] {
  switch (key.type) {
    case 'per_inhabitant':
      return populations(payers).map(BigInt);
    case 'fixed_plus_per_inhabitant': {
      const fixed = key.fixedShareBasisPoints ?? 5_000;
      assertBasisPoints(fixed, 'fixed share');
      // f/FULL · 1/n + (FULL−f)/FULL · pop_i/P, over the common denominator FULL·n·P.
      if (fixed === FULL) return payers.map(() => 1n);
      const pops = populations(payers).map(BigInt);
      const P = pops.reduce((sum, p) => sum + p, 0n);
      const n = BigInt(payers.length);
      return pops.map((p) => BigInt(fixed) * P + BigInt(FULL - fixed) * n * p);
    }
    case 'custom_percentages': {
      const weights = payers.map((m) => key.basisPointsByMunicipality?.[m.id] ?? 0);
      weights.forEach((w) => assertBasisPoints(w, 'municipality share'));
      if (weights.every((w) => w === 0)) {
        throw new ContributionSplitError(
          'INVALID_KEY',
          'Geen van de betalende gemeenten heeft een aandeel in de verdeelsleutel.',
        );
      }
      return weights.map(BigInt);
    }
  }
}

function populations(group: readonly ContributingMunicipality[]): number[] {
  const unknown = group.filter((m) => m.population === null || m.population === undefined);
  if (unknown.length > 0) {
    throw new ContributionSplitError(
      'POPULATION_UNKNOWN',
      `Van ${unknown.length === 1 ? '1 gemeente' : `${unknown.length} gemeenten`} is het inwonertal op de peildatum niet bekend.`,
      unknown.map((m) => m.id),
    );
  }
  return group.map((m) => m.population as number);
}

function assertBasisPoints(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0 || value > FULL) {
    throw new ContributionSplitError(
      'INVALID_KEY',
      `${name} must be whole basis points between 0 and ${FULL}, got ${value}`,
    );
  }
}
