import { KoersError } from '../../common/koers-error';
import { versionConflict } from '../../common/version';

export const progressReportNotFound = (id: string) =>
  new KoersError('PROGRESS_REPORT_NOT_FOUND', 404, `Voortgangsrapportage ${id} bestaat niet.`);

export const progressReportVersionConflict = (currentVersion: number) =>
  versionConflict(
    'PROGRESS_REPORT_VERSION_CONFLICT',
    'Iemand anders heeft deze rapportage intussen gewijzigd',
    currentVersion,
  );

export const progressReportExists = (reportId: string) =>
  new KoersError(
    'PROGRESS_REPORT_EXISTS',
    409,
    'Deze opdracht heeft al een rapportage over deze periode; werk die bij.',
    {
      reportId,
      errors: [{ field: 'periodId', message: 'heeft voor deze opdracht al een rapportage' }],
    },
  );

export const progressReportFrozen = () =>
  new KoersError(
    'PROGRESS_REPORT_FROZEN',
    409,
    'Deze rapportage is geaccepteerd en ligt vast; ze kan niet meer worden gewijzigd.',
  );

export const progressReportNotEditable = () =>
  new KoersError(
    'PROGRESS_REPORT_NOT_EDITABLE',
    409,
    'Deze rapportage is ingediend en wacht op het regiobureau; wijzigen kan weer als ze wordt teruggestuurd.',
  );

export const progressReportNotSubmitted = () =>
  new KoersError(
    'PROGRESS_REPORT_NOT_SUBMITTED',
    409,
    'Alleen een ingediende rapportage kan worden geaccepteerd of teruggestuurd.',
  );
