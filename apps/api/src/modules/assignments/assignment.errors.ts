import { KoersError } from '../../common/koers-error';

export const assignmentNotFound = (id: string) =>
  new KoersError('ASSIGNMENT_NOT_FOUND', 404, `Opdracht ${id} bestaat niet.`, { params: { id } });

export const assignmentCodeTaken = (code: string) =>
  new KoersError(
    'ASSIGNMENT_CODE_TAKEN',
    409,
    `Dit programma heeft al een opdracht met code ${code}; kies een andere code.`,
    { params: { code } },
  );

export const assignmentVersionConflict = (currentVersion: number) =>
  new KoersError(
    'ASSIGNMENT_VERSION_CONFLICT',
    409,
    `Iemand anders heeft de opdracht intussen gewijzigd (nu versie ${currentVersion}); laad haar opnieuw.`,
    { currentVersion },
  );

export const assignmentLinked = (code: string, referrers: string[]) =>
  new KoersError(
    'ASSIGNMENT_IN_USE',
    409,
    `Opdracht ${code} is gekoppeld aan ${referrers.length === 1 ? 'opdracht' : 'opdrachten'} ${referrers.join(', ')}; haal die koppeling eerst weg.`,
    { linkedFrom: referrers, params: { code, linkedFrom: referrers.join(', ') } },
  );
