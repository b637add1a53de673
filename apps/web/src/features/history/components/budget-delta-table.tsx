import type { BudgetDelta } from '@koers/contracts';
import { useTranslation } from 'react-i18next';
import { FiguresTable } from '../../../components/figures-table';
import { formatEuros } from '../../../lib/format';
import { formatDelta } from '../lib/format-change';

/** Budget per funding source in both versions, with the difference and the total. */
export function BudgetDeltaTable({ budget, caption }: { budget: BudgetDelta; caption: string }) {
  const { t } = useTranslation();
  return (
    <FiguresTable
      caption={caption}
      columns={[
        { header: t('history.diff.source') },
        { header: t('history.diff.old'), numeric: true },
        { header: t('history.diff.new'), numeric: true },
        { header: t('history.diff.delta'), numeric: true },
      ]}
      rows={budget.bySource.map((line) => ({
        key: line.fundingSource,
        header: t(`history.fundingSources.${line.fundingSource}`),
        cells: [
          formatEuros(line.oldCents),
          formatEuros(line.newCents),
          formatDelta(line.deltaCents),
        ],
      }))}
      footer={{
        header: t('history.diff.total'),
        cells: [
          formatEuros(budget.oldTotalCents),
          formatEuros(budget.newTotalCents),
          formatDelta(budget.deltaCents),
        ],
      }}
    />
  );
}
