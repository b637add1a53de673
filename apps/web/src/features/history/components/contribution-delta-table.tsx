import { compareDutch } from '@koers/domain';
import type { ContributionDelta } from '@koers/contracts';
import { useTranslation } from 'react-i18next';
import { FiguresTable } from '../../../components/figures-table';
import { formatEuros } from '../../../lib/format';
import { useMunicipalities } from '../../../lib/api/get-municipalities';
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
    .sort((a, b) => compareDutch(a.name, b.name));

  return (
    <FiguresTable
      caption={caption}
      columns={[
        { header: t('history.diff.municipality') },
        { header: t('history.diff.old'), numeric: true },
        { header: t('history.diff.new'), numeric: true },
        { header: t('history.diff.delta'), numeric: true },
      ]}
      rows={rows.map((row) => ({
        key: row.municipalityId,
        header: row.name,
        cells: [formatEuros(row.oldCents), formatEuros(row.newCents), formatDelta(row.deltaCents)],
      }))}
    />
  );
}
