import { KoersError } from '../../common/koers-error';
import { versionConflict } from '../../common/version';

export const municipalityNotFound = (id: string) =>
  new KoersError('MUNICIPALITY_NOT_FOUND', 404, `Gemeente ${id} bestaat niet.`, { params: { id } });

export const municipalityCbsCodeTaken = (cbsCode: string) =>
  new KoersError(
    'MUNICIPALITY_CBS_CODE_TAKEN',
    409,
    `Deze regio heeft al een gemeente met CBS-code ${cbsCode}.`,
    { cbsCode },
  );

export const municipalityInUse = (name: string, what: string) =>
  new KoersError(
    'MUNICIPALITY_IN_USE',
    409,
    `Gemeente ${name} wordt nog gebruikt door ${what}; haal die verwijzingen eerst weg.`,
    { params: { name, what } },
  );

export const municipalityVersionConflict = (currentVersion: number) =>
  versionConflict(
    'MUNICIPALITY_VERSION_CONFLICT',
    'Iemand anders heeft deze gemeente intussen gewijzigd',
    currentVersion,
  );

export const populationDateTaken = (name: string, referenceDate: string) =>
  new KoersError(
    'POPULATION_DATE_TAKEN',
    409,
    `${name} heeft al een inwonertal op ${referenceDate}; pas dat aan via de gemeente of kies een andere datum.`,
    { referenceDate, params: { name } },
  );
