import { KoersError } from '../../common/koers-error';
import { versionConflict } from '../../common/version';

export const themeNotFound = (id: string) =>
  new KoersError('THEME_NOT_FOUND', 404, `Thema ${id} bestaat niet in deze regio.`, {
    params: { id },
  });

export const themeInUse = (title: string, what: string) =>
  new KoersError(
    'THEME_IN_USE',
    409,
    `Thema ${title} wordt nog gebruikt door ${what}; haal die verwijzingen eerst weg.`,
    { params: { name: title, what } },
  );

export const themeVersionConflict = (currentVersion: number) =>
  versionConflict(
    'THEME_VERSION_CONFLICT',
    'Iemand anders heeft deze opgave intussen gewijzigd',
    currentVersion,
  );
