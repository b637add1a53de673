import { KoersError } from '../../common/koers-error';

export const externalProgrammeNotFound = (id: string) =>
  new KoersError('EXTERNAL_PROGRAMME_NOT_FOUND', 404, `Extern programma ${id} bestaat niet.`, {
    params: { id },
  });
