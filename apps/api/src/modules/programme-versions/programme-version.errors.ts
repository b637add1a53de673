import { KoersError } from '../../common/koers-error';

export const programmeVersionNotFound = (programmeId: string | null, number: string | number) =>
  new KoersError(
    'PROGRAMME_VERSION_NOT_FOUND',
    404,
    programmeId
      ? `Programma ${programmeId} heeft geen versie ${number}.`
      : `Versie ${number} bestaat niet; een versienummer is een geheel getal vanaf 1.`,
    { params: { programmeId: programmeId ?? '', number: String(number).slice(0, 60) } },
  );
