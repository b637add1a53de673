import type { ProgrammeTotals } from '@koers/contracts';
import { Heading2 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FiguresTable } from '../../../components/figures-table';
import { formatEuros } from '../../../lib/format';

/** The programme's budget by funding source, with the total. */
export function PublicBudget({ totals }: { totals: ProgrammeTotals }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="public-budget" className="koers-section">
      <Heading2 id="public-budget">{t('publicProgramme.totals.title')}</Heading2>
      <FiguresTable
        caption={t('publicProgramme.totals.bySource')}
        columns={[
          { header: t('publicProgramme.totals.source') },
          { header: t('publicProgramme.totals.amount'), numeric: true },
        ]}
        rows={totals.budgetByFundingSource.map((line) => ({
          key: line.fundingSource,
          header: t(`publicProgramme.fundingSources.${line.fundingSource}`),
          cells: [formatEuros(line.amountCents)],
        }))}
        footer={{
          header: t('publicProgramme.totals.total'),
          cells: [formatEuros(totals.budgetTotalCents)],
        }}
      />
    </section>
  );
}
