import type { ContributionDelta } from '@koers/contracts';
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
import { formatEuros } from '../../../lib/format';
import { useMunicipalities } from '../api/get-municipalities';
import { formatDelta } from '../lib/format-change';

interface ContributionDeltaTableProps {
  regionId: string;
  contributions: ContributionDelta[];
  caption: string;
}

/** What each municipality pays in both versions, and the difference. */
export function ContributionDeltaTable({
  regionId,
  contributions,
  caption,
}: ContributionDeltaTableProps) {
  const { t } = useTranslation();
  const municipalities = useMunicipalities(regionId);
  const names = new Map((municipalities.data?.items ?? []).map((m) => [m.id, m.name]));
  const rows = contributions
    .map((c) => ({ ...c, name: names.get(c.municipalityId) ?? c.municipalityId }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  return (
    <Table>
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('history.diff.municipality')}</TableHeaderCell>
          <TableHeaderCell scope="col" className="koers-number">
            {t('history.diff.old')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="koers-number">
            {t('history.diff.new')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="koers-number">
            {t('history.diff.delta')}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.municipalityId}>
            <TableHeaderCell scope="row">{row.name}</TableHeaderCell>
            <TableCell className="koers-number">{formatEuros(row.oldCents)}</TableCell>
            <TableCell className="koers-number">{formatEuros(row.newCents)}</TableCell>
            <TableCell className="koers-number">{formatDelta(row.deltaCents)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
