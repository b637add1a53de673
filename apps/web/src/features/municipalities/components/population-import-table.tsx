import type { PopulationImportResult } from '@koers/contracts';
import { useTranslation } from 'react-i18next';
import { FiguresTable } from '../../../components/figures-table';
import { formatDate, formatNumber } from '../../../lib/format';

/** The figures a StatLine file gives the region's municipalities, with what would happen to each. */
export function FigureRowsTable({ result }: { result: PopulationImportResult }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <FiguresTable
      caption={t('populationImport.matchedCaption', { count: result.matched.length })}
      columns={[
        { header: t('populationImport.columns.municipality') },
        { header: t('populationImport.columns.referenceDate') },
        { header: t('populationImport.columns.population'), numeric: true },
        { header: t('populationImport.columns.recorded'), numeric: true },
        { header: t('populationImport.columns.change') },
      ]}
      rows={result.matched.map((m) => ({
        key: `${m.municipalityId}-${m.referenceDate}`,
        header: m.municipalityName,
        cells: [
          formatDate(m.referenceDate, i18n.language),
          n(m.population),
          m.recorded === null ? '—' : n(m.recorded),
          t(`populationImport.changes.${m.change}`),
        ],
      }))}
    />
  );
}
