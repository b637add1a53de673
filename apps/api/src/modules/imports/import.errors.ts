import type { FieldError, ImportProblem } from '@koers/contracts';
import type { ErrorCode } from '@koers/domain';
import { KoersError } from '../../common/koers-error';

/** The largest file an import takes. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** The most rows one table of an import may have (far beyond any programme). */
export const MAX_IMPORT_ROWS = 20_000;

const fileError = (
  status: number,
  code: ErrorCode,
  message: string,
  detail: string,
  params: Record<string, string | number> = {},
) => {
  const errors: FieldError[] = [{ field: 'file', message }];
  return new KoersError(code, status, detail, { errors, params });
};

export const importFileMissing = () =>
  fileError(
    400,
    'IMPORT_FILE_MISSING',
    'is verplicht: stuur het bestand als multipart/form-data in het veld file',
    'Het veld file ontbreekt: kies een XLSX- of CSV-bestand.',
  );

export const importFileTooLarge = () =>
  fileError(
    413,
    'IMPORT_FILE_TOO_LARGE',
    'is groter dan 10 MB',
    'Het bestand (veld file) is groter dan 10 MB.',
  );

export const importFileNotSupported = (why: string) =>
  fileError(
    400,
    'IMPORT_FILE_NOT_SUPPORTED',
    `is geen XLSX- of CSV-bestand: ${why}`,
    `Het bestand (veld file) is geen XLSX- of CSV-bestand: ${why}.`,
    { why },
  );

export const importFieldUnexpected = (field: string) =>
  new KoersError(
    'VALIDATION_FAILED',
    400,
    `Het veld ${field} wordt niet verwacht; stuur alleen het bestand in het veld file.`,
    { errors: [{ field, message: 'dit veld bestaat niet' }], params: { field } },
  );

export const importTooManyRows = (sheet: string) =>
  fileError(
    400,
    'IMPORT_TOO_MANY_ROWS',
    `het blad ${sheet} heeft meer dan ${MAX_IMPORT_ROWS} rijen`,
    `Het blad ${sheet} heeft meer dan ${MAX_IMPORT_ROWS} rijen.`,
    { sheet, max: MAX_IMPORT_ROWS },
  );

/**
 * A confirmed import of a file with problems: nothing is stored. Every problem is a field error
 * (`Begroting.12.Bedrag`) and, with its code and parameters, in `problems`.
 */
export function importInvalid(problems: ImportProblem[]): KoersError {
  const errors: FieldError[] = problems.map((p) => ({
    field: `${p.sheet}.${p.row}.${p.column}`,
    message: p.message,
  }));
  return new KoersError(
    'IMPORT_INVALID',
    400,
    problems.length === 1
      ? `Het bestand heeft een probleem (${problems[0].sheet}, rij ${problems[0].row}, kolom ${problems[0].column}): ${problems[0].message} Er is niets opgeslagen.`
      : `Het bestand heeft ${problems.length} problemen; er is niets opgeslagen.`,
    { errors: errors.slice(0, 200), problems, params: { count: problems.length } },
  );
}
