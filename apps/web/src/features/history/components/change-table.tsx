import type { FieldChange } from '@koers/contracts';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { expandChanges, fieldLabel, formatValue, type Names } from '../lib/format-change';

/** Changed fields, each with its old and new value in words (money in euros, ids by name). */
export function ChangeTable({
  changes,
  caption,
  names,
}: {
  changes: FieldChange[];
  caption?: string;
  names?: Names;
}) {
  const { t, i18n } = useTranslation();
  const rows = expandChanges(changes);
  // An adopted version's changes that followed from the views say why.
  const withReasons = rows.some((row) => row.reasons && row.reasons.length > 0);
  const why = (change: FieldChange) =>
    (change.reasons ?? [])
      .map((point) =>
        t('history.changes.reason', {
          municipality: point.municipality.name,
          number: point.number,
        }),
      )
      .join('; ');
  return (
    <Table className="koers-change-table">
      <TableCaption className="koers-visually-hidden">
        {caption ?? t('history.changes.caption')}
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('history.changes.field')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('history.changes.old')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('history.changes.new')}</TableHeaderCell>
          {withReasons && <TableHeaderCell scope="col">{t('history.changes.why')}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((change) => (
          <TableRow key={change.field}>
            <TableHeaderCell scope="row">{fieldLabel(change.field, t)}</TableHeaderCell>
            <TableCell data-label={t('history.changes.old')}>
              {formatValue(change.field, change.old, t, i18n.language, names)}
            </TableCell>
            <TableCell data-label={t('history.changes.new')}>
              {formatValue(change.field, change.new, t, i18n.language, names)}
            </TableCell>
            {withReasons && (
              <TableCell data-label={t('history.changes.why')}>{why(change)}</TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
