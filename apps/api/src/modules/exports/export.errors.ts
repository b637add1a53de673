import { KoersError } from '../../common/koers-error';
import { EXPORT_TABLE_NAMES } from './programme-sheet-columns';

export const exportTableNotFound = (table: string) =>
  new KoersError(
    'EXPORT_TABLE_NOT_FOUND',
    404,
    `Er is geen tabel "${table.slice(0, 60)}" om te exporteren; kies uit ${EXPORT_TABLE_NAMES.join(', ')}.`,
    { params: { table: table.slice(0, 60), tables: EXPORT_TABLE_NAMES.join(', ') } },
  );
