import { KoersError } from '../../common/koers-error';
import { versionConflict } from '../../common/version';

export const reportingCalendarVersionConflict = (currentVersion: number) =>
  versionConflict(
    'REPORTING_CALENDAR_VERSION_CONFLICT',
    'Iemand anders heeft de rapportagekalender intussen gewijzigd',
    currentVersion,
  );

export const reportingPeriodNotFound = (id: string) =>
  new KoersError('REPORTING_PERIOD_NOT_FOUND', 404, `Rapportageperiode ${id} bestaat niet.`);

export const programmeNotInExecution = () =>
  new KoersError(
    'PROGRAMME_NOT_IN_EXECUTION',
    409,
    'Over dit programma wordt (nog) niet gerapporteerd: het is niet in uitvoering.',
  );
