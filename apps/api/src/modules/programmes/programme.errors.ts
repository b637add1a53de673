import { KoersError } from '../../common/koers-error';

export const programmeNotFound = (id: string) =>
  new KoersError('PROGRAMME_NOT_FOUND', 404, `Programma ${id} bestaat niet.`, { params: { id } });

export const programmeYearTaken = (year: number) =>
  new KoersError(
    'PROGRAMME_YEAR_TAKEN',
    409,
    `Deze regio heeft al een programma voor ${year}; pas dat programma aan.`,
    { params: { year } },
  );

export const programmeVersionConflict = (currentVersion: number) =>
  new KoersError(
    'PROGRAMME_VERSION_CONFLICT',
    409,
    `Iemand anders heeft het programma intussen gewijzigd (nu versie ${currentVersion}); laad het opnieuw.`,
    { currentVersion },
  );

export const programmeHasAssignments = (count: number) =>
  new KoersError(
    'PROGRAMME_HAS_ASSIGNMENTS',
    409,
    `Het programma bevat nog ${count} ${count === 1 ? 'opdracht' : 'opdrachten'}; verwijder die eerst.`,
    { assignmentCount: count },
  );

export const programmeNotDraft = (status?: string) =>
  new KoersError(
    'PROGRAMME_NOT_DRAFT',
    409,
    status === 'consultation'
      ? 'Het programma ligt bij de raden; een opdracht wijzigt nu alleen als amendement dat zienswijzepunten van deze ronde beantwoordt (answersViewPointIds).'
      : 'Het programma is niet meer in concept; wijzigingen gaan via een nieuwe conceptversie.',
    { params: { status: status ?? '' } },
  );
