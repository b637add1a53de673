import { useTranslation } from 'react-i18next';
import { GroupedBarChart } from '../../../../components/charts';
import { formatEuros } from '../../../../lib/format';

/** An amount with "over budget" beside it, marked for the roll-up's red, when `over` holds. */
export function OverBudgetAmount({ cents, over }: { cents: number; over: boolean }) {
  const { t } = useTranslation();
  if (!over) return formatEuros(cents);
  return (
    <span className="koers-over-budget">
      {formatEuros(cents)} ({t('bestuursrapportage.over')})
    </span>
  );
}

/** Budget against spent per row, as bars beside the table `caption` that holds the same figures. */
export function BudgetSpentChart({
  caption,
  rows,
}: {
  caption: string;
  rows: { key: string; label: string; budgetCents: number; spentCents: number }[];
}) {
  const { t } = useTranslation();
  return (
    <GroupedBarChart
      title={caption}
      table={caption}
      series={[
        { key: 'budget', label: t('bestuursrapportage.budget') },
        { key: 'spent', label: t('bestuursrapportage.spent') },
      ]}
      groups={rows.map((r) => ({
        key: r.key,
        label: r.label,
        values: [
          { value: r.budgetCents, display: formatEuros(r.budgetCents) },
          { value: r.spentCents, display: formatEuros(r.spentCents) },
        ],
      }))}
    />
  );
}
