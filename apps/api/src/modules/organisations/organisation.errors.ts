import { KoersError } from '../../common/koers-error';
import { versionConflict } from '../../common/version';

export const organisationNotFound = (id: string) =>
  new KoersError('ORGANISATION_NOT_FOUND', 404, `Organisatie ${id} bestaat niet in deze regio.`, {
    params: { id },
  });

export const organisationInUse = (name: string, what: string) =>
  new KoersError(
    'ORGANISATION_IN_USE',
    409,
    `Organisatie ${name} wordt nog gebruikt door ${what}; haal die verwijzingen eerst weg.`,
    { params: { name, what } },
  );

export const organisationVersionConflict = (currentVersion: number) =>
  versionConflict(
    'ORGANISATION_VERSION_CONFLICT',
    'Iemand anders heeft deze organisatie intussen gewijzigd',
    currentVersion,
  );
