import { KoersError } from '../../common/koers-error';
import { versionConflict } from '../../common/version';

export const regionNotFound = (id: string) =>
  new KoersError('REGION_NOT_FOUND', 404, `Regio ${id} bestaat niet.`, { params: { id } });

export const regionShortNameTaken = (shortName: string) =>
  new KoersError(
    'REGION_SHORT_NAME_TAKEN',
    409,
    `Er is al een regio met de korte naam ${shortName}; kies een andere.`,
    { params: { shortName } },
  );

export const regionInUse = (name: string, what: string) =>
  new KoersError('REGION_IN_USE', 409, `Regio ${name} heeft nog ${what}; verwijder die eerst.`, {
    params: { name, what },
  });

export const regionVersionConflict = (currentVersion: number) =>
  versionConflict(
    'REGION_VERSION_CONFLICT',
    'Iemand anders heeft deze regio intussen gewijzigd',
    currentVersion,
  );
