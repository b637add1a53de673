import { allocateCents } from '../money/allocate-cents';

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

export interface ContributionKey {
  type: ContributionKeyType;
  /** fixed_plus_per_inhabitant: the part split equally over the payers, in basis points. */
  fixedShareBasisPoints?: number;
  /** custom_percentages: each municipality's share in basis points (payers' shares are rescaled). */
  basisPointsByMunicipality?: Record<string, number>;
  /** The main beneficiaries pay this part on top, split over them by population. */
  surcharge?: { municipalityIds: readonly string[]; basisPoints: number } | null;
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
 */
export function splitContribution(
  amountCents: number,
  municipalities: readonly ContributingMunicipality[],
  payerIds: Iterable<string>,
  key: ContributionKey,
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

  const surchargePayers = key.surcharge
    ? payers.filter((m) => key.surcharge!.municipalityIds.includes(m.id))
    : [];
  const surchargeBasisPoints = surchargePayers.length > 0 ? key.surcharge!.basisPoints : 0;
  assertBasisPoints(surchargeBasisPoints, 'surcharge');
  const [surchargeCents, keyCents] = allocateCents(amountCents, [
    surchargeBasisPoints,
    FULL - surchargeBasisPoints,
  ]);

  const add = (group: readonly ContributingMunicipality[], parts: number[]) =>
    group.forEach((m, i) => (shares[m.id] += parts[i]));

  if (surchargeCents > 0)
    add(surchargePayers, allocateCents(surchargeCents, populations(surchargePayers)));

  switch (key.type) {
    case 'per_inhabitant':
      add(payers, allocateCents(keyCents, populations(payers)));
      break;
    case 'fixed_plus_per_inhabitant': {
      const fixed = key.fixedShareBasisPoints ?? 5_000;
      assertBasisPoints(fixed, 'fixed share');
      const [equalCents, populationCents] = allocateCents(keyCents, [fixed, FULL - fixed]);
      add(
        payers,
        allocateCents(
          equalCents,
          payers.map(() => 1),
        ),
      );
      if (populationCents > 0) add(payers, allocateCents(populationCents, populations(payers)));
      break;
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
      add(payers, allocateCents(keyCents, weights));
      break;
    }
  }
  return shares;
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
