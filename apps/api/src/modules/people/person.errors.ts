import { KoersError, ValidationFailedError } from '../../common/koers-error';
import { versionConflict } from '../../common/version';

export const personNotFound = (id: string) =>
  new KoersError('PERSON_NOT_FOUND', 404, `Persoon ${id} bestaat niet in deze regio.`, {
    params: { id },
  });

export const personInUse = (name: string, what: string) =>
  new KoersError(
    'PERSON_IN_USE',
    409,
    `${name} wordt nog genoemd in ${what}; haal die verwijzingen eerst weg.`,
    { params: { name, what } },
  );

export const notInRegion = (field: 'organisationId' | 'municipalityId') =>
  new ValidationFailedError([
    {
      field,
      message:
        field === 'organisationId'
          ? 'deze organisatie bestaat niet in deze regio'
          : 'deze gemeente bestaat niet in deze regio',
    },
  ]);

export const personVersionConflict = (currentVersion: number) =>
  versionConflict(
    'PERSON_VERSION_CONFLICT',
    'Iemand anders heeft deze persoon intussen gewijzigd',
    currentVersion,
  );
