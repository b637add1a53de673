import type { ContributionKeySpec, FieldError } from '@koers/contracts';
import { EntityManager } from 'typeorm';
import { ValidationFailedError } from '../../common/koers-error';
import { assertIdsInRegion, eachId, IdReference } from '../../common/region-ids';
import { ContributionKeyDto } from './dto/contribution-key.dto';

/**
 * Checks what the DTO cannot: the shares per municipality are whole basis points for
 * municipalities of the region, and each key type has what it needs. 400 naming the field.
 */
export async function checkContributionKey(
  manager: EntityManager,
  regionId: string,
  key: ContributionKeyDto | null | undefined,
  field = 'contributionKey',
): Promise<void> {
  if (!key) return;
  const errors: FieldError[] = [];
  const shares = key.basisPointsByMunicipality;
  const shareIds = Object.keys(shares ?? {});
  for (const id of shareIds) {
    const value = shares![id];
    if (!Number.isInteger(value) || value < 0 || value > 10_000) {
      errors.push({
        field: `${field}.basisPointsByMunicipality.${id}`,
        message: 'moet een geheel aantal basispunten tussen 0 en 10000 zijn',
      });
    }
  }
  if (key.type === 'custom_percentages' && shareIds.length === 0) {
    errors.push({
      field: `${field}.basisPointsByMunicipality`,
      message: 'is verplicht bij custom_percentages',
    });
  }
  if (key.type === 'fixed_plus_per_inhabitant' && key.fixedShareBasisPoints === undefined) {
    errors.push({
      field: `${field}.fixedShareBasisPoints`,
      message: 'is verplicht bij fixed_plus_per_inhabitant',
    });
  }
  if (errors.length > 0) throw new ValidationFailedError(errors);
  const references: IdReference[] = [
    ...shareIds.map((id) => ({
      field: `${field}.basisPointsByMunicipality.${id}`,
      table: 'municipalities' as const,
      id,
    })),
    ...eachId(
      `${field}.surcharge.municipalityIds`,
      'municipalities',
      key.surcharge?.municipalityIds,
    ),
  ];
  await assertIdsInRegion(manager, regionId, references);
}

/** The key as stored: only the fields the type uses, ids in lower case. */
export function normaliseContributionKey(
  key: ContributionKeyDto | null | undefined,
): ContributionKeySpec | null {
  if (!key) return null;
  const stored: ContributionKeySpec = { type: key.type };
  if (key.fixedShareBasisPoints !== undefined) {
    stored.fixedShareBasisPoints = key.fixedShareBasisPoints;
  }
  if (key.basisPointsByMunicipality) {
    stored.basisPointsByMunicipality = Object.fromEntries(
      Object.entries(key.basisPointsByMunicipality).map(([id, bp]) => [id.toLowerCase(), bp]),
    );
  }
  if (key.surcharge) {
    stored.surcharge = {
      municipalityIds: key.surcharge.municipalityIds.map((id) => id.toLowerCase()),
      basisPoints: key.surcharge.basisPoints,
    };
  }
  return stored;
}
