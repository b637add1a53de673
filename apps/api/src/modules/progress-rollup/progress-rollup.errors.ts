import { KoersError } from '../../common/koers-error';

export const bestuursrapportageNotFound = (periodId: string) =>
  new KoersError(
    'BESTUURSRAPPORTAGE_NOT_FOUND',
    404,
    `De bestuursrapportage over periode ${periodId} is er (nog) niet.`,
  );

export const bestuursrapportageAlreadyFinal = (version: number) =>
  new KoersError(
    'BESTUURSRAPPORTAGE_ALREADY_FINAL',
    409,
    `Deze bestuursrapportage is al definitief (versie ${version}).`,
    { version },
  );
