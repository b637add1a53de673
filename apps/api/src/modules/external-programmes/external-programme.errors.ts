import { KoersError } from '../../common/koers-error';
import { versionConflict } from '../../common/version';

export const externalProgrammeNotFound = (id: string) =>
  new KoersError('EXTERNAL_PROGRAMME_NOT_FOUND', 404, `Extern programma ${id} bestaat niet.`, {
    params: { id },
  });

/** Names are unique over all regions: every region links to the one row of a real programme. */
export const externalProgrammeNameTaken = (name: string) =>
  new KoersError(
    'EXTERNAL_PROGRAMME_NAME_TAKEN',
    409,
    `Er is al een extern programma met de naam ${name}; koppel opdrachten aan dat programma.`,
    { params: { name } },
  );

/** A programme shared by all regions is no one region's to change. */
export const externalProgrammeShared = (name: string) =>
  new KoersError(
    'EXTERNAL_PROGRAMME_SHARED',
    403,
    `${name} is een gedeeld programma van alle regio's; alleen een platformbeheerder wijzigt het.`,
    { params: { name } },
  );

export const externalProgrammeVersionConflict = (currentVersion: number) =>
  versionConflict(
    'EXTERNAL_PROGRAMME_VERSION_CONFLICT',
    'Iemand anders heeft dit externe programma intussen gewijzigd',
    currentVersion,
  );
