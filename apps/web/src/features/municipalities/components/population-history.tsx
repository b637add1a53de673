import type { PopulationRecordResponse } from '@koers/contracts';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FiguresTable } from '../../../components/figures-table';
import { QueryState } from '../../../components/query-state';
import { formatDate, formatNumber } from '../../../lib/format';
import { usePopulations } from '../api/get-populations';

/** Every population figure of a municipality, newest first, with its date and source. */
export function PopulationHistory({ municipalityId }: { municipalityId: string }) {
  const { t, i18n } = useTranslation();
  const populations = usePopulations(municipalityId);
  return (
    <section aria-labelledby="population-history-title" className="koers-section">
      <Heading2 id="population-history-title">{t('populations.historyTitle')}</Heading2>
      <Paragraph>{t('populations.historyIntro')}</Paragraph>
      <QueryState
        query={populations}
        loading={t('populations.loading')}
        failed={t('populations.loadFailed')}
        empty={{ when: (data) => data.items.length === 0, message: t('populations.empty') }}
      >
        {(data) => (
          <FiguresTable
            caption={t('populations.caption', { count: data.items.length })}
            columns={[
              { header: t('populations.fields.referenceDate') },
              { header: t('populations.fields.population'), numeric: true },
              { header: t('populations.fields.source') },
            ]}
            rows={data.items.map((figure: PopulationRecordResponse) => ({
              key: figure.referenceDate,
              header: formatDate(figure.referenceDate, i18n.language),
              cells: [
                formatNumber(figure.population, i18n.language),
                figure.source ?? t('populations.noSource'),
              ],
            }))}
          />
        )}
      </QueryState>
    </section>
  );
}
